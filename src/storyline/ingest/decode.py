"""Bytes to text: UTF-8 first, then the detected legacy encoding (latin-1, cp1252, ...)."""

from __future__ import annotations

from charset_normalizer import from_bytes

from storyline.ingest.errors import IngestError


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first KiB mean it is not text."""
    head = data[:1024]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, item: str, declared: str | None = None) -> str:
    """Decode article bytes, refusing binaries and trying the declared charset first."""
    if looks_binary(data):
        raise IngestError(item, "binary content, not text")
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(item, "undecodable text: no character encoding fits")
    return str(best)
