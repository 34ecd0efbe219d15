"""Dossier renderings of a story whose article names no outlet (plain-text files often don't)."""

from __future__ import annotations

import pytest

from storyline.model import Dossier, DossierArticle, FactGroup, Fatalities, Place, Statement, StoryEvent, Voice
from storyline.views.dossier import event_kind, render, said


def _dossier() -> Dossier:
    statement = Statement(
        article="a1", outlet=None, kind="indirect", cue="said", content="the ferry left on time", start=10, end=32
    )
    voice = Voice(
        speaker="Harbour master Ines Kallo", entity_key="person:ines kallo", outlets=["a1"], statements=[statement]
    )
    return Dossier(
        id="s1",
        title="Ferry delay",
        independent_sources=1,
        articles=[],
        facts=[],
        events=[],
        voices=[voice],
        framing=[],
        timeline=[],
    )


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_statement_without_an_outlet_says_so(fmt: str) -> None:
    page = render([_dossier()], fmt)
    assert "the ferry left on time" in page
    assert "unknown outlet" in page and "None" not in page


@pytest.mark.parametrize(
    ("cue", "content", "shown"),
    [
        ("condemned", "the raid", "condemned “the raid”"),  # the cue says what the words alone do not
        ("said", "“The ferry left on time,”", "said “The ferry left on time,”"),  # a quotation is quoted once
        (None, "the ferry left on time", "“the ferry left on time”"),
    ],
)
def test_a_statement_shows_its_cue_and_its_words_quoted_once(cue, content, shown):
    statement = Statement(article="a1", outlet="Harbour Post", kind="direct", cue=cue, content=content, start=0, end=9)
    assert said(statement) == shown
    dossier = _dossier()
    dossier.voices[0].statements = [statement]
    assert f"  - {shown} — Harbour Post" in render([dossier], "markdown")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_an_article_without_a_title_or_date_says_so(fmt: str) -> None:
    dossier = _dossier()
    dossier.articles = [DossierArticle("a1", "ferry-report.txt", None, None, None, None, "a1")]
    page = render([dossier], fmt)
    assert "undated · ferry-report.txt · (untitled)" in page


@pytest.mark.parametrize(
    ("cue", "cue_start", "shown"),
    [
        ("were later echoed", 20, "“The findings” were later echoed"),  # the words are the passive's subject
        ("said", 20, "said “The findings”"),  # "“…,” she said": the cue still leads
        ("was echoed in", 0, "was echoed in “The findings”"),  # the words follow the cue
        ("has been labeled", 20, "“The findings” has been labeled"),
        ("have said", 20, "have said “The findings”"),  # "“…,” police there have said": no passive
        ("is reporting", 20, "is reporting “The findings”"),
    ],
)
def test_a_passive_statement_shows_its_words_before_its_cue(cue: str, cue_start: int, shown: str) -> None:
    statement = Statement("a1", "Harbour Post", "indirect", cue, "The findings", 0, 12, cue_start=cue_start)
    assert said(statement) == shown


@pytest.mark.parametrize(
    ("kind", "cue", "content", "shown"),
    [
        ("indirect", "has drawn criticism", "The plan", "“The plan” has drawn criticism"),  # its subject
        ("indirect", "said", "The ferry left on time,", "said “The ferry left on time,”"),  # "…, said Varga"
        ("according_to", "according to", "The ferry left", "according to “The ferry left”"),
    ],
)
def test_words_that_are_the_subject_right_before_the_cue_come_first(kind, cue, content, shown) -> None:
    statement = Statement("a1", "Harbour Post", kind, cue, content, 0, len(content), cue_start=len(content) + 1)
    assert said(statement) == shown


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_passive_inside_the_words_stands_in_its_place(fmt: str) -> None:
    # "the crew, who were described by the union as unpaid volunteers": the cue goes back where the words left it
    content = "the crew … as unpaid volunteers"
    inside = Statement("a1", "Harbour Post", "indirect", "were described", content, 0, 60, cue_start=14)
    assert said(inside) == "“the crew” were described “as unpaid volunteers”"
    # a quotation broken by its speaker keeps its cue in front
    broken = Statement("a1", "Harbour Post", "direct", "she said", "“A,” … “B.”", 0, 30, cue_start=6)
    assert said(broken) == "she said “A,” … “B.”"
    dossier = _dossier()
    dossier.voices[0].statements = [inside]
    page = render([dossier], fmt)
    shown = (
        '“the crew” <span class="cue">were described</span> “as unpaid volunteers”' if fmt == "html" else said(inside)
    )
    assert shown in page


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_extent_of_the_reporting_is_counted_in_words_that_agree(fmt: str) -> None:
    dossier = _dossier()
    dossier.articles = [DossierArticle("a1", "ferry-report.txt", None, None, None, None, "a1")]
    page = render([dossier], fmt)
    assert "1 article, 1 independent source" in page and "1 articles" not in page
    dossier.articles *= 2
    dossier.independent_sources = 2
    assert "2 articles, 2 independent sources" in render([dossier], fmt)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_statement_names_the_other_outlets_carrying_its_words(fmt: str) -> None:
    dossier = _dossier()
    dossier.voices[0].statements[0].outlet = "Harbour Post"
    dossier.voices[0].statements[0].also = ["Quay Gazette", "Velmora Times"]
    assert "Harbour Post (also Quay Gazette, Velmora Times)" in render([dossier], fmt)


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "shown"),
    [
        ("Protests", "Peaceful protest", "Protests / Peaceful protest"),
        ("Man-made disaster", "Man-made disaster", "Man-made disaster"),  # CASE 2021 classes have no sub-types
        ("Natural disaster", None, "Natural disaster"),
    ],
)
def test_an_event_type_without_sub_types_is_named_once(event_type: str, sub_event_type: str | None, shown: str) -> None:
    assert event_kind(event_type, sub_event_type) == shown


