"""Who a fact is attributed to: each speaker once, however the outlets phrase or spell it."""

from __future__ import annotations

import pytest

from storyline.compare.facts import _speakers


def test_a_speaker_phrased_or_spelled_two_ways_is_named_once_and_an_unresolved_pronoun_not_at_all() -> None:
    names = ["the Cuban government", "Cuba’s government", None, "Miguel Díaz-Canel", "Miguel Diaz-Canel", "Officials"]
    names += ["I", "he"]
    assert _speakers(names) == ["Miguel Díaz-Canel", "Officials", "the Cuban government"]


def test_a_toll_sequence_names_an_outlet_less_report_by_where_it_was_read() -> None:
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.model import Annotations, Article, Claim, Quantity

    refs = []
    for text, outlet, source, day in (
        ("Seven people remain missing.", "Velmora Times", "", 11),
        ("Five people remain missing.", None, "/data/ferry-report.txt", 12),
    ):
        article = Article(url=None, title=None, text=text, outlet=outlet, source=source)
        article.published = datetime(2026, 3, day, 8, tzinfo=UTC)
        number = text.split()[0]
        quantity = Quantity(
            0, len(number), number, 7.0 if number == "Seven" else 5.0, None, None, None, "count", "missing"
        )
        claim = Claim(0, len(text), text, None, None, quantities=[0])
        annotations = Annotations(article.id, article.content_hash, quantities=[quantity], claims=[claim])
        refs.append(ClaimRef(article, claim, annotations, source=outlet or source))
    [missing] = fact_groups(refs)
    assert [(s["value"], s["outlet"]) for s in missing.sequence] == [(7.0, "Velmora Times"), (5.0, "ferry-report.txt")]


def test_a_toll_is_worded_by_its_clearest_report_of_the_latest_figure() -> None:
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.model import Annotations, Article, Claim, Quantity

    refs = []
    for hour, (text, number) in enumerate(
        [
            ("The death toll from the warehouse fire in Velmora rose to 17 on Thursday.", "17"),
            ("Two days later the warehouse where seventeen people died is a black shell of iron.", "seventeen"),
        ]
    ):
        article = Article(url=None, title=None, text=text, outlet=f"Outlet {hour}")
        article.published = datetime(2026, 3, 12, 8 + hour, tzinfo=UTC)  # the shell comes last
        at = text.index(number)
        quantity = Quantity(at, at + len(number), number, 17.0, None, None, None, "count", "killed")
        claim = Claim(0, len(text), text, None, None, quantities=[0])
        annotations = Annotations(article.id, article.content_hash, quantities=[quantity], claims=[claim])
        refs.append(ClaimRef(article, claim, annotations, source=article.outlet))
    [toll] = fact_groups(refs)
    assert toll.text.startswith("The death toll") and toll.status == "corroborated"


def test_a_part_of_a_toll_is_no_figure_of_it() -> None:
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.model import Annotations, Article, Claim, Quantity

    article = Article(url=None, title=None, text="", outlet="Velmora Times")
    article.published = datetime(2026, 3, 12, 8, tzinfo=UTC)
    refs = []
    for text, number, value, part in (
        ("Forty-one people were injured in the blaze.", "Forty-one", 41.0, False),
        ("Six of them remain in hospital.", "Six", 6.0, True),
    ):
        quantity = Quantity(0, len(number), number, value, None, None, None, "count", "injured", part=part)
        claim = Claim(0, len(text), text, None, None, quantities=[0])
        annotations = Annotations(article.id, article.content_hash, quantities=[quantity], claims=[claim])
        refs.append(ClaimRef(article, claim, annotations, source="Velmora Times"))
    [injured] = [g for g in fact_groups(refs) if g.slot]
    assert injured.values == [41.0] and [s.value for s in injured.sources] == [41.0]


def test_a_toll_from_a_sentence_that_narrates_the_past_is_no_figure_of_the_story() -> None:
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.model import Annotations, Article, Claim, Quantity

    text = "The quake killed 10 people on Qeshm. The 2003 quake in Bam killed 26,000."
    article = Article(url=None, title=None, text=text, outlet="Velmora Times")
    article.published = datetime(2026, 3, 12, 8, tzinfo=UTC)
    quantities = [
        Quantity(at, at + len(n), n, v, None, None, None, "count", "killed")
        for n, v in (("10", 10.0), ("26,000", 26_000.0))
        if (at := text.index(n)) >= 0
    ]
    first, second = text.split(". ")
    claims = [
        Claim(0, len(first), first, None, None, quantities=[0]),
        Claim(len(first) + 2, len(text), second, None, None, quantities=[1], background=True),
    ]
    annotations = Annotations(article.id, article.content_hash, quantities=quantities, claims=claims)
    groups = fact_groups([ClaimRef(article, claim, annotations, source="velmora") for claim in claims])
    [toll] = [g for g in groups if g.slot == "killed"]
    assert toll.values == [10.0] and toll.text == first


