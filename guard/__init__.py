"""guard: a confidentiality guard for outgoing e-mail.

The engine (`guard.engine.check`) is pure; the CLI, the SMTP relay, the IMAP
Drafts watcher and the web console only feed it messages and act on its verdict.
"""

__version__ = "0.1.0"
