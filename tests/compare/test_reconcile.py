"""The story's main event: its type re-read from the main-event sentences, its two sides voted by the reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from storyline.compare.reconcile import _actors, _location, _story_kind, _vote, reconcile_event
from storyline.model import Actor, Annotations, Article, Claim, Event, Place

SENTENCE = "Hundreds of nurses marched peacefully through central Velmora on Monday, singing and carrying banners."


def _story(sub_type: str) -> tuple[list[Article], dict[str, Annotations]]:
    articles, annotations = [], {}
    for outlet in ("Velmora Times", "Quay Gazette"):
        url = f"https://{outlet.replace(' ', '').lower()}.example/nurses"
        article = Article(url=url, title="Nurses march", text=SENTENCE, outlet=outlet)
        claim = Claim(0, len(SENTENCE), SENTENCE, None, None)
        event = Event("Strategic developments", sub_type, None, None, None, None, None, None, None, None, claims=[0])
        articles.append(article)
        annotations[article.id] = Annotations(article.id, article.content_hash, claims=[claim], events=[event])
    return articles, annotations


def test_the_story_event_type_is_read_again_from_its_sentences() -> None:
    articles, annotations = _story("Agreement")  # what a weaker reading might have said
    sources = {a.id: a.outlet for a in articles}
    event = reconcile_event(articles, annotations, sources, [])
    assert event is not None
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.sources == 2


def test_a_story_whose_reports_count_their_own_dead_is_of_a_type_that_kills() -> None:
    text = "A strike on a crowded market in Velmora killed six people on Wednesday morning, the governor said."
    articles, annotations, sources = _two_reports(text, ("Battles", "Armed clash"), toll=6)
    event = reconcile_event(articles, annotations, sources, [])
    assert event is not None and event.event_type not in ("Protests", "Strategic developments")


CLASH = ("Battles", "Armed clash")
PEACEFUL = ("Protests", "Peaceful protest")


def _event(actor1: Actor | None, actor2: Actor | None) -> Event:
    return Event("Battles", "Armed clash", actor1, actor2, None, None, None, None, None, None)


def test_the_story_sides_are_the_actor_most_reports_name_first_and_the_one_most_name_beside_it() -> None:
    navy = Actor("Military Forces of Chile", "CL", "state_forces")
    rebels = Actor("Coastal Front", None, "rebels")
    fishers = Actor("Civilians (Chile)", "CL", "civilians")
    events = [_event(rebels, navy), _event(navy, rebels), _event(navy, None), _event(navy, fishers)]
    assert [a.name for a in _actors(events, CLASH)] == ["Military Forces of Chile", "Coastal Front"]
    assert _actors([_event(None, None)], CLASH) == []


def test_civilians_are_the_second_side_even_when_more_reports_name_them_first() -> None:
    air_force = Actor("Military Forces of Chile", "CL", "state_forces")
    villagers = Actor("Civilians (Chile)", "CL", "civilians")
    # two reports name only the dead villagers; one names the air force that struck them
    events = [_event(villagers, None), _event(villagers, None), _event(air_force, villagers)]
    strike = ("Explosions/Remote violence", "Air/drone strike")
    assert [a.name for a in _actors(events, strike)] == [air_force.name, villagers.name]
    assert [a.name for a in _actors(events[:2], strike)] == [villagers.name]  # all the event names


def test_forces_given_the_place_s_country_by_default_are_the_foreign_forces_another_report_names() -> None:
    guessed = Actor("Military Forces of Peru", "PE", "state_forces")  # "Soldiers killed nine militants in Tumbes"
    named = Actor("Military Forces of Ecuador", "EC", "state_forces")  # "Ecuadorian troops killed nine"
    militants = Actor("Unidentified Armed Group (Peru)", "PE", "rebels")
    events = [_event(guessed, militants), _event(named, None)]
    assert [a.name for a in _actors(events, CLASH, "PE")] == [named.name, militants.name]
    # a report that names both keeps both: two states' forces fought there
    both = [_event(guessed, named), _event(named, None)]
    assert [a.name for a in _actors(both, CLASH, "PE")] == [guessed.name, named.name]
    # the place's police are no default guess of its army
    police = Actor("Police Forces of Peru", "PE", "state_forces")
    assert [a.name for a in _actors([_event(police, militants), _event(named, None)], CLASH, "PE")] == [
        police.name,
        militants.name,
    ]


def test_a_protest_is_coded_with_its_crowd_first_unless_it_met_excessive_force() -> None:
    police = Actor("Police Forces of Chile", "CL", "state_forces")
    nurses = Actor("Protesters (Chile)", "CL", "protesters")
    events = [_event(police, nurses), _event(police, None)]  # police fired tear gas at the nurses
    assert [a.name for a in _actors(events, ("Protests", "Protest with intervention"))] == [nurses.name, police.name]
    excessive = ("Protests", "Excessive force against protesters")
    assert [a.name for a in _actors(events, excessive)] == [police.name, nurses.name]


def test_a_peaceful_protest_that_one_source_reports_dispersed_is_a_protest_with_intervention() -> None:
    articles, annotations = _story("Agreement")
    sources = {a.id: a.outlet for a in articles}
    assert reconcile_event(articles, annotations, sources, []).sub_event_type == "Peaceful protest"
    dispersed = Event("Protests", "Protest with intervention", None, None, None, None, None, None, None, None)
    annotations[articles[1].id].events.append(dispersed)  # a later sentence: police broke the march up
    assert reconcile_event(articles, annotations, sources, []).sub_event_type == "Protest with intervention"
    dispersed.background = True  # a march broken up years ago says nothing of this one
    assert reconcile_event(articles, annotations, sources, []).sub_event_type == "Peaceful protest"


def test_the_story_day_is_the_one_most_sources_name_and_on_a_tie_the_earliest() -> None:
    assert _vote([("2026-03-12", "a"), ("2026-03-10", "b")], earliest=True) == "2026-03-10"
    assert _vote([("2026-03-12", "a"), ("2026-03-12", "c"), ("2026-03-10", "b")], earliest=True) == "2026-03-12"
    assert _vote([("Riots", "a"), ("Protests", "b")]) == "Riots"  # other values: the first named
    assert _vote([]) is None


def test_the_story_type_is_the_one_most_sources_give_and_on_a_tie_the_weightiest() -> None:
    articles = [Article(url=f"https://{n}.example/a", title=None, text=SENTENCE, outlet=n) for n in "abc"]
    sources = {a.id: a.outlet for a in articles}
    riot, protest, deal = ("Riots", "Violent demonstration"), PEACEFUL, ("Strategic developments", "Agreement")
    mains = [
        (a, Event(*kind, None, None, None, None, None, None, None, None, confidence=weight))
        for a, kind, weight in zip(articles, (riot, protest, deal), (1.5, 2.0, 0.6), strict=True)
    ]
    assert _story_kind(mains, [riot, protest, deal], sources) == protest  # one source each: the surest lead
    assert _story_kind(mains, [riot, riot, deal], sources) == riot  # two sources outvote any weight


def test_each_source_s_record_of_the_story_type_gives_the_day() -> None:
    articles, annotations = _story("Agreement")
    sources = {a.id: a.outlet for a in articles}
    for day, article in zip(("2026-03-13", "2026-03-14"), articles, strict=True):
        annotations[article.id].events[0].date = day  # the second's main event: the talks, read a day later
    march = Event("Protests", "Peaceful protest", None, None, None, "2026-03-13", None, None, None, None, claims=[0])
    annotations[articles[1].id].events.append(march)
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.sub_event_type, event.date, event.note) == ("Peaceful protest", "2026-03-13", "")


def test_a_report_with_no_record_of_the_story_type_does_not_date_the_story() -> None:
    articles, annotations = _story("Agreement")
    sources = {a.id: a.outlet for a in articles}
    march = Event("Protests", "Peaceful protest", None, None, None, "2026-03-13", None, None, None, None, claims=[0])
    annotations[articles[0].id].events = [march]
    # the second tells only of arrests the day after: another happening, whose day is not the march's
    arrests = Event("Strategic developments", "Arrests", None, None, None, "2026-03-14", None, None, None, None)
    annotations[articles[1].id].events = [replace(arrests, claims=[0])]
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.sub_event_type, event.date, event.note) == ("Peaceful protest", "2026-03-13", "")


def test_a_report_dated_only_by_its_telling_gives_way_to_the_days_the_others_name() -> None:
    articles, annotations = _story("Agreement")
    sources = {a.id: a.outlet for a in articles}
    named, told = (annotations[a.id].events[0] for a in articles)
    named.date, told.date, told.dated = "2026-03-09", "2026-03-10", False  # "said on Tuesday that …"
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.date, event.date_precision, event.note) == ("2026-03-09", "day", "")
    named.date = "2026-03"  # a month a report names stands before a day another only told it on
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.date, event.date_precision, event.note) == ("2026-03", "month", "")
    told.dated = True  # and a day named before a month
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.date, event.date_precision, event.note) == ("2026-03-10", "day", "")
    named.date, told.dated = "2026-03-09", False
    named.dated = False  # when no report names its day, the earliest telling stands in, and no day differs
    event = reconcile_event(articles, annotations, sources, [])
    assert (event.date, event.date_precision, event.note) == ("2026-03-09", "reported", "")


def test_a_kind_of_event_that_kills_nobody_has_no_fatalities_whatever_toll_its_reports_name() -> None:
    from storyline.model import FactGroup, FactSource

    articles, annotations = _story("Agreement")
    sources = {a.id: a.outlet for a in articles}
    reports = [FactSource(a.id, a.outlet, None, 0, 9, SENTENCE, None, [], value=40.0) for a in articles]
    toll = FactGroup("the march remembered the 40 killed", "corroborated", 2, reports, slot="killed", values=[40.0])
    event = reconcile_event(articles, annotations, sources, [toll])
    assert event is not None and event.sub_event_type == "Peaceful protest"
    assert event.fatalities.best is None


def test_the_toll_is_the_one_the_event_s_own_reports_give() -> None:
    from dataclasses import replace

    from storyline.model import FactGroup, FactSource

    fire = "A fire tore through a warehouse in Velmora on Monday, killing 12 workers."
    history = "More than 100 million people may have perished in the great fire of the old empire."
    articles, annotations = [], {}
    for outlet, text, events in (
        ("Velmora Times", fire, True),
        ("Quay Gazette", fire, True),
        ("Old Ledger", history, False),
    ):
        article = Article(url=f"https://{outlet[:4].lower()}.example/fire", title=None, text=text, outlet=outlet)
        event = Event("Man-made disaster", "Man-made disaster", *[None] * 8, claims=[0])
        claim = Claim(0, len(text), text, None, None)
        annotations[article.id] = Annotations(article.id, article.content_hash, claims=[claim], events=[event] * events)
        articles.append(article)
    sources = {a.id: a.outlet for a in articles}
    reports = [
        FactSource(a.id, a.outlet, None, 0, 9, a.text, None, [], value=1e8 + 1 if a.outlet == "Old Ledger" else 12.0)
        for a in articles
    ]
    toll = FactGroup(fire, "conflicting", 3, reports, slot="killed", values=[12.0, 1e8 + 1])
    event = reconcile_event(articles, annotations, sources, [toll])
    assert event is not None and event.articles == [a.id for a in articles[:2]]
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (12, 12, 12)
    assert "differ" not in event.note  # the article with no event of its own is no rival count
    event = reconcile_event(articles, annotations, sources, [replace(toll, sources=reports[2:])])
    assert event.fatalities.best is None and event.note == ""


def _two_reports(
    text: str, kind: tuple[str, str], toll: int | None = None
) -> tuple[list[Article], dict[str, Annotations], dict[str, str]]:
    """Two outlets' one-sentence reports of one event of `kind`, with its `toll`: articles, annotations, sources."""
    articles, annotations = [], {}
    for outlet in ("Velmora Times", "Quay Gazette"):
        article = Article(url=f"https://{outlet[:4].lower()}.example/report", title=None, text=text, outlet=outlet)
        event = Event(*kind, None, None, None, None, None, toll, toll, toll, claims=[0])
        annotations[article.id] = Annotations(
            article.id, article.content_hash, claims=[Claim(0, len(text), text, None, None)], events=[event]
        )
        articles.append(article)
    return articles, annotations, {a.id: a.outlet for a in articles}


