"""WARC archives: the HTML response records, each read as a page at its target URI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.ingest.decode import decode
from storyline.ingest.errors import IngestError
from storyline.ingest.html import read_html
from storyline.model import Article


def read_warc(stream: BinaryIO, item: str) -> Iterator[Article | IngestError]:
    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.rec_type != "response" or not record.http_headers:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{item}#{uri}"
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower() or record.http_headers.get_statuscode() != "200":
                continue
            charset = content_type.partition("charset=")[2].strip() or None
            try:
                page = decode(record.content_stream().read(), where, charset)
                yield read_html(page, where, url=uri)
            except IngestError as exc:
                yield exc
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield IngestError(item, f"truncated or corrupt WARC ({exc.__class__.__name__}: {exc})")