def test_a_sentence_an_article_prints_twice_is_one_claim_of_it() -> None:
    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.model import Annotations, Article, Claim

    sentence = "The harbour of Port Alder stays closed to ferries until the storm has passed, the coast guard said."
    refs = []
    for outlet, text in (("Harbor Ledger", f"{sentence}\n\nFerries wait.\n\n{sentence}"), ("Quay Gazette", sentence)):
        article = Article(url=None, title=None, text=text, outlet=outlet)
        starts = sorted({0, len(text) - len(sentence)})  # twice in the Ledger, once in the Gazette
        claims = [Claim(at, at + len(sentence), sentence, "the coast guard", None) for at in starts]
        annotations = Annotations(article.id, article.content_hash, claims=claims)
        refs += [ClaimRef(article, claim, annotations, source=outlet) for claim in claims]
    [fact] = fact_groups(refs)
    assert fact.status == "corroborated" and len(fact.sources) == 2


def test_an_articles_figure_is_the_one_its_lead_gives_not_a_larger_one_further_down() -> None:
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, fact_groups
    from storyline.compare.reconcile import _fatalities
    from storyline.model import Annotations, Article, Claim, Quantity

    refs = []
    speakers = {"Ten": "police", "10": "the coast guard", "9,000": "a geologist"}
    for outlet, sentences in (
        ("Velmora Times", ["A quake on Quay Island killed 10 people.", "A quake that killed 9,000 hit Lenby."]),
        ("Harbor Ledger", ["Ten people died when the quake struck Quay Island."]),
    ):
        text = " ".join(sentences)
        article = Article(url=None, title=None, text=text, outlet=outlet)
        article.published = datetime(2026, 3, 12, 8, tzinfo=UTC)
        quantities, claims = [], []
        for sentence in sentences:
            at = text.index(sentence)
            number = next(w for w in sentence.split() if w[0].isdigit() or w == "Ten")
            value = 10.0 if number == "Ten" else float(number.replace(",", ""))
            start = at + sentence.index(number)
            quantities.append(Quantity(start, start + len(number), number, value, None, None, None, "count", "killed"))
            claims.append(
                Claim(at, at + len(sentence), sentence, speakers[number], None, quantities=[len(quantities) - 1])
            )
        annotations = Annotations(article.id, article.content_hash, quantities=quantities, claims=claims)
        refs += [ClaimRef(article, claim, annotations, source=outlet) for claim in claims]
    [toll] = fact_groups(refs)
    assert toll.status == "corroborated" and toll.values == [10.0]
    assert toll.attributed_to == ["police", "the coast guard"]  # not the geologist, who gave another quake's
    fatalities = _fatalities(toll, {source.article for source in toll.sources})
    assert (fatalities.low, fatalities.best, fatalities.high) == (10, 10, 10)


def _dated_facts(sentences: list[tuple[str, str, str]], dates: list[str | None] | None = None) -> list:
    """Fact groups of one claim per outlet: (text, the day its time expression resolved to, that expression), and
    the word each expression dates."""
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef, propositional_facts
    from storyline.model import Annotations, Article, Claim, TimeExpr

    refs = []
    for n, (text, day, words) in enumerate(sentences):
        article = Article(url=f"https://outlet{n}.example/ferry", title=None, text=text, outlet=f"Outlet {n}")
        article.published = datetime(2026, 3, 14 + 7 * n, tzinfo=UTC)
        at = text.index(words)
        time = TimeExpr(at, at + len(words), words, "DATE", day, None, "day", dates[n] if dates else None)
        claim = Claim(0, len(text), text, None, None, times=[0])
        annotations = Annotations(article.id, article.content_hash, times=[time], claims=[claim])
        refs.append(ClaimRef(article, claim, annotations, source=article.outlet))
    return propositional_facts(refs)