def test_a_later_toll_given_only_as_a_guess_is_no_best_figure() -> None:
    from storyline.model import FactGroup, FactSource

    text = "At least 27 migrants drowned off Lampedusa on Friday."
    articles, annotations, sources = _two_reports(text, ("Man-made disaster", "Man-made disaster"))
    official, guess = articles
    reports = [
        FactSource(official.id, official.outlet, "2026-12-04T13:00:00", 0, 9, text, None, [], value=27.0),
        FactSource(guess.id, guess.outlet, "2026-12-05T15:00:00", 0, 9, text, "a charity", ["likely"], value=41.0),
    ]
    toll = FactGroup(text, "updated", 2, reports, slot="killed", values=[27.0, 41.0])
    fatalities = reconcile_event(articles, annotations, sources, [toll]).fatalities
    assert (fatalities.low, fatalities.best, fatalities.high) == (27, 27, 41)
    reports[1].hedges = []  # told as fact, the later toll stands
    assert reconcile_event(articles, annotations, sources, [toll]).fatalities.best == 41


def test_a_counted_toll_is_the_best_figure_over_a_later_vague_one_it_agrees_with() -> None:
    from storyline.model import FactGroup, FactSource

    text = "Jets bombed four villages near Orlin on Tuesday night."
    articles, annotations, sources = _two_reports(text, ("Explosions/Remote violence", "Air/drone strike"))
    counted, vague = articles
    reports = [
        FactSource(counted.id, counted.outlet, "2026-12-04T09:00:00", 0, 9, text, None, [], value=46.0),
        FactSource(vague.id, vague.outlet, "2026-12-04T13:00:00", 0, 9, text, None, [], value=12.0),
    ]
    steps = [
        {"value": 46.0, "outlet": counted.outlet, "article": counted.id, "published": "2026-12-04T09:00:00"},
        {"value": 12.0, "outlet": vague.outlet, "article": vague.id, "published": "2026-12-04T13:00:00"},
    ]
    steps[1]["words"] = "dozens"
    toll = FactGroup(text, "corroborated", 2, reports, slot="killed", values=[46.0, 12.0], sequence=steps)
    fatalities = reconcile_event(articles, annotations, sources, [toll]).fatalities
    assert (fatalities.low, fatalities.best, fatalities.high) == (12, 46, 46)
    assert "dozens (Quay Gazette)" in fatalities.note


