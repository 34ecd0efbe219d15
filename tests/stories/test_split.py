"""A story that grew over two events splits in two; one event told in many ways does not.

Two thefts at the fictional Corvane Gallery, five years apart, share the gallery, the town and
half their words: with a low threshold every report joins one story, and the split check, as
the story grows, moves the later theft's reports to a story of their own.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np
import pytest

from storyline import store
from storyline.model import Article
from storyline.store import stories as story_store
from storyline.stories import ArticleFeatures, Settings, StoryIndex, cluster, recluster
from storyline.stories.split import Weights, find_split, similarities

MERGING = Settings(threshold=0.1)  # low enough that each report joins the first story
SHARED = {term: 1.0 for term in range(8)}  # gallery, theft, police, ... : both events' words


def report(key: str, event: int, year: int) -> ArticleFeatures:
    """A report of event 1 or 2: the shared words, ten of its event's own, one of its own alone."""
    own = {100 * event + k: 1.0 for k in range(10)}
    entities = {"corvane gallery": ("Corvane Gallery", 2.0), f"inspector {event}": (f"Inspector {event}", 2.0)}
    return ArticleFeatures(
        id=key,
        title=None,
        published=None,
        terms={**SHARED, **own, 10_000 + 100 * ord(key[0]) + int(key[1:] or 0): 1.0},
        entities=entities,
        year=year,
    )


def arrivals() -> list[ArticleFeatures]:
    first = [report(f"a{i}", 1, 2019) for i in range(4)]
    second = [report(f"b{i}", 2, 2024) for i in range(5)]
    return [first[0], second[0], first[1], second[1], first[2], second[2], first[3], second[3], second[4]]


