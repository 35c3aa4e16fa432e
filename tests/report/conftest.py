"""Drafts built here with the test registry (a kitchenware exporter), and one engine for them all."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.registry.load import load_registry

REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "registry.toml"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_registry(REGISTRY), way="check")


def draft(body: str, *, to: str = "ingrid@fjordhome.no", subject: str = "offer", html: str | None = None,
          attachments: tuple[tuple[str, str, bytes], ...] = (), cc: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Lily Chen <lily@bluewave-kw.cn>"
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = "<d1@bluewave-kw.cn>"
    msg["In-Reply-To"] = "<q0@fjordhome.no>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        main, _, sub = ctype.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return msg.as_bytes()


def pdf(pages: list[list[str]]) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    doc.set_font("helvetica", size=12)
    for lines in pages:
        doc.add_page()
        for line in lines:
            doc.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def xlsx(rows: list[list[object]], title: str = "Prices") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