def test_a_crowd_is_a_side_of_a_protest_or_a_riot_only() -> None:
    # one report's event, typed a riot by a weak reading, names rioters; the story is a disaster
    rioters = Actor("Rioters (Chile)", "CL", "rioters")
    residents = Actor("Civilians (Chile)", "CL", "civilians")
    events = [_event(rioters, residents), _event(rioters, None)]
    disaster = ("Man-made disaster", "Man-made disaster")
    assert [a.name for a in _actors(events, disaster)] == ["Civilians (Chile)"]
    assert [a.name for a in _actors(events, ("Riots", "Mob violence"))] == ["Rioters (Chile)", "Civilians (Chile)"]


def _placed(places: list[Place], one_outlet: bool = False) -> tuple[list[tuple[Article, Event]], dict[str, str]]:
    """A report per place, each its main event placed there: from one outlet, or each from its own."""
    events, sources = [], {}
    for n, place in enumerate(places):
        outlet = "Outlet" if one_outlet else f"Outlet {n}"
        article = Article(url=f"https://outlet{n}.example/fall", title=None, text=f"report {n}", outlet=outlet)
        sources[article.id] = article.outlet
        events.append((article, Event("Man-made disaster", "Man-made disaster", None, None, place, *[None] * 5)))
    return events, sources