def groups(index: StoryIndex, items: list[ArticleFeatures]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in items:
        found.setdefault(index.story_id(f.id), set()).add(f.id)
    return found


def test_a_story_grown_over_two_events_splits_and_later_reports_join_their_side():
    items = arrivals()
    index, placed = cluster(items, MERGING)
    splits = [a.split for a in placed if a.split is not None]
    assert len(splits) == 1
    split = splits[0]
    assert split.story == "a0" and split.into == "b0"  # the first report's side keeps the story's id
    assert groups(index, items) == {"a0": {"a0", "a1", "a2", "a3"}, "b0": {"b0", "b1", "b2", "b3", "b4"}}
    assert placed[-1].story == "b0" and not placed[-1].opened  # the last report joins the moved side
    assert index.members("a0") == ["a0", "a1", "a2", "a3"]


def test_without_a_split_check_the_two_events_stay_merged():
    items = arrivals()
    index, placed = cluster(items, Settings(threshold=0.1, split_ratio=0.0))
    assert all(a.split is None for a in placed)
    assert len(groups(index, items)) == 1


def test_one_event_in_many_reports_is_not_split():
    items = [report(f"a{i}", 1, 2019) for i in range(12)]
    index, placed = cluster(items, MERGING)
    assert all(a.split is None for a in placed) and len(groups(index, items)) == 1


def test_an_index_without_the_members_features_never_splits():
    index = StoryIndex(MERGING)
    placed = [index.assign(f) for f in arrivals()]
    assert all(a.split is None for a in placed) and len(index.stories) == 1


def test_recluster_ends_with_the_split_stories():
    items = arrivals()
    _, placed = recluster(items, MERGING)
    stories = {}
    for a in placed:
        stories.setdefault(a.story, set()).add(a.article)
    assert sorted(map(sorted, stories.values())) == [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3", "b4"]]


# --- the decision on a similarity matrix --------------------------------------------------------


def two_blocks(n: int, within: float, across: float) -> np.ndarray:
    s = np.full((2 * n, 2 * n), across)
    s[:n, :n] = s[n:, n:] = within
    np.fill_diagonal(s, 1.0)
    return s


def members(years: list[int | None]) -> list[ArticleFeatures]:
    return [ArticleFeatures(id=f"m{i}", title=None, published=None, terms={}, year=y) for i, y in enumerate(years)]


TWO_YEARS = [2019, 2019, None, 2024, None, 2024]


@pytest.mark.parametrize(
    "years", [TWO_YEARS, [None, 2019, 2019, None, None, None], [2019, 2019, None, 2024, None, None]]
)
def test_two_blocks_far_apart_split_with_the_first_member_kept(years):
    split = find_split(members(years), two_blocks(3, 0.7, 0.1), min_side=3, max_ratio=0.7, max_across=0.35)
    assert split is not None
    assert split.keep == [0, 1, 2] and split.move == [3, 4, 5]
    assert split.ratio == pytest.approx(0.1 / 0.7, abs=1e-3)


@pytest.mark.parametrize(
    ("within", "across", "years", "n"),
    [
        (0.7, 0.6, TWO_YEARS, 3),  # alike across as within: one story
        (0.9, 0.4, TWO_YEARS, 3),  # far apart relatively, but not low across
        (0.7, 0.1, [2019, 2019, None, 2019, 2019, 2019], 3),  # both sides name the same year
        (0.7, 0.1, [None] * 6, 3),  # no year on either side: nothing says they happened apart
        (0.7, 0.1, [2019, None, None, 2024, None, None], 3),  # one article's year on each side is too little
        (0.7, 0.1, [2019, 2024, 2024, 2019], 2),  # sides of two: too few to tell
    ],
)
def test_what_does_not_split(within, across, years, n):
    split = find_split(members(years), two_blocks(n, within, across), min_side=3, max_ratio=0.7, max_across=0.35)
    assert split is None


def test_similarities_mix_text_entities_and_embedding_as_the_story_score_does():
    a, b, c = report("a", 1, 2019), report("b", 1, 2019), report("c", 2, 2024)
    for f, direction in ((a, 0), (b, 0), (c, 1)):
        f.embedding = np.eye(4, dtype=np.float32)[direction]

    def plain(f):  # term frequencies as they are (every IDF 1)
        return np.fromiter(f.terms, np.int32), np.fromiter(f.terms.values(), np.float32)

    s = similarities([a, b, c], plain, lambda key: 1.0, Weights(0.6, 0.3, 0.5))
    assert s[0, 1] == pytest.approx(0.6 * 18 / 19 + 0.4 * 1.0 + 0.3 * 0.5, abs=1e-6)
    assert s[0, 2] == pytest.approx(0.6 * 8 / 19 + 0.4 * 0.5, abs=1e-6)  # orthogonal embeddings add nothing
    assert np.allclose(s, s.T)


# --- in the store -------------------------------------------------------------------------------


def test_the_store_moves_the_split_side_and_another_process_sees_it(engine):
    items = arrivals()
    articles = [
        Article(
            url=None,
            title=f"Corvane report {f.id}",
            text=f"Report {f.id} from Corvane.",
            outlet=None,
            source="test",
            id=f.id,
        )
        for f in items
    ]
    store.save_batch(engine, articles)
    hashes = {a.id: a.content_hash for a in articles}
    story_store.forget(engine)
    with store.transaction(engine) as session:
        story_store.story_index(session, MERGING)  # this process clusters with the merging settings
        story_store.assign(session, items[:5], hashes)
    key = str(engine.url)
    stale = copy.deepcopy(story_store._CACHE[key])  # another process's index, as it was before the split
    with store.transaction(engine) as session:
        placed = story_store.assign(session, items[5:], hashes)
    assert [a.split is not None for a in placed].count(True) == 1
    with engine.connect() as connection:
        rows = dict(connection.exec_driver_sql("select article_id, story_id from story_articles").all())
        counts = dict(connection.exec_driver_sql("select id, articles from stories").all())
    assert rows == {
        **dict.fromkeys(["a0", "a1", "a2", "a3"], "a0"),
        **dict.fromkeys(["b0", "b1", "b2", "b3", "b4"], "b0"),
    }
    assert counts == {"a0": 4, "b0": 5}
    story_store._CACHE[key] = stale
    with store.transaction(engine) as session:
        index = story_store.story_index(session)
        assert groups(index, items) == {"a0": {"a0", "a1", "a2", "a3"}, "b0": {"b0", "b1", "b2", "b3", "b4"}}


@pytest.mark.parametrize("later", [False, True], ids=["ingest", "ingest --no-extract, then extract"])
def test_ingest_reports_both_sides_of_a_split_and_compare_rebuilds_their_dossiers(engine, tmp_path, monkeypatch, later):
    """The stories of a batch's articles are not all that changed: a split's other side did too."""
    import storyline.extract
    from storyline import pipeline, stories
    from storyline.model import Annotations

    crafted = {f"Corvane report {f.id}": f for f in arrivals()}
    paths = []
    for title in crafted:
        path = tmp_path / f"{title.split()[-1]}.txt"
        path.write_text(f"---\ntitle: {title}\n---\nA report from the Corvane Gallery, {title}.\n", encoding="utf-8")
        paths.append(str(path))

    def annotate_many(articles, n_process=1):
        return (Annotations(article_id=a.id, content_hash=a.content_hash) for a in articles)

    monkeypatch.setattr(storyline.extract, "annotate_many", annotate_many)
    monkeypatch.setattr(stories, "features", lambda article, _: replace(crafted[article.title], id=article.id))
    monkeypatch.setattr(stories, "embed_features", lambda found, articles: None)
    story_store.forget(engine)
    with store.transaction(engine) as session:
        story_store.story_index(session, MERGING)
    summary = pipeline.ingest(paths, engine, batch_size=3, extract=not later)
    ids = {a.title: a.id for a in store.list_articles(engine)}
    if later:  # annotated and placed now, in the same order
        summary = pipeline.extract(engine, [ids[title] for title in crafted], batch_size=3)
    assert summary.reshaped == [ids["Corvane report a0"], ids["Corvane report b0"]]
    pipeline.compare(engine, summary.reshaped)
    sizes = {d.id: len(d.articles) for d in store.load_dossiers(engine)}
    assert sizes == {ids["Corvane report a0"]: 4, ids["Corvane report b0"]: 5}