def test_claims_that_name_different_days_for_the_same_thing_conflict() -> None:
    text = "The harbour ferry service between Velmora and Quay Island resumed on March {} after the storm."
    [fact] = _dated_facts([(text.format(7), "2026-03-07", "March 7"), (text.format(8), "2026-03-08", "March 8")])
    assert fact.status == "conflicting"


def test_claims_that_date_different_things_do_not_conflict() -> None:
    trapped = "Thirty-two miners were trapped in the Halden colliery by a gas blast on Monday night."
    digging = (
        "Thirty-two miners were trapped in the Halden colliery by a gas blast, and rescuers were digging on Tuesday."
    )
    sentences = [(trapped, "2031-02-10", "Monday night"), (digging, "2031-02-11", "Tuesday")]
    [fact] = _dated_facts(sentences, dates=["trap", "dig"])
    assert fact.status == "corroborated"
    [fact] = _dated_facts(sentences, dates=["trap", "trap"])  # had both dated the trapping, they would conflict
    assert fact.status == "conflicting"


def test_the_same_words_read_against_different_publication_days_do_not_conflict() -> None:
    # a copy published a week later reads "Saturday" as a later Saturday: a reading, not a disagreement
    text = "The harbour ferry service between Velmora and Quay Island resumed on Saturday after the storm."
    [fact] = _dated_facts([(text, "2026-03-14", "Saturday"), (text, "2026-03-21", "Saturday")])
    assert fact.status == "corroborated"


def _toll_refs(reports: list[tuple[str, float, list[str]]]) -> list:
    """One claim per outlet stating a killed figure: (text, value, hedges)."""
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef
    from storyline.model import Annotations, Article, Claim, Quantity

    refs = []
    for n, (text, value, hedges) in enumerate(reports):
        article = Article(url=f"https://outlet{n}.example/shooting", title=None, text=text, outlet=f"Outlet {n}")
        article.published = datetime(2026, 3, 12, 8, tzinfo=UTC)
        quantity = Quantity(0, 3, text.split()[0], value, None, None, None, "count", "killed")
        claim = Claim(0, len(text), text, None, None, hedges=hedges, quantities=[0])
        annotations = Annotations(article.id, article.content_hash, quantities=[quantity], claims=[claim])
        refs.append(ClaimRef(article, claim, annotations, source=article.outlet))
    return refs


def test_a_figure_only_supposed_gives_way_to_figures_stated() -> None:
    from storyline.compare.facts import slot_facts

    stated = ("One deputy was killed in the shooting at the Lenby depot on Friday.", 1.0, [])
    supposed = ("Two people might have been killed in the shooting, a neighbour said.", 2.0, ["might have"])
    [toll], _ = slot_facts(_toll_refs([stated, supposed, stated]))
    assert (toll.status, toll.values) == ("corroborated", [1.0])
    # alone, a supposed figure is still the story's figure
    [alone], _ = slot_facts(_toll_refs([supposed]))
    assert alone.values == [2.0]


def _reports(*articles: tuple[str, int, str]) -> list:
    """Claim refs of whole articles, annotated as ingestion does: (outlet, hour of publication, text)."""
    from datetime import UTC, datetime

    from storyline.compare.facts import ClaimRef
    from storyline.extract import annotate
    from storyline.extract.nlp import parse
    from storyline.model import Article

    refs = []
    for outlet, hour, text in articles:
        article = Article(
            url=None, title=None, text=text, outlet=outlet, published=datetime(2031, 10, 12, hour, tzinfo=UTC)
        )
        annotations = annotate(parse(text), article)
        refs += [ClaimRef(article, claim, annotations, source=outlet) for claim in annotations.claims]
    return refs


def test_a_toll_a_later_report_revises_down_is_an_update_and_one_it_only_contradicts_a_conflict() -> None:
    from storyline.compare.facts import slot_facts

    first = ("Velmora Post", 10, "Five people were killed when a fire tore through a warehouse in Lenby, police said.")
    lead = "Three people died in a fire at a warehouse in Lenby on Sunday, police said."
    revised = ("Lenby Wire", 18, f"{lead} Police had initially said five people were killed.")
    [toll], _ = slot_facts(_reports(first, revised))
    assert (toll.status, [step["value"] for step in toll.sequence]) == ("updated", [5.0, 3.0])
    contradicted = ("Lenby Wire", 18, f"{lead} A hospital official said five people were killed.")
    [toll], _ = slot_facts(_reports(first, contradicted))
    assert (toll.status, [step["value"] for step in toll.sequence]) == ("conflicting", [5.0, 3.0])


