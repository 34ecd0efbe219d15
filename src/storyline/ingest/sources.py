"""Dispatch inputs (paths, directories, URLs) to the reader for their format."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storyline.ingest.decode import decode
from storyline.ingest.errors import IngestError
from storyline.ingest.feed import looks_like_feed, read_feed
from storyline.ingest.fetch import FetchPolicy, fetch
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_jsonl
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.model import Article

Result = Article | IngestError

# Suffixes read when walking a directory; a file named explicitly is read whatever its name.
WALKED_SUFFIXES = {
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".rss",
    ".atom",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".gz",
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = 10_000_000
    fetch: FetchPolicy = field(default_factory=FetchPolicy)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Paths and URLs as given, directories replaced by the article files under them."""
    for value in inputs:
        path = Path(value)
        if not is_url(value) and path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in WALKED_SUFFIXES:
                    yield str(child)
        else:
            yield value


def _kind(name: str, head: str) -> str:
    name = name.lower().removesuffix(".gz")
    if name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if looks_like_feed(head):
        return "feed"
    stripped = head.lstrip().lower()
    if name.endswith((".html", ".htm", ".xhtml")) or stripped.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def read_bytes(
    data: bytes, item: str, name: str, options: ReadOptions, url: str | None = None, charset: str | None = None
) -> Iterator[Result]:
    """Read the articles in one input's bytes, whatever its format."""
    if not data.strip():
        yield IngestError(item, "empty input")
        return
    if name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        yield from read_warc(io.BytesIO(data), item)
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield IngestError(item, f"corrupt gzip ({exc})")
            return
    try:
        text = decode(data, item, charset)
        kind = _kind(name, text[:2000])
        if kind == "jsonl":
            yield from read_jsonl(text, item)
        elif kind == "feed":
            yield from read_feed(text, item, lambda link: _fetch_article(link, options))
        elif kind == "html":
            yield read_html(text, item, url=url)
        else:
            yield read_text(text, item)
    except IngestError as exc:
        yield exc


def _fetch_article(url: str, options: ReadOptions) -> Article:
    results = list(read_url(url, options))
    for result in results:
        if isinstance(result, IngestError):
            raise result
    return results[0]


def read_url(url: str, options: ReadOptions) -> Iterator[Result]:
    try:
        page = fetch(url, options.fetch)
    except IngestError as exc:
        yield exc
        return
    name = Path(page.url.split("?")[0]).name or "index.html"
    if page.content_type in ("text/html", "application/xhtml+xml") and not name.endswith(".html"):
        name += ".html"
    yield from read_bytes(page.body, url, name, options, url=page.url, charset=page.charset)


def read_path(value: str, options: ReadOptions) -> Iterator[Result]:
    path = Path(value)
    if not path.exists():
        yield IngestError(value, "no such file or directory")
        return
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield IngestError(value, f"file of {size} bytes is over the size cap of {options.max_bytes}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(value, f"cannot read ({exc.strerror})")
        return
    yield from read_bytes(data, value, path.name, options)


def read_inputs(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[Result]:
    """Every article (or error) from the given paths, directories and URLs, in order."""
    for value in expand(inputs):
        yield from (read_url(value, options) if is_url(value) else read_path(value, options))
