"""Incremental story clustering on the Velmora week: one event over several days is one story,
two events in the same harbour the same week are two, whatever order the articles arrive in."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest

from storyline.stories import Settings, StoryIndex, cluster, features, recluster

from .velmora import REPORTS


@pytest.fixture
def items(velmora) -> dict[str, object]:
    """Key of each report ("F1", "P2", ...) -> its clustering features."""
    return {r.key: features(a, ann) for r, (a, ann) in zip(REPORTS, velmora, strict=True)}


def grouping(items: dict, assignments) -> set[frozenset[str]]:
    key = {f.id: k for k, f in items.items()}
    stories: dict[str, set[str]] = {}
    for a in assignments:
        stories.setdefault(a.story, set()).add(key[a.article])
    return {frozenset(keys) for keys in stories.values()}


EXPECTED = {frozenset({"F1", "F1-copy", "F2", "F3"}), frozenset({"P1", "P2"})}


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_one_event_over_several_days_merges_two_events_same_city_same_week_do_not(items, seed):
    order = list(items.values())
    if seed is not None:
        random.Random(seed).shuffle(order)
    _, assignments = cluster(order)
    assert grouping(items, assignments) == EXPECTED


def test_each_article_is_placed_on_arrival_and_stays(items):
    index = StoryIndex()
    first = index.assign(items["F1"])
    assert first.opened and first.story == items["F1"].id
    copy = index.assign(items["F1-copy"])
    assert not copy.opened and copy.story == first.story
    assert copy.copy is not None and copy.copy.group == items["F1"].id
    protest = index.assign(items["P1"])
    assert protest.opened
    later = index.assign(items["F3"])  # five days on, other words: joins on entities, place and event type
    assert later.story == first.story and 0.3 <= later.score < 1.0
    assert index.assign(items["F3"]).story == first.story  # placing it again changes nothing
    assert index.members(first.story) == [items[k].id for k in ("F1", "F1-copy", "F3")]


def test_the_time_gap_keeps_a_later_event_of_the_same_kind_apart(items):
    """A fire at the same terminal two months later, told in the same words, is a new story."""
    index, _ = cluster([items["F1"], items["F2"]])
    months_later = replace(items["F3"], id="later", published=items["F3"].published + 60, event_day=None, days=None)
    assert index.assign(months_later).opened


def test_recluster_gives_the_same_stories_in_any_order(items):
    order = list(items.values())
    _, first = recluster(order)
    random.Random(7).shuffle(order)
    _, second = recluster(order)
    assert grouping(items, first) == grouping(items, second) == EXPECTED


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, np.float32)
    return vector / np.linalg.norm(vector)


def test_a_close_embedding_counts_for_a_distant_one_not_against(items):
    index, _ = cluster([replace(items["F1"], embedding=unit(1, 0, 0))])
    story = index.stories[0]
    plain = index.score(items["F2"], story)
    assert index.score(replace(items["F2"], embedding=unit(1, 0.1, 0)), story) > plain + 0.1
    assert index.score(replace(items["F2"], embedding=unit(0, 0, 1)), story) == pytest.approx(plain)


def undated(f, year: int | None):
    return replace(f, published=None, event_day=None, days=None, year=year)


def test_without_dates_the_years_named_count(items):
    """Undated reports naming the story's year count for it; one naming a year far from all of its, against."""
    index, _ = cluster([undated(items["F1"], 2019), undated(items["F2"], 2018)])
    story, s = index.stories[0], index.settings
    plain = index.score(undated(items["F3"], None), story)
    assert index.score(undated(items["F3"], 2019), story) == pytest.approx(plain + s.year_bonus)
    assert index.score(undated(items["F3"], 2021), story) == pytest.approx(plain)
    assert index.score(undated(items["F3"], 2025), story) == pytest.approx(plain - s.year_penalty)
    # dated on both sides, the days decide and the years are not counted again
    dated, _ = cluster([replace(items["F1"], year=2019), items["F2"]])
    at_2019, at_2030 = (dated.score(replace(items["F3"], year=y), dated.stories[0]) for y in (2019, 2030))
    assert at_2019 == at_2030


def test_an_undated_articles_far_day_is_not_held_against_it(items):
    """A day named by undated text may be an earlier event recalled: far from the story, its years decide."""
    index, _ = cluster([items["F1"], items["F2"]])
    story, s = index.stories[0], index.settings
    far = story.last + 60
    dated = replace(items["F3"], published=far, event_day=far)
    recalled = replace(items["F3"], published=None, event_day=far, year=max(story.years))
    plain = index.score(replace(recalled, event_day=None, days=None), story)
    assert index.score(recalled, story) == pytest.approx(plain)
    assert index.score(dated, story) < plain - s.time_penalty / 2
    close = replace(recalled, event_day=story.last)
    assert index.score(close, story) == pytest.approx(plain - s.year_bonus + s.time_bonus)