def test_a_toll_of_an_earlier_happening_the_report_recalls_is_no_figure_of_its_event() -> None:
    from storyline.compare.facts import slot_facts

    first = ("Lenby Wire", 9, "Nine people were killed on Saturday when gunmen attacked a checkpoint near Lenby.")
    second = (
        "Velmora Post",
        12,
        "Gunmen attacked a checkpoint near Lenby on Saturday, police said. A rebel spokesman said the attack was "
        "revenge for an air strike on the village of Oska last week that killed three children.",
    )
    [toll], _ = slot_facts(_reports(first, second))
    assert (toll.status, toll.values) == ("single_source", [9])


def test_a_later_vaguer_figure_that_allows_an_earlier_one_corroborates_it() -> None:
    from storyline.compare.facts import slot_facts

    first = ("Lenby Wire", 6, "Police arrested 40 people in Lenby and 12 in Oska on Saturday.")
    later = ("Velmora Post", 20, "More than 50 people were arrested in Lenby and Oska on Saturday, police said.")
    [arrests], _ = slot_facts(_reports(first, later))
    assert (arrests.status, arrests.values) == ("corroborated", [52, 51])
    risen = ("Velmora Post", 20, "Police said 55 people had been arrested in Lenby and Oska since Saturday.")
    [arrests], _ = slot_facts(_reports(first, risen))
    assert (arrests.status, arrests.values) == ("updated", [52, 55])


def test_a_figure_dated_on_the_first_day_a_report_gives_the_event_is_of_the_event() -> None:
    """A report of a strike's second day recalls Friday's march and its arrests: Friday is the first day the
    reports give the strike, so the arrests are the strike's, not an earlier happening's."""
    from storyline.compare.facts import slot_facts

    first = ("Lenby Wire", 9, "Police arrested 23 dockers at the port gate in Lenby on Friday.")
    second = (
        "Velmora Post",
        12,
        "LENBY - A strike by dockers at the Lenby container port entered its second day on Saturday, with their union "
        "saying they would stay off work until contractors agreed to talks. About 300 dockers did not report for "
        "the morning shift, the union said. The strike began on Friday with a march to the port gate that ended in "
        "tear gas and 23 arrests.",
    )
    [arrests], _ = slot_facts(_reports(first, second))
    assert (arrests.status, arrests.independent_sources) == ("corroborated", 2)


def test_the_figures_of_two_sides_are_two_facts_and_the_dead_of_both_add_up() -> None:
    from storyline.compare.facts import slot_facts
    from storyline.compare.reconcile import _story_fatalities

    first = (
        "Lenby Wire",
        18,
        "Twelve police officers were injured in Lenby on Saturday. About 30 protesters were hurt.",
    )
    second = ("Velmora Post", 20, "Some 30 protesters were injured in Lenby on Saturday, and 12 officers were hurt.")
    groups, _ = slot_facts(_reports(first, second))
    assert sorted((g.side or "", g.status, g.values) for g in groups) == [
        ("", "corroborated", [30.0]),
        ("forces", "corroborated", [12.0]),
    ]
    apart = ("Lenby Wire", 18, "Five soldiers died in a clash near Lenby on Saturday. Ten militants were killed too.")
    tolls, _ = slot_facts(_reports(apart))
    assert sorted((g.side, g.values) for g in tolls) == [("armed", [10.0]), ("forces", [5.0])]
    assert _story_fatalities(tolls, {g.sources[0].article for g in tolls}).best == 15
    # joined in one sentence, the parts are a toll of all the dead too
    clash = ("Lenby Wire", 18, "Five soldiers and ten militants were killed in a clash near Lenby on Saturday.")
    tolls, _ = slot_facts(_reports(clash))
    assert sorted((g.side or "", g.values) for g in tolls) == [("", [15.0]), ("armed", [10.0]), ("forces", [5.0])]
    assert _story_fatalities(tolls, {g.sources[0].article for g in tolls}).best == 15
    # a toll of all the dead stands for them all
    total = (
        "Velmora Post",
        20,
        "Fifteen people were killed in a clash near Lenby on Saturday, including five soldiers.",
    )
    tolls, _ = slot_facts(_reports(clash, total))
    assert _story_fatalities(tolls, {s.article for g in tolls for s in g.sources}).best == 15


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("At least 30 people were killed", "Thirty-two people were killed", "corroborated"),
        ("About 30 people were killed", "Thirty-one people were killed", "corroborated"),
        ("Between 30 and 35 people were killed", "Thirty-two people were killed", "corroborated"),
        ("Thirty people were killed", "Thirty-two people were killed", "conflicting"),
        ("At least 30 people were killed", "Twenty-five people were killed", "conflicting"),
        # a bound is said of a toll near it: two bounds far apart are two counts
        ("At least three people were killed", "At least ten people were killed", "conflicting"),
        ("At least 30 people were killed", "Forty people were killed", "conflicting"),
    ],
)
def test_figures_that_each_allow_the_other_are_one_toll_told_as_precisely_as_each_could(
    first: str, second: str, status: str
) -> None:
    from storyline.compare.facts import slot_facts
    from storyline.compare.reconcile import _story_fatalities

    place = " when a bomb exploded in a market in Lenby on Tuesday, police said."
    [toll], _ = slot_facts(_reports(("Lenby Wire", 9, first + place), ("Velmora Post", 10, second + place)))
    assert toll.status == status and len(toll.values) == 2
    fatalities = _story_fatalities([toll], {s.article for s in toll.sources})
    assert fatalities.updated == (status != "conflicting")  # the ACLED column: the latest, or the lowest of rivals
    # half a day apart, a figure the first allowed is the toll as it rose
    [later], _ = slot_facts(_reports(("Lenby Wire", 9, first + place), ("Velmora Post", 21, second + place)))
    assert later.status == ("conflicting" if status == "conflicting" and "Twenty-five" in second else "updated")


