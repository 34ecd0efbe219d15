"""WARC archives: the HTML response records, each read as a page at its target URI."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from storyline.ingest.decode import decode
from storyline.ingest.errors import IngestError
from storyline.ingest.html import read_html
from storyline.model import Article


def _cut_short(record) -> bool:  # type: ignore[no-untyped-def]
    """Whether the record's block ends before its declared Content-Length (the archive was cut)."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    return record.length is None or (isinstance(stream, LimitReader) and stream.limit > 0)


def _check_archive(data: bytes) -> str | None:
    """Why the bytes are not a whole WARC or ARC archive, or None when they are."""
    try:
        compressed = data[:2] == b"\x1f\x8b"
        head = zlib.decompressobj(wbits=31).decompress(data, 16) if compressed else data[:16]
        if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
            return "not a WARC or ARC archive"
        if compressed:
            gzip.decompress(data)  # a cut gzip stream ends before its end-of-stream marker
    except (EOFError, OSError, zlib.error) as exc:
        return f"truncated or corrupt WARC ({exc.__class__.__name__}: {exc})"
    return None


def read_warc(stream: BinaryIO, item: str) -> Iterator[Article | IngestError]:
    data = stream.read()
    problem = _check_archive(data)
    if problem and not problem.startswith("truncated"):
        yield IngestError(item, problem)
        return
    records = ArchiveIterator(io.BytesIO(data))
    found = 0
    try:
        for record in records:
            uri = record.rec_headers.get_header("WARC-Target-URI")
            body = None
            content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if (
                record.rec_type == "response"
                and record.http_headers
                and "html" in content_type.lower()
                and record.http_headers.get_statuscode() == "200"
            ):
                body = record.content_stream().read()
            # warcio reads a cut archive to its end without complaint: check each record is whole
            if _cut_short(record):
                yield IngestError(item, f"truncated or corrupt WARC (the record for {uri} is cut short)")
                return
            if body is None:
                continue
            found += 1
            where = f"{item}#{uri}"
            charset = content_type.partition("charset=")[2].strip() or None
            try:
                yield read_html(decode(body, where, charset), where, url=uri)
            except IngestError as exc:
                yield exc
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield IngestError(item, f"truncated or corrupt WARC ({exc.__class__.__name__}: {exc})")
        return
    if problem:  # the records before the cut are read; the cut itself is the error
        yield IngestError(item, problem)
    elif not found:
        yield IngestError(item, "no HTML response records in the archive")
