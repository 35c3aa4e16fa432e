"""Hostile input costs bounded time and memory: prints seconds and peak memory per case.

    .venv/bin/python bench/hostile.py

Each case runs in a fresh process (so peak RSS is its own) through Engine.check_bytes with the
default limits and the test registry: a 30 MB attachment, 500 nested multiparts, broken base64,
an unknown charset, a 5,000-address To header, a PDF that fails to parse, a zip bomb, and an
8,000-line price list that names accounts on every line (time must grow linearly with text),
then every message of the developers' hostile corpus (tests/hostile, issue 18.7).
"""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = "From: a@bluewave-kw.cn\r\nTo: ben@prospect-example.com\r\nSubject: hostile\r\nMIME-Version: 1.0\r\n"


def attachment(name: str, ctype: str, data: bytes) -> bytes:
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (HEAD + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
            "Content-Type: text/plain\r\n\r\nsee attachment\r\n--B\r\n"
            f'Content-Type: {ctype}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n').encode() + b64 + b"\r\n--B--\r\n"


def nested(depth: int) -> bytes:
    parts = [HEAD + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n']
    for i in range(1, depth):
        parts.append(f'--b{i - 1}\r\nContent-Type: multipart/mixed; boundary="b{i}"\r\n\r\n')
    parts.append(f"--b{depth - 1}\r\nContent-Type: text/plain\r\n\r\ndeep\r\n")
    parts += [f"--b{i}--\r\n" for i in reversed(range(depth))]
    return "".join(parts).encode()


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("prices.csv", b"0" * 200_000_000)
    return buf.getvalue()


CASES = {
    "30 MB attachment": lambda: attachment("big.pdf", "application/pdf", b"%PDF-1.4\n" + b"x" * 30_000_000),
    "500 nested multiparts": lambda: nested(500),
    "broken base64": lambda: (HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                              + "SGVsbG8gd29ybGQ=!!**" * 5000 + "\r\n").encode(),
    "unknown charset": lambda: (HEAD + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n").encode()
    + bytes(range(128, 256)) * 200,
    "5,000-address To": lambda: ("From: a@bluewave-kw.cn\r\nTo: " + ", ".join(
        f"b{i}@shop{i % 50}.example" for i in range(5000)) + "\r\nSubject: x\r\n\r\nhello\r\n").encode(),
    "PDF that fails to parse": lambda: attachment("bad.pdf", "application/pdf", b"%PDF-1.7\n1 0 obj <<" + b"\x00" * 5000),
    "zip bomb (200 MB inside)": lambda: attachment("prices.zip", "application/zip", zip_bomb()),
    "8,000-line price list naming accounts": lambda: (HEAD + "Content-Type: text/plain\r\n\r\n" + "".join(
        f"Fjord Home and Nordkok: KT-500 stainless kettle item {i} at USD {i % 90 + 1}.{i % 100:02d}\r\n"
        for i in range(8000))).encode(),
}


HOSTILE = ROOT / "tests" / "hostile" / "messages"
CASES.update({f"hostile/{p.stem}": (lambda p=p: p.read_bytes()) for p in sorted(HOSTILE.glob("*.eml"))})


def run_case(name: str) -> dict:
    import resource

    from guard.engine import Engine
    from guard.registry.load import load_registry

    engine = Engine(load_registry(ROOT / "tests" / "fixtures" / "registry.toml"))
    raw = CASES[name]()
    t0 = time.perf_counter()
    result = engine.check_bytes(raw)
    seconds = time.perf_counter() - t0
    return {"case": name, "size_mb": round(len(raw) / 1e6, 1), "seconds": round(seconds, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "verdict": result.verdict.verdict, "unread": [u.reason for u in result.verdict.unread][:2]}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2])))
        return
    print(f"{'case':40s} {'MB':>6s} {'seconds':>8s} {'peak RSS MB':>12s}  verdict  unread")
    for name in CASES:
        out = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True,
                             timeout=300)
        if out.returncode:
            print(f"{name:40s} FAILED: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['case']:40s} {r['size_mb']:6.1f} {r['seconds']:8.3f} {r['peak_rss_mb']:12d}  "
              f"{r['verdict']:7s}  {'; '.join(r['unread'])}")


if __name__ == "__main__":
    main()
