"""The story's timeline: what its claims say happened, what they expect to come, and when each report appeared."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.compare.timeline import timeline
from storyline.extract import annotate
from storyline.extract.nlp import parse
from storyline.model import Article


def test_a_day_after_publication_is_expected_not_happened() -> None:
    text = "Police arrested 23 dockworkers at the port gate on Friday. The 23 will appear in court on Monday."
    article = Article(
        url=None,
        title="Dockers arrested",
        text=text,
        outlet="Velmora Times",
        published=datetime(2026, 3, 14, tzinfo=UTC),
    )
    entries = timeline([article], {article.id: annotate(parse(text), article)})
    assert [(e.date[:10], e.kind) for e in entries] == [
        ("2026-03-13", "happened"),
        ("2026-03-14", "published"),
        ("2026-03-16", "expected"),
    ]


def test_a_claim_is_placed_once_at_the_day_of_what_it_tells_not_of_its_telling() -> None:
    text = (
        "Nine people were killed when fire swept through a warehouse late on Monday night, officials said on Tuesday."
    )
    article = Article(
        url=None, title=None, text=text, outlet="Velmora Times", published=datetime(2026, 3, 11, tzinfo=UTC)
    )
    entries = timeline([article], {article.id: annotate(parse(text), article)})
    assert [(e.date[:10], e.kind) for e in entries] == [("2026-03-09", "happened"), ("2026-03-11", "published")]


def test_a_yardstick_day_dates_nothing_of_the_news() -> None:
    text = (
        "About 3,000 residents were evacuated from Oska, the ministry said, up from 1,500 on Tuesday evening.\n\n"
        "The river rose higher than on Sunday and flooded the first villages on Monday."
    )
    article = Article(
        url=None, title=None, text=text, outlet="Velmora Times", published=datetime(2026, 3, 12, tzinfo=UTC)
    )
    ann = annotate(parse(text), article)
    # a claim's times are those of what it tells: Monday's flooding, not Sunday's level nor Tuesday's count
    assert [[ann.times[i].text for i in claim.times] for claim in ann.claims] == [[], ["Monday"]]
    entries = timeline([article], {article.id: ann})
    assert [(e.date[:10], e.kind, e.text[:9]) for e in entries] == [
        ("2026-03-09", "happened", "The river"),
        ("2026-03-12", "published", "(untitled"),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Twenty pupils abducted from a school in Lenby on Monday were freed on Friday, the governor said.", "13"),
        (
            "Twenty-eight of the 39 pupils abducted from a school in Kaura Namoda, Zamfara State, on Monday were freed"
            " on Friday, the state government said, while 11 remain in the hands of their captors.",
            "13",
        ),
        ("The fire broke out in a warehouse late on Monday night and burned until Friday evening.", "09"),
        # a headline-like sentence whose root is a noun: its days are on no verb
        ("Twelve deaths in Lenby on Monday, the worst day since the floods began.", "09"),
        # a dateline the parser took for the subject, and the saying for the main verb: still no day of what it tells
        (
            "OSKA, Velmora — At least six people were killed and nine are missing after flash floods tore through "
            "several districts of Oska on Wednesday night, regional authorities said on Friday.",
            "11",
        ),
    ],
)
def test_a_claim_of_two_happenings_is_placed_at_the_one_its_main_verb_tells(text: str, day: str) -> None:
    article = Article(
        url=None, title=None, text=text, outlet="Velmora Times", published=datetime(2026, 3, 14, tzinfo=UTC)
    )
    entries = timeline([article], {article.id: annotate(parse(text), article)})
    assert [(e.date[:10], e.kind) for e in entries] == [(f"2026-03-{day}", "happened"), ("2026-03-14", "published")]


def test_a_sentence_a_copy_carries_word_for_word_is_listed_once() -> None:
    sentence = "At least nine people were killed when fire swept through a warehouse late on Monday night."
    articles = [
        Article(url=None, title=None, text=f"MOMBASA, Kenya — {sentence}", outlet="Quay Wire"),
        Article(url=None, title=None, text=f"MOMBASA, Kenya (Quay Wire) — {sentence}", outlet="Velmora Times"),
    ]
    for article in articles:
        article.published = datetime(2026, 3, 10, tzinfo=UTC)
    entries = timeline(articles, {a.id: annotate(parse(a.text), a) for a in articles})
    assert [(e.kind, e.outlet) for e in entries if e.kind == "happened"] == [("happened", "Quay Wire")]