def test_the_story_place_is_the_most_precise_within_the_country_most_sources_give() -> None:
    chile = Place("Chile", "CL", None, None, "country")
    valparaiso = Place("Valparaíso", "CL", None, None, "region")
    lima = Place("Lima", "PE", None, None, "city")  # one report names the climbers' home town
    assert _location(*_placed([chile, valparaiso, lima]), Counter()) == valparaiso


def test_a_sea_most_sources_give_is_the_story_place_though_it_is_no_country_s() -> None:
    gulf = Place("Gulf of Aden", None, 12.5, 48.0, "sea")
    port = Place("Berbera", "SO", None, None, "city")  # one report places it at the pirates' port
    assert _location(*_placed([gulf, port, gulf]), Counter()) == gulf


def test_between_two_countries_one_source_each_the_story_takes_the_one_with_the_more_precise_place() -> None:
    peru = Place("Peru", "PE", None, None, "country")
    valparaiso = Place("Valparaíso", "CL", None, None, "region")
    assert _location(*_placed([peru, valparaiso]), Counter()) == valparaiso


def test_between_places_one_source_gives_the_story_takes_the_one_more_of_its_reports_give() -> None:
    # one outlet's obituary series: a town named in passing in one report, the place of death in two
    kodiak = Place("Kodiak", "US", None, None, "city")
    santa_rosa = Place("Santa Rosa", "US", None, None, "city")
    assert _location(*_placed([kodiak, santa_rosa, santa_rosa], one_outlet=True), Counter()) == santa_rosa


def test_between_places_as_well_supported_the_story_takes_the_one_more_of_its_articles_name() -> None:
    kodiak = Place("Kodiak", "US", None, None, "city")  # named in passing by one report's main event
    santa_rosa = Place("Santa Rosa", "US", None, None, "city")
    events, sources = _placed([kodiak, santa_rosa], one_outlet=True)
    assert _location(events, sources, Counter()) == kodiak  # nothing else to go by: the first named
    named = Counter({("Santa Rosa", "US"): 5, ("Kodiak", "US"): 1})
    assert _location(events, sources, named) == santa_rosa


def test_between_undated_rival_tolls_of_one_outlet_the_best_is_the_one_more_reports_give() -> None:
    from storyline.compare.reconcile import _fatalities
    from storyline.model import FactGroup, FactSource

    values = {"a": 1.0, "b": 2.0, "c": 2.0}
    reports = [FactSource(a, "Wire", None, 0, 9, "killed", None, [], value=v) for a, v in values.items()]
    toll = FactGroup("killed", "conflicting", 1, reports, slot="killed", values=[1.0, 2.0])
    fatalities = _fatalities(toll, set(values))
    assert (fatalities.low, fatalities.best, fatalities.high) == (1, 2, 2)
