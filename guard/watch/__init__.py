"""The Drafts watcher (`guard watch`): checks drafts over IMAP so a sender learns about a
leak while the message is still a draft.

    config.py    the [watch] section: mailboxes, TLS, passwords, timings
    imap.py      one IMAP connection to one mailbox (imapclient), errors in plain words
    ledger.py    what was already checked (schema.DraftState), so nothing is warned twice
    warning.py   the warning message a sender finds in INBOX
    watcher.py   the per-mailbox loop: scan, check, mark, warn; IDLE or polling; back-off
    cli.py       `guard watch --config FILE [--once]`
"""
