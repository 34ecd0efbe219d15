"""JSON Lines: one article per line (url, title, text or html, outlet, published, author)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from storyline.ingest.article import build_article
from storyline.ingest.errors import IngestError
from storyline.ingest.html import read_html
from storyline.model import Article


def _authors(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(a) for a in value]
    return [str(value)] if value else []


def read_record(record: object, item: str, raw: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(item, "a JSON line must be an object")
    known = {
        "url": record.get("url"),
        "title": record.get("title"),
        "outlet": record.get("outlet") or record.get("site"),
        "published": record.get("published") or record.get("date"),
        "authors": _authors(record.get("author") or record.get("authors")),
        "language": record.get("language"),
    }
    if record.get("text"):
        return build_article(item=item, text=str(record["text"]), raw=raw, **known)
    if record.get("html"):
        return read_html(str(record["html"]), item, **known)
    raise IngestError(item, "the JSON line has neither 'text' nor 'html'")


def read_jsonl(text: str, item: str) -> Iterator[Article | IngestError]:
    """Yield each line's article, or the error that names the line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{item}:{number}"
        try:
            yield read_record(json.loads(line), where, line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg})")
        except IngestError as exc:
            yield exc
