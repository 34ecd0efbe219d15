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
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestError(item, "undecodable text: no character encoding fits")
    # Legacy single-byte encodings often fit equally well (cp1250 reads latin-1's "ñ" as "ń"):
    # on a tie, prefer Windows-1252, the superset of latin-1 that Western pages are written in.
    for match in matches:
        tied = (match.percent_chaos, -match.percent_coherence) <= (best.percent_chaos, -best.percent_coherence)
        if tied and "cp1252" in match.could_be_from_charset:
            return data.decode("cp1252")
    return str(best)
