"""POST /articles: read a submitted article (JSON, an HTML body or a URL) with the CLI's readers, then store
it, annotate it, place it in a story and rebuild that story's dossier, as `storyline analyze` does."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from storyline import store
from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.fetch import FetchPolicy
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_record
from storyline.ingest.sources import read_url
from storyline.model import Article

ITEM = "POST /articles"
TEXT_FIELDS = ("url", "title", "text", "html", "outlet", "site", "published", "date", "language")


class BadSubmission(Exception):
    """A submission the server refuses: carries the HTTP status and the reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(slots=True)
class Stored:
    articles: list[dict[str, Any]] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # the stories the articles are in


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        record = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadSubmission(400, f"invalid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise BadSubmission(422, "the JSON body must be an object with 'text', 'html' or 'url'")
    for name in TEXT_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise BadSubmission(422, f"'{name}' must be a string")
    authors = record.get("authors", record.get("author"))
    if authors is not None and not (
        isinstance(authors, str) or (isinstance(authors, list) and all(isinstance(a, str) for a in authors))
    ):
        raise BadSubmission(422, "'authors' must be a string or a list of strings")
    if not any((record.get(k) or "").strip() for k in ("text", "html", "url")):
        raise BadSubmission(422, "the JSON body needs one of 'text', 'html' or 'url'")
    return record


def read_submission(record: dict[str, Any], raw: str, max_bytes: int, allow_private: bool) -> list[Article]:
    """Articles from a JSON submission: text or html read as a JSON line is; a lone url fetched."""
    try:
        if (record.get("text") or "").strip() or (record.get("html") or "").strip():
            return [read_record(record, ITEM, raw)]
        return fetch_url(record["url"].strip(), max_bytes, allow_private)
    except IngestError as exc:
        raise BadSubmission(422, exc.reason) from exc


def read_html_body(page: str, url: str | None, meta: dict[str, str]) -> list[Article]:
    try:
        return [read_html(page, ITEM, url=url, **{k: v for k, v in meta.items() if v})]
    except IngestError as exc:
        raise BadSubmission(422, exc.reason) from exc


def fetch_url(url: str, max_bytes: int, allow_private: bool) -> list[Article]:
    if not url.startswith(("http://", "https://")):
        raise BadSubmission(422, "only http and https URLs can be fetched")
    options = ReadOptions(max_bytes=max_bytes, fetch=FetchPolicy(max_bytes=max_bytes, allow_private=allow_private))
    articles, errors = [], []
    for result in read_url(url, options):
        (errors if isinstance(result, IngestError) else articles).append(result)
    if not articles:
        reason = errors[0].reason if errors else "nothing readable at that URL"
        status = 403 if "refusing private" in reason else 422
        raise BadSubmission(status, f"{url}: {reason}")
    return articles


def _refuse(error: IngestError) -> None:
    raise BadSubmission(422, f"{error.item}: {error.reason}")


def store_articles(engine: Engine, articles: list[Article]) -> Stored:
    """What `storyline analyze` does with one batch: store, annotate and place in stories in one transaction,
    then compare the sources again for the stories that changed, so their dossiers show the new article."""
    from storyline import pipeline
    from storyline.store.stories import stories_of

    with store.transaction(engine) as session:
        outcomes = [store.save_article(session, article) for article in articles]
        fresh = [a for a, o in zip(articles, outcomes, strict=True) if o is not store.Outcome.DUPLICATE]
        # spaCy loads once; an article whose extraction fails is refused, and the batch with it, stored nowhere
        reshaped = pipeline.annotate_and_place(session, fresh, 1, _refuse) if fresh else []
    # as stored: a duplicate is reported as the article already there, a revision with its merged fields
    kept = {a.id: a for a in store.list_articles(engine, [a.id for a in articles])}
    story_ids = stories_of(engine, list(kept))
    if fresh:
        pipeline.compare(engine, list(dict.fromkeys(story_ids + reshaped)))
    return Stored(
        articles=[
            {
                "id": a.id,
                "outcome": str(o),
                "title": a.title,
                "outlet": a.outlet,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "words": a.words,
            }
            for a, o in ((kept[a.id], o) for a, o in zip(articles, outcomes, strict=True))
        ],
        stories=story_ids,
    )