def test_an_article_left_alone_joins_its_story_once_the_story_has_grown(items):
    """F2 scores too low against F3 alone and opens a story; once F1 has grown F3's story, F2 joins it."""
    order = [items[k] for k in ("F3", "F2", "F1")]
    strict = Settings(threshold=0.63)
    index, placed = cluster(order, strict)
    assert placed[1].opened and placed[2].story == items["F3"].id
    assert [(r.article, r.left, r.story) for r in placed[2].rejoined] == [(items["F2"].id,) * 2 + (items["F3"].id,)]
    assert placed[2].rejoined[0].score >= strict.threshold
    assert index.members(items["F3"].id) == [items[k].id for k in ("F3", "F1", "F2")]
    assert items["F2"].id not in index.by_id  # its own story ended
    assert index.assign(replace(items["F2"], id="F2-again", signature=None)).story == items["F3"].id
    alone = StoryIndex(strict)  # without the members' features there is no second look
    assert [alone.assign(f).opened for f in order] == [True, True, False]
    assert len(alone.by_id) == 2


def test_a_shared_death_toll_counts_for_the_story(items):
    index, _ = cluster([replace(items["F1"], toll=17)])
    story, s = index.stories[0], index.settings
    plain = index.score(replace(items["F2"], toll=None), story)
    assert index.score(replace(items["F2"], toll=17), story) == pytest.approx(plain + s.toll_bonus)
    assert index.score(replace(items["F2"], toll=12), story) == pytest.approx(plain)


def test_sibling_event_types_are_no_evidence_other_kinds_are(items):
    """One outlet's "peaceful protest" is another's "violent demonstration": only another kind counts against."""
    index, _ = cluster([replace(items["P1"], event="Peaceful protest")])
    story, s = index.stories[0], index.settings
    plain = index.score(replace(items["P2"], event=None), story)
    assert index.score(replace(items["P2"], event="Peaceful protest"), story) == pytest.approx(plain + s.event_bonus)
    assert index.score(replace(items["P2"], event="Violent demonstration"), story) == pytest.approx(plain)
    assert index.score(replace(items["P2"], event="Man-made disaster"), story) == pytest.approx(plain - s.event_penalty)


def test_different_named_dead_count_against_the_story(items):
    """Two killings in one city: each side names its own dead and never the other's."""
    index, _ = cluster([replace(items["F1"], victims=["varga"])])
    story, s = index.stories[0], index.settings
    plain = index.score(replace(items["F2"], victims=[]), story)
    assert index.score(replace(items["F2"], victims=["marr"]), story) == pytest.approx(plain - s.victim_penalty)
    assert index.score(replace(items["F2"], victims=["varga", "marr"]), story) == pytest.approx(plain)
    named = {**items["F2"].entities, "varga": ("Varga", 1.0)}  # a report that names the story's dead in passing
    assert index.score(replace(items["F2"], victims=["marr"], entities=named), story) == pytest.approx(
        index.score(replace(items["F2"], victims=[], entities=named), story)
    )


def test_the_named_dead_are_the_articles_own_news():
    from storyline.extract import annotate
    from storyline.extract.nlp import parse
    from storyline.model import Article

    text = (
        "Police said Tomas Varga Jr. was shot dead outside the Lenby market on Friday. "
        "Officers arrested Anton Berg at his home in Lenby on Saturday. "
        "In 1998, Varga's uncle Piet Halder was killed in a shooting at the same market."
    )
    article = Article(
        url=None, title="Shooting in Lenby", text=text, outlet="Velmora Times", published=datetime(2026, 3, 16)
    )
    found = features(article, annotate(parse(text), article))
    assert found.victims == ["varga"]
    assert found.entities["varga"][1] > 0  # the surname key, not "jr"


def test_a_city_two_untyped_reports_share_is_no_story_of_its_own(items):
    """Short reports the classifier leaves untyped: the fire and the blockade share the city and the week, which
    the place adjustment counts once; in the entity cosine the city counts for less."""
    untyped = {k: replace(f, event=None) for k, f in items.items()}
    fire, blockade = untyped["F1"], untyped["P1"]
    index = StoryIndex()
    story = index.by_id[index.assign(fire).story]
    weighed = index.score(blockade, story)
    index.settings = replace(index.settings, place_entity_weight=1.0)
    assert index.score(blockade, story) > weighed
    _, assignments = cluster(list(untyped.values()))
    assert grouping(untyped, assignments) == EXPECTED
