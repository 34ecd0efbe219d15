"""Independent sources: a claim one outlet says it took from another outlet of the story is that outlet's."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.compare.dossier import StoryMaterial, build_dossier
from storyline.compare.sources import claim_source
from storyline.extract import annotate
from storyline.extract.nlp import parse
from storyline.model import Article

FIRST = (
    "Lenby Wire",
    "A bus carrying pilgrims overturned near Lenby on Tuesday, police said. The bus was carrying pilgrims home from"
    " the harvest festival in Orlin, a police spokesman said.",
)
RELAY = (
    "Daily Meridian",
    "The bus was carrying pilgrims home from the harvest festival in Orlin, according to the Lenby Wire. Residents"
    " said the road had been closed for repairs last year.",
)
OWN = (
    "Daily Meridian",
    "The bus was carrying pilgrims home from the harvest festival in Orlin, a driver at the depot said. Residents"
    " said the road had been closed for repairs last year.",
)


def _festival_fact(*reports: tuple[str, str]):
    articles, annotations = [], {}
    for hour, (outlet, text) in enumerate(reports, 9):
        article = Article(
            url=None, title=None, text=text, outlet=outlet, published=datetime(2031, 7, 8, hour, tzinfo=UTC)
        )
        articles.append(article)
        annotations[article.id] = annotate(parse(text), article)
    dossier = build_dossier(StoryMaterial(id="s1", title="Bus crash", articles=articles, annotations=annotations))
    return next(f for f in dossier.facts if "harvest festival" in f.text)


def test_a_claim_relayed_from_another_outlet_of_the_story_adds_no_source() -> None:
    relayed = _festival_fact(FIRST, RELAY)
    assert len(relayed.sources) == 2 and (relayed.status, relayed.independent_sources) == ("single_source", 1)
    reported = _festival_fact(FIRST, OWN)
    assert len(reported.sources) == 2 and (reported.status, reported.independent_sources) == ("corroborated", 2)


def test_a_speaker_names_an_outlet_by_its_words_not_inside_another_word() -> None:
    relayed = {"lenby wire": "source-lenby"}
    assert claim_source("own", "the Lenby Wire news agency", relayed) == "source-lenby"
    assert claim_source("own", "Lenby Wireless", relayed) == "own"
    assert claim_source("own", None, relayed) == "own"
