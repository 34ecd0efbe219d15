"""The stages run in order over a stream of inputs, committing one batch at a time.

A batch's articles and their annotations are written in one transaction, so a
crash leaves either all of a batch or none of it, and a re-run completes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from sqlalchemy import Engine

from storyline import store
from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import expand, is_url, read_path, read_url
from storyline.model import Article

BATCH_SIZE = 50
T = TypeVar("T")


@dataclass(slots=True)
class IngestSummary:
    added: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    duplicates: int = 0
    failed: list[IngestError] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        return len(self.added) + len(self.revised)

    def line(self) -> str:
        return (
            f"{self.ingested} ingested ({len(self.added)} new, {len(self.revised)} revised), "
            f"{self.duplicates} skipped as duplicates, {len(self.failed)} failed"
        )


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _annotate_into(session, articles: list[Article], n_process: int) -> None:  # type: ignore[no-untyped-def]
    from storyline.extract import annotate_many  # spaCy loads only when something is extracted

    for annotated in annotate_many(articles, n_process=n_process):
        store.save_annotations(session, annotated)


def ingest(
    inputs: Iterable[str],
    engine: Engine,
    options: ReadOptions | None = None,
    on_error: Callable[[IngestError], None] = lambda _: None,
    on_input: Callable[[str], None] = lambda _: None,
    batch_size: int = BATCH_SIZE,
    extract: bool = True,
    n_process: int = 1,
) -> IngestSummary:
    """Read every input, store (and annotate) what reads cleanly, report what does not, and go on."""
    options = options or ReadOptions()
    summary = IngestSummary()

    def articles() -> Iterator[Article]:
        for value in expand(inputs):
            on_input(value)
            results = read_url(value, options) if is_url(value) else read_path(value, options)
            for result in results:
                if isinstance(result, IngestError):
                    summary.failed.append(result)
                    on_error(result)
                else:
                    yield result

    for batch in batches(articles(), batch_size):
        with store.transaction(engine) as session:
            outcomes = [store.save_article(session, article) for article in batch]
            fresh = [a for a, o in zip(batch, outcomes, strict=True) if o is not store.Outcome.DUPLICATE]
            if extract and fresh:
                _annotate_into(session, fresh, n_process)
        for article, outcome in zip(batch, outcomes, strict=True):
            if outcome is store.Outcome.ADDED:
                summary.added.append(article.id)
            elif outcome is store.Outcome.REVISED:
                summary.revised.append(article.id)
            else:
                summary.duplicates += 1
    return summary


def extract(
    engine: Engine,
    article_ids: list[str] | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    on_batch: Callable[[int], None] = lambda _: None,
) -> int:
    """Annotate stored articles (by default those without current annotations)."""
    ids = store.stale_article_ids(engine) if article_ids is None else article_ids
    for id_batch in batches(ids, batch_size):
        articles = store.list_articles(engine, id_batch)
        with store.transaction(engine) as session:
            _annotate_into(session, articles, n_process)
        on_batch(len(articles))
    return len(ids)
