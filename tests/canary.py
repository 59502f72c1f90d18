"""The canary scanner of the leak tests (DB-3, DB-4, DB-9, ATT-1, LOG-1, issue 8).

A workload types invented tokens into personal fields; afterwards every byte the app left
behind is searched for them. One hit anywhere is a leak. The scan looks at raw bytes in the
usual text encodings and, for PDFs (whose text sits in compressed streams with font-subset
encodings), at the text a reader extracts — so a plaintext export left in a temp folder is
found, not just a plain text file.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from pathlib import Path

CANARY = "Qzxcanary7F3A"  # an invented token: one hit anywhere on disk is a leak


def encodings(token: str) -> list[bytes]:
    """The byte forms a leaked `token` could take on disk."""
    return [
        token.encode("utf-8"),
        token.lower().encode(),
        token.upper().encode(),
        token.encode("utf-16-le"),
        token.encode("utf-16-be"),
    ]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # only when a PDF turns up

    try:
        reader = PdfReader(io.BytesIO(data))
        parts = [page.extract_text() or "" for page in reader.pages]
        parts += [str(value) for value in (reader.metadata or {}).values()]
    except Exception as exc:  # a damaged PDF is reported, not skipped
        return f"<unreadable PDF: {type(exc).__name__}>"
    return unicodedata.normalize("NFKC", "".join("\n".join(parts).split()))


def bytes_hits(name: str, data: bytes, token: str = CANARY) -> list[str]:
    """`name:form` for each form of `token` found in `data`."""
    found = [f"{name}:{n!r}" for n in encodings(token) if n in data]
    if data.startswith(b"%PDF") and token.lower() in _pdf_text(data).lower():
        found.append(f"{name}:pdf-text")
    return found


def hits(folder: Path, token: str = CANARY) -> list[str]:
    """Every file under `folder` (recursively) that holds `token`, and in which form."""
    found: list[str] = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found += bytes_hits(str(path.relative_to(folder)), path.read_bytes(), token)
    return found


def text_hits(lines: Iterable[str], token: str = CANARY) -> list[str]:
    """The lines (log lines, messages) that mention `token`, in any letter case."""
    return [line for line in lines if token.lower() in line.lower()]
