"""The stages run in order over a stream of inputs, committing one batch at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Engine

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import expand, is_url, read_path, read_url
from storyline.model import Article
from storyline.store import Outcome, save_batch

BATCH_SIZE = 50


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


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    inputs: Iterable[str],
    engine: Engine,
    options: ReadOptions = ReadOptions(),
    on_error: Callable[[IngestError], None] = lambda _: None,
    on_input: Callable[[str], None] = lambda _: None,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    """Read every input, store what reads cleanly, report what does not, and go on."""
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

    for batch in _batches(articles(), batch_size):
        for article, outcome in zip(batch, save_batch(engine, batch), strict=True):
            if outcome is Outcome.ADDED:
                summary.added.append(article.id)
            elif outcome is Outcome.REVISED:
                summary.revised.append(article.id)
            else:
                summary.duplicates += 1
    return summary