@pytest.mark.parametrize(("updated", "acled"), [(True, 17), (False, 9)])
def test_the_acled_fatalities_column_revises_an_updated_toll_and_is_conservative_between_rivals(
    updated: bool, acled: int
) -> None:
    from storyline.model import Fatalities, StoryEvent
    from storyline.views.export import event_rows

    event = StoryEvent("Disaster", "Fire", "2031-05-12", "day", None, [], Fatalities(9, 17, 17, "", updated), 2)
    dossier = Dossier("quay-fire", "Quay fire", 2, [], [], [event], [], [], [])
    [row] = event_rows([dossier])
    assert (row["fatalities"], row["fatalities_low"], row["fatalities_best"]) == (acled, 9, 17)


@pytest.mark.parametrize(
    ("date", "precision", "acled"), [("2031-05-12", "day", 1), ("2031-05-12", "reported", 2), ("2031-05", "month", 3)]
)
def test_the_acled_time_precision_column_says_how_well_the_reports_know_the_day(
    date: str, precision: str, acled: int
) -> None:
    from storyline.model import Fatalities, StoryEvent
    from storyline.views.export import event_rows

    event = StoryEvent("Disaster", "Fire", date, precision, None, [], Fatalities(9, 9, 9, ""), 2)
    [row] = event_rows([Dossier("quay-fire", "Quay fire", 2, [], [], [event], [], [], [])])
    assert (row["event_date"], row["time_precision"]) == (date, acled)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_event_day_no_report_names_says_it_is_the_day_one_told_of_it(fmt: str) -> None:
    from storyline.model import Fatalities, StoryEvent

    dossier = _dossier()
    told = StoryEvent("Disaster", "Fire", "2031-05-12", "reported", None, [], Fatalities(9, 9, 9, ""), 2)
    dossier.events = [told]
    assert "2031-05-12 (as reported; no report names the day)" in render([dossier], fmt)
    told.date_precision = "day"
    page = render([dossier], fmt)
    assert "2031-05-12" in page and "as reported" not in page


