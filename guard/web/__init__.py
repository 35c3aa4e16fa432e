"""The compliance console: a server-rendered Flask app over the store (issue 5).

create_app() builds the app from a Store and WebSettings; `guard web` serves it
with waitress. Message content is hostile input: it is only ever rendered as
escaped text, under a strict Content-Security-Policy.
"""

from guard.web.app import create_app

__all__ = ["create_app"]