def test_a_vague_figure_the_same_article_counts_later_gives_way_to_the_count() -> None:
    from storyline.compare.facts import slot_facts

    first = ("Lenby Wire", 8, "Gunmen abducted 42 pupils from a school in Oska on Monday, police said.")
    counted = (
        "Velmora Post",
        11,
        "Gunmen kidnapped dozens of pupils from a school in Oska on Monday. The school said 39 pupils were missing "
        "after a headcount.",
    )
    [missing], _ = slot_facts(_reports(first, counted))
    assert [step["value"] for step in missing.sequence] == [42, 39]
    assert {source.value for source in missing.sources} == {42, 39}
    # alone, the vague figure is the article's own, and it allows the other's count
    vague = ("Velmora Post", 11, "Gunmen kidnapped dozens of pupils from a school in Oska on Monday.")
    [missing], _ = slot_facts(_reports(first, vague))
    assert (missing.status, missing.values) == ("corroborated", [42, 12])


def test_a_figure_a_party_denies_is_disputed_by_it_whoever_relays_it() -> None:
    from storyline.compare.facts import fact_groups

    first = (
        "Oska Post",
        9,
        "The Oska Front said on Thursday that its fighters had shot down an army helicopter near Lenby, killing all "
        "five crew members. The army denied the claim.",
    )
    second = (
        "Velmora Times",
        12,
        "An army helicopter was shot down near Lenby on Thursday, according to the Oska Front, which said five crew "
        "members were killed. The army said the report was false.",
    )
    facts = fact_groups(_reports(first, second))
    [toll] = [f for f in facts if f.slot == "killed"]
    assert toll.status == "corroborated" and toll.disputed_by == ["The army"]
    # the denials themselves, and a judgement that is no answer to a report, dispute nothing
    assert all(not f.disputed_by for f in facts if f is not toll)
    judged = (
        "Velmora Times",
        12,
        "Five crew members were killed when an army helicopter crashed near Lenby on Thursday. The union said the "
        "government's promises of new aircraft were false. Police said strikers threw stones at the base. Union "
        "leader Ana Loy denied that her members had thrown anything at the base. The minister said the army was "
        'ready. "I am here to tell you this is a false choice," the mayor said. The air force chief said it was '
        "ready. While some said the pilot was to blame, the union denied the claim.",
    )
    assert all(not f.disputed_by for f in fact_groups(_reports(judged)))


