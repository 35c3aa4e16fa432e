"""Turning the bytes of one message into the text guard checks."""
