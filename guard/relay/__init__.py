"""The SMTP relay: `guard serve` between the company's mail server and its smart host.

server (aiosmtpd listener) -> handler (access, proxy-style RCPT, DATA) -> checking (worker
pool running the engine) -> delivery (upstream SMTP) or the store (quarantine, log).
"""