def test_a_figure_its_own_sentence_says_a_party_denies_is_disputed_by_it() -> None:
    from storyline.compare.facts import fact_groups

    first = (
        "Oska Post",
        9,
        "The army said on Tuesday that its troops had killed 40 fighters of the Oska Front near Lenby, a claim the "
        "group denied.",
    )
    second = ("Velmora Times", 12, "At least 25 fighters were killed in clashes near Lenby on Monday, police said.")
    [toll] = [f for f in fact_groups(_reports(first, second)) if f.slot == "killed"]
    assert toll.disputed_by == ["Oska Front"]  # "the group": the one organisation the sentence names
    unnamed = ("Oska Post", 9, "The army said its troops had killed 40 fighters near Lenby, a claim the group denied.")
    [toll] = [f for f in fact_groups(_reports(unnamed, second)) if f.slot == "killed"]
    assert toll.disputed_by == ["the group"]
    plain = ("Oska Post", 9, "The army said on Tuesday that its troops had killed 40 fighters near Lenby.")
    [toll] = [f for f in fact_groups(_reports(plain, second)) if f.slot == "killed"]
    assert toll.disputed_by == []


def test_figures_two_outlets_give_of_one_measure_are_compared() -> None:
    from storyline.compare.facts import fact_groups, measure_facts

    quake = "A magnitude 6.1 earthquake struck off Crete on Tuesday, the Velmora institute said."
    other = "A 5.8-magnitude earthquake hit the sea south of Crete on Tuesday, the Lenby centre said."
    [magnitude], used = measure_facts(_reports(("Velmora Post", 4, quake), ("Lenby Wire", 5, other)))
    assert (magnitude.slot, magnitude.status, magnitude.values) == ("magnitude", "conflicting", [6.1, 5.8])
    assert len(used) == 2
    # a revision hours later updates the figure; the same figure corroborates it
    [magnitude], _ = measure_facts(_reports(("Velmora Post", 4, quake), ("Lenby Wire", 16, other)))
    assert (magnitude.status, [step["value"] for step in magnitude.sequence]) == ("updated", [6.1, 5.8])
    same = "The quake had a magnitude of 6.1, the Lenby centre said, and was felt in Lenby."
    [magnitude], _ = measure_facts(_reports(("Velmora Post", 4, quake), ("Lenby Wire", 5, same)))
    assert (magnitude.status, magnitude.values) == ("corroborated", [6.1])
    # a figure told about is one a figure near it allows
    about = ("Velmora Post", 4, "Turnout was about 64%, the electoral commission said.")
    exact = ("Lenby Wire", 5, "Turnout was 63%, the observers said.")
    [turnout], _ = measure_facts(_reports(about, exact))
    assert (turnout.status, turnout.values) == ("corroborated", [64.0, 63.0])
    # the land a fire burned, as two outlets put it, each as precisely as it could
    burned = ("Velmora Post", 4, "The wildfire near Lenby has burned more than 10,000 hectares, the fire service said.")
    estimate = ("Lenby Wire", 9, "The fire has burned about 9,500 hectares, according to satellite estimates.")
    [area], _ = measure_facts(_reports(burned, estimate))
    assert (area.slot, area.status, area.values) == ("hectares burned", "corroborated", [10001.0, 9500.0])
    # nor is an earlier quake's magnitude one of this one
    old = "The quake on Tuesday came two years after a quake with a magnitude of 6.4 struck Crete in March 2029."
    [magnitude], _ = measure_facts(
        _reports(("Velmora Post", 4, quake), ("Lenby Wire", 5, same), ("Orlin Times", 6, old))
    )
    assert (magnitude.status, magnitude.values, len(magnitude.sources)) == ("corroborated", [6.1], 2)
    # nor a later one's: an aftershock of the same size two days on corroborates nothing
    aftershock = "Another earthquake of magnitude 6.1 struck the same area on Thursday, the Lenby centre said."
    assert measure_facts(_reports(("Velmora Post", 4, quake), ("Lenby Wire", 5, aftershock))) == ([], set())
    # one article's measure is compared with no one's, and its sentence stays a fact of its own words
    assert measure_facts(_reports(("Velmora Post", 4, quake))) == ([], set())
    assert measure_facts(_reports(("Velmora Post", 4, quake), ("Velmora Post", 5, other))) == ([], set())
    turnout = ("Velmora Post", 4, "Turnout was 64%, the electoral commission said.")
    final = ("Lenby Wire", 16, "Turnout was 58%, according to the commission's final tally, down from 2025.")
    [fact] = [f for f in fact_groups(_reports(turnout, final)) if f.slot is not None]
    assert (fact.slot, fact.status, fact.values) == ("turnout", "updated", [64.0, 58.0])


