"""The stages run in order over a stream of inputs, committing one batch at a time.

A batch's articles, their annotations and their places in stories are written in one
transaction, so a crash leaves either all of a batch or none of it, and a re-run
completes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from storyline import store, stories
from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.sources import expand, is_url, read_path, read_url
from storyline.model import Article
from storyline.store import stories as story_store

BATCH_SIZE = 50
T = TypeVar("T")


@dataclass(slots=True)
class IngestSummary:
    added: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    duplicates: int = 0
    failed: list[IngestError] = field(default_factory=list)
    read: list[str] = field(default_factory=list)  # every article id read, duplicates included
    reshaped: list[str] = field(default_factory=list)  # stories that gained or lost older articles: dossiers changed

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


def annotate_and_place(
    session: Session, articles: list[Article], n_process: int, on_error: Callable[[IngestError], None]
) -> list[str]:
    """Annotate and store the articles, then place each in a story, in the same transaction.

    An article whose extraction fails is reported to `on_error` and left stored without annotations (`storyline
    extract` tries it again), so one text that trips a fault does not cost the rest of the batch. Returns the ids
    of stories that gained or lost older articles meanwhile (a split, a second look), whose dossiers changed
    though none of these articles may be in them."""
    from storyline.extract import annotate_many  # spaCy loads only when something is extracted

    found, done = [], []
    for article, annotated in zip(articles, annotate_many(articles, n_process=n_process), strict=True):
        if isinstance(annotated, IngestError):
            on_error(annotated)
            continue
        store.save_annotations(session, annotated)
        found.append(stories.features(article, annotated))
        done.append(article)
    stories.embed_features(found, done)
    placed = story_store.assign(session, found, {a.id: a.content_hash for a in done})
    return story_store.reshaped(placed).stories


def recluster(engine: Engine, batch_size: int = 1000) -> int:
    """Rebuild every story from stored articles and annotations, parsing nothing; returns the story count."""
    with store.transaction(engine) as session:
        items = []
        for ids in batches(story_store.arrival_order(session), batch_size):
            pairs = story_store.annotated(session, ids)
            found = [stories.features(article, annotations) for article, annotations in pairs]
            hashes = {article.id: article.content_hash for article, _ in pairs}
            vectors = story_store.stored_embeddings(session, hashes)
            for f in found:
                f.embedding = stories.ArticleFeatures.embedding_from(vectors.get(f.id))
            stories.embed_features(found, [article for article, _ in pairs])  # only those never embedded
            story_store.save_features(session, found, hashes)
            items += found
        index, assignments = stories.recluster(items)
        story_store.replace(session, index, assignments)
        return len(index.by_id)


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

    def fail(error: IngestError) -> None:
        summary.failed.append(error)
        on_error(error)

    def articles() -> Iterator[Article]:
        for value in expand(inputs):
            on_input(value)
            results = read_url(value, options) if is_url(value) else read_path(value, options)
            for result in results:
                if isinstance(result, IngestError):
                    fail(result)
                else:
                    yield result

    for batch in batches(articles(), batch_size):
        with store.transaction(engine) as session:
            outcomes = [store.save_article(session, article) for article in batch]
            fresh = [a for a, o in zip(batch, outcomes, strict=True) if o is not store.Outcome.DUPLICATE]
            reshaped = annotate_and_place(session, fresh, n_process, fail) if extract and fresh else []
        summary.reshaped += [s for s in reshaped if s not in summary.reshaped]
        for article, outcome in zip(batch, outcomes, strict=True):
            summary.read.append(article.id)
            if outcome is store.Outcome.ADDED:
                summary.added.append(article.id)
            elif outcome is store.Outcome.REVISED:
                summary.revised.append(article.id)
            else:
                summary.duplicates += 1
    return summary


@dataclass(slots=True)
class ExtractSummary:
    annotated: int = 0
    reshaped: list[str] = field(default_factory=list)  # stories that gained or lost older articles: dossiers changed
    ids: list[str] = field(default_factory=list)  # the articles annotated
    failed: list[IngestError] = field(default_factory=list)  # articles whose extraction failed, left unannotated


def extract(
    engine: Engine,
    article_ids: list[str] | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    on_batch: Callable[[int], None] = lambda _: None,
    on_error: Callable[[IngestError], None] = lambda _: None,
) -> ExtractSummary:
    """Annotate stored articles (by default those without current annotations) and place them in stories; one
    whose extraction fails is reported and left as it was."""
    ids = store.stale_article_ids(engine) if article_ids is None else article_ids
    summary = ExtractSummary(ids=list(ids))

    def fail(error: IngestError) -> None:
        summary.failed.append(error)
        on_error(error)

    for id_batch in batches(ids, batch_size):
        found = {a.id: a for a in store.list_articles(engine, id_batch)}
        articles = [found[i] for i in id_batch if i in found]  # placed in stories in the order given
        with store.transaction(engine) as session:
            reshaped = annotate_and_place(session, articles, n_process, fail)
        summary.reshaped += [s for s in reshaped if s not in summary.reshaped]
        on_batch(len(articles))
    summary.annotated = len(ids) - len(summary.failed)
    return summary


def compare(engine: Engine, story_ids: list[str] | None = None) -> list[str]:
    """Build and store the dossier of each story (default: every story) from stored annotations.

    Dossiers of stories that no longer exist (after a re-cluster) are dropped in the same transaction.
    """
    from storyline.compare import StoryMaterial, build_dossier

    every = [s["id"] for s in story_store.list_stories(engine)]
    known = set(every)
    ids = every if story_ids is None else [s for s in dict.fromkeys(story_ids) if s in known]
    dossiers = []
    for story_id in ids:
        story = story_store.get_story(engine, story_id)
        if story is None:
            continue
        with Session(engine) as session:
            pairs = story_store.annotated(session, [a["id"] for a in story["articles"]])
        material = StoryMaterial(
            id=story_id,
            title=story["title"] or "",
            articles=[article for article, _ in pairs],
            annotations={article.id: annotations for article, annotations in pairs},
            syndication={a["id"]: a["syndication_group"] for a in story["articles"]},
        )
        dossiers.append(build_dossier(material))
    stale = store.dossier_ids(engine) - known if story_ids is None else set()
    with store.transaction(engine) as session:
        store.delete_dossiers(session, stale)
        for dossier in dossiers:
            store.save_dossier(session, dossier)
    return [d.id for d in dossiers]


def refresh(engine: Engine, article_ids: list[str], reshaped: list[str]) -> list[str]:
    """Build again the stored dossiers that these articles' stories (and the stories reshaped meanwhile) had:
    ingesting or annotating changed what they rest on. A story without a dossier stays without one until
    `storyline dossier` asks for it."""
    stored = store.dossier_ids(engine)
    touched = story_store.stories_of(engine, article_ids) + reshaped
    ids = [s for s in dict.fromkeys(touched) if s in stored]
    return compare(engine, ids) if ids else []
