"""Infrastructure shared by the test directories: a real SMTP sink, free ports, polling,
PostgreSQL schemas and the paths of the shared fixtures.

Imported as `support` (pytest puts tests/ on sys.path, as tests/ has no __init__.py).
"""
