"""Detectors: typed evidence spans (names, domains, products, figures, third-party phrases) in part text."""
