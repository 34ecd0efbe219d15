"""Fixtures of the story tests: the Velmora corpus, an annotator that reads hand annotations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pytest

from storyline.model import Annotations, Article

from .velmora import REPORTS, annotate_by_hand


@pytest.fixture
def velmora() -> list[tuple[Article, Annotations]]:
    """The corpus in publication order, each article with its hand-made annotations."""
    found = []
    for report in REPORTS:
        article = report.article()
        found.append((article, annotate_by_hand(report, article)))
    return found


@pytest.fixture
def hand_annotator(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """Replace the spaCy extraction with the hand annotations; returns a counter of articles annotated."""
    import storyline.extract

    by_title = {r.title: r for r in REPORTS}
    calls = {"articles": 0}

    def annotate_many(articles: Iterable[Article], n_process: int = 1) -> Iterator[Annotations]:
        for article in articles:
            calls["articles"] += 1
            yield annotate_by_hand(by_title[article.title], article)

    monkeypatch.setattr(storyline.extract, "annotate_many", annotate_many)
    return lambda: calls["articles"]


@pytest.fixture(autouse=True)
def fresh_story_index() -> Iterator[None]:
    """Each test starts without the process's cached story indexes (each test's store is new)."""
    from storyline.store.stories import forget

    forget()
    yield
    forget()