def test_the_acled_source_column_names_the_outlets_that_report_the_event() -> None:
    from storyline.model import Fatalities, StoryEvent
    from storyline.views.export import event_rows

    articles = [
        DossierArticle("a1", "Harbour Post", "Quay fire kills nine", None, None, None, "a1"),
        DossierArticle("a2", "Lenby Courier", "Council debates harbour budget", None, None, None, "a2"),
        DossierArticle("a3", "Velmora Times", "Nine dead in quay fire", None, None, None, "a3"),
    ]
    event = StoryEvent("Disaster", "Fire", "2031-05-12", "day", None, [], Fatalities(9, 9, 9), 2, ["a3", "a1"])
    [row] = event_rows([Dossier("quay-fire", "Quay fire", 3, articles, [], [event], [], [], [])])
    assert (row["source"], row["articles"]) == ("Harbour Post; Velmora Times", 2)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_figure_is_written_as_a_reader_writes_it(fmt: str) -> None:
    from storyline.model import FactGroup

    dossier = _dossier()
    sequence = [{"value": v, "outlet": o, "article": o, "published": None} for v, o in ((2.5e5, "A"), (1e6, "B"))]
    dossier.facts = [
        FactGroup(
            text="The floods left a million people homeless.",
            status="conflicting",
            independent_sources=2,
            sources=[],
            slot="displaced",
            values=[2.5e5, 1e6],
            sequence=sequence,
        )
    ]
    page = render([dossier], fmt)
    assert "250,000 (A)" in page and "1,000,000 (B)" in page and "e+0" not in page
    # a measure's figures say who gave each, where the outlet names them
    dossier.facts[0].sequence[0]["said_by"] = "police"
    assert "250,000 (police, A)" in render([dossier], fmt)
    # a vague figure in its words, not the least they mean
    dossier.facts[0].sequence[1]["words"] = "hundreds of thousands"
    assert "hundreds of thousands (B)" in render([dossier], fmt) and "1,000,000 (B)" not in render([dossier], fmt)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_figures_that_agree_within_their_bounds_show_no_steps_but_keep_them_in_the_json(fmt: str) -> None:
    from storyline.model import FactGroup

    dossier = _dossier()
    sequence = [{"value": v, "outlet": o, "article": o, "published": None} for v, o in ((46, "A"), (12, "B"))]
    sequence[1]["words"] = "dozens"
    fact = FactGroup("Air strikes killed 46.", "corroborated", 2, [], slot="killed", values=[46, 12], sequence=sequence)
    dossier.facts = [fact]
    assert "dozens (B)" not in render([dossier], fmt)
    assert '"words": "dozens"' in render([dossier], "json")
    fact.status = "conflicting"
    assert "dozens (B)" in render([dossier], fmt)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_fact_s_status_reads_in_words_and_the_json_keeps_its_key(fmt: str) -> None:
    dossier = _dossier()
    dossier.facts = [FactGroup("The ferry left late.", "single_source", 1, [], slot="injured")]
    page = render([dossier], fmt)
    assert "single source (injured)" in page and "single_source (" not in page
    assert '"status": "single_source"' in render([dossier], "json")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_fact_a_report_hedges_or_a_party_denies_says_so_beside_its_status(fmt: str) -> None:
    dossier = _dossier()
    dossier.facts = [FactGroup("A helicopter was reportedly shot down.", "single_source", 1, [], hedged=True)]
    assert "single source, hedged" in render([dossier], fmt)
    dossier.facts[0].disputed_by = ["the army"]
    assert "single source, hedged, disputed by the army" in render([dossier], fmt)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_figure_of_one_side_says_whose_it_is(fmt: str) -> None:
    dossier = _dossier()
    dossier.facts = [FactGroup("Twelve officers were hurt.", "corroborated", 2, [], slot="injured", side="forces")]
    assert "corroborated (injured: security forces)" in render([dossier], fmt)
    assert '"side": "forces"' in render([dossier], "json")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_place_no_gazetteer_knows_is_shown_by_its_name_and_precision(fmt: str) -> None:
    dossier = _dossier()
    kesto = Place("Kesto", None, None, None, "city")
    dossier.events = [StoryEvent("Riots", "Mob violence", None, None, kesto, [], Fatalities(None, None, None), 1)]
    page = render([dossier], fmt)
    assert "Kesto (city)" in page and "None" not in page


def test_a_statement_s_words_and_cue_are_escaped_on_the_page() -> None:
    dossier = _dossier()
    dossier.voices[0].statements = [Statement("a1", "Harbour Post", "indirect", "<i>said</i>", "<b>x</b>", 0, 9)]
    page = render([dossier], "html")
    assert '<span class="cue">&lt;i&gt;said&lt;/i&gt;</span> “&lt;b&gt;x&lt;/b&gt;”' in page


def test_an_empty_section_of_the_terminal_dossier_says_none_and_draws_no_table() -> None:
    page = render([_dossier()], "text")
    assert "Facts: none" in page and "Framing: none" in page and "Timeline: none" in page
    assert "Voices: none" not in page and "Harbour master Ines Kallo" in page
    assert "status" not in page and "loaded or evaluative wording" not in page  # no empty table's head, no key


def test_an_empty_section_of_the_markdown_dossier_says_none_and_draws_no_table() -> None:
    page = render([_dossier()], "markdown")
    assert "## Facts\n\nnone\n" in page and "## Framing\n\nnone\n" in page and "## Timeline\n\nnone\n" in page
    assert "## Voices\n\n- **Harbour master Ines Kallo** (a1)\n" in page
    assert "| status |" not in page and "| outlet | term |" not in page