def test_a_measure_two_parties_give_in_one_article_is_two_figures() -> None:
    from storyline.compare.facts import measure_facts
    from storyline.views.dossier import reported_figure

    first = (
        "Velmora Post",
        4,
        "The quake had a magnitude of 6.1, the Velmora institute said. The Lenby centre put the magnitude at 5.8.",
    )
    second = ("Lenby Wire", 5, "A magnitude 5.8 earthquake struck off Crete on Tuesday, the Lenby centre said.")
    [magnitude], _ = measure_facts(_reports(first, second))
    assert (magnitude.slot, magnitude.status) == ("magnitude", "conflicting")
    assert [(step["value"], step["said_by"]) for step in magnitude.sequence] == [
        (6.1, "Velmora institute"),
        (5.8, None),
        (5.8, "the Lenby centre"),
    ]
    assert [reported_figure(step) for step in magnitude.sequence[:2]] == [
        "6.1 (Velmora institute, Velmora Post)",
        "5.8 (Velmora Post)",
    ]


def test_claims_that_give_one_thing_different_figures_are_not_one_proposition() -> None:
    from storyline.compare.facts import propositional_facts

    first = (
        "Velmora Post",
        9,
        "A Lenby court sentenced former governor Tomas Varga to 12 years in prison for stealing 340 million "
        "shillings from a county hospital.",
    )
    later = (
        "Lenby Wire",
        20,
        "Former governor Tomas Varga was sentenced to 10 years in jail for stealing 340 million shillings from a "
        "county hospital.",
    )
    assert [f.status for f in propositional_facts(_reports(first, later))] == ["single_source", "single_source"]
    # the same figure, or one told about that a near one allows, corroborates
    same = ("Lenby Wire", 20, later[2].replace("10 years", "12 years"))
    assert [f.status for f in propositional_facts(_reports(first, same))] == ["corroborated"]
    about = (
        "Velmora Post",
        9,
        "The boat was carrying about 80 migrants when it capsized off Lenby, the coast guard said.",
    )
    near = ("Lenby Wire", 20, "The boat was carrying 78 migrants when it capsized off Lenby, officials said.")
    assert [f.status for f in propositional_facts(_reports(about, near))] == ["corroborated"]
    scores = ("Velmora Post", 9, "The patch fixes more than 300 flaws in the browser for users in scores of languages.")
    fifty = ("Lenby Wire", 20, "The patch fixes more than 300 flaws in the browser for users in around 50 languages.")
    assert [f.status for f in propositional_facts(_reports(scores, fifty))] == ["corroborated"]
    # a claim that gives several figures of one thing (a box score) parts from none of them
    box = ("Velmora Post", 9, "Tomas Varga scored 14 points and Ilse Marr had 11 points as Lenby won the final.")
    told = ("Lenby Wire", 20, "Tomas Varga scored 14 points as Lenby won the final on Sunday.")
    assert [f.status for f in propositional_facts(_reports(box, told))] == ["corroborated"]


def test_figures_that_agree_within_their_bounds_keep_each_report_s_words() -> None:
    from storyline.compare.facts import slot_facts

    exact = ("Velmora Post", 9, "Air strikes on four villages near Orlin killed 46 people on Tuesday, officials said.")
    vague = ("Lenby Wire", 13, "Jets bombed four villages near Orlin on Tuesday night, killing dozens of people.")
    [toll] = [f for f in slot_facts(_reports(exact, vague))[0] if f.slot == "killed" and f.side is None]
    assert toll.status == "corroborated"
    assert [(step["value"], step.get("words")) for step in toll.sequence] == [(46, None), (12, "dozens")]


def test_a_vague_figure_in_a_sequence_keeps_its_words() -> None:
    from storyline.compare.facts import slot_facts

    first = ("Velmora Post", 4, "Dozens of people were missing after a ferry sank off Lenby, the coast guard said.")
    later = (
        "Lenby Wire",
        20,
        "About 20 people were still missing on Friday after a ferry sank off Lenby, police said.",
    )
    [missing], _ = slot_facts(_reports(first, later))
    assert [(step["value"], step.get("words")) for step in missing.sequence] == [(12, "dozens"), (20, "about 20")]


def test_a_toll_told_at_once_as_risen_to_a_higher_figure_updates_the_lower() -> None:
    from storyline.compare.facts import slot_facts
    from storyline.compare.reconcile import _story_fatalities

    place = " in the derailment of a passenger train near Lenby on Tuesday, officials said."
    first = ("Lenby Wire", 6, f"At least 14 people were killed{place}")
    lower = ("Velmora Post", 20, f"Seventeen people were killed{place}")
    risen = ("Quay Herald", 20, f"The death toll rose to 19 on Wednesday{place}")
    [toll], _ = slot_facts(_reports(first, risen, lower))
    steps = [(step["value"], step.get("words"), step["outlet"]) for step in toll.sequence]
    assert (toll.status, steps) == (
        "updated",
        [(14, "at least 14", "Lenby Wire"), (17, None, "Velmora Post"), (19, None, "Quay Herald")],
    )
    fatalities = _story_fatalities([toll], {s.article for s in toll.sources})
    assert fatalities.best == 19 and "at least 14 (Lenby Wire); 17 (Velmora Post)" in fatalities.note
    # told at once without a rise, the two figures are rivals
    plain = ("Quay Herald", 20, f"Nineteen people were killed{place}")
    [rivals], _ = slot_facts(_reports(first, plain, lower))
    assert rivals.status == "conflicting"


def test_a_later_count_set_against_another_partys_is_a_rival_not_an_update() -> None:
    from storyline.compare.facts import slot_facts

    place = " in two days of shelling around Oska"
    first = ("Lenby Wire", 6, f"At least 23 civilians were killed{place}, a local official said.")
    rival = (
        "Velmora Post",
        20,
        f"A civil society group said at least 30 civilians had been killed{place}, a higher toll than the "
        "authorities have given.",
    )
    [toll], _ = slot_facts(_reports(first, rival))
    assert toll.status == "conflicting"
    times = (
        "Velmora Post",
        20,
        f"The opposition said 70 civilians had been killed{place}, three times the toll given by officials.",
    )
    [toll], _ = slot_facts(_reports(first, times))
    assert toll.status == "conflicting"
    # without it, a higher count half a day later is the toll as it rose
    plain = ("Velmora Post", 20, f"A civil society group said at least 30 civilians had been killed{place}.")
    [toll], _ = slot_facts(_reports(first, plain))
    assert toll.status == "updated"


def test_the_losses_one_side_counts_and_its_enemy_counts_are_each_a_step() -> None:
    from storyline.compare.facts import slot_facts

    first = (
        "Oska Post",
        9,
        "Fighters attacked an army base near Lenby on Saturday, and five soldiers were killed, the army said. The "
        "Oska Front said it had killed 34 soldiers.",
    )
    second = ("Velmora Times", 12, "Five soldiers died when fighters attacked the Lenby base, the army said.")
    [soldiers] = [f for f in slot_facts(_reports(first, second))[0] if f.side == "forces"]
    assert soldiers.status == "conflicting"
    assert [(step["value"], step["said_by"]) for step in soldiers.sequence] == [
        (5, "the army"),
        (34, "Oska Front"),
        (5, "the army"),
    ]


def test_a_party_s_count_against_another_s_in_one_article_is_a_step_of_its_own() -> None:
    from storyline.compare.facts import slot_facts

    first = (
        "Oska Post",
        9,
        "The army said on Tuesday that its troops had killed 40 fighters near Lenby. A commander of the Oska Front "
        "told a local journalist that only seven of its fighters had died.",
    )
    second = ("Velmora Times", 12, "At least 25 fighters were killed in clashes near Lenby on Monday, police said.")
    [toll], _ = slot_facts(_reports(first, second))
    assert toll.status == "conflicting"
    assert [(step["value"], step.get("said_by")) for step in toll.sequence] == [
        (40, "The army"),
        (7, "A commander of the Oska Front"),
        (25, "police"),
    ]
    # a later figure of the article that no other party sets against the first is no step of its own
    plain = ("Oska Post", 9, "The army said its troops had killed 40 fighters near Lenby. Seven more died on Tuesday.")
    [toll], _ = slot_facts(_reports(plain, second))
    assert [step["value"] for step in toll.sequence] == [40, 25]
    aside = (
        "Oska Post",
        9,
        "More than 100 protesters have been killed in Lenby, the rights group said. State media reported only a "
        "handful of protester deaths, as well as the deaths of at least four members of the security forces.",
    )
    later = ("Velmora Times", 12, "At least 106 protesters have been killed in Lenby, the rights group said.")
    [toll] = [f for f in slot_facts(_reports(aside, later))[0] if f.side is None]
    assert [step["value"] for step in toll.sequence] == [101, 106]
