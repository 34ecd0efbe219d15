"""One record of the story's main event from every article's own event records.

Fatalities follow ACLED: low is the most conservative reported figure, high the
largest, best the latest figure with the most independent support; the note
names each figure's sources so disputes stay visible.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TypeVar

from storyline.compare.facts import SPECULATIVE, article_figures
from storyline.extract.event_types import ACLED
from storyline.extract.events import ACLED_NAMES, CROWDS, NON_LETHAL
from storyline.extract.places import country_name
from storyline.extract.quantities import vague_words
from storyline.model import (
    Actor,
    Annotations,
    Article,
    Event,
    FactGroup,
    Fatalities,
    Place,
    StoryEvent,
    figure,
)

T = TypeVar("T")
PRECISION_RANK = {"city": 0, "sea": 0, "region": 1, "country": 2, "continent": 3}
PEACEFUL = ACLED["PEACE_PROTEST"]
EXCESSIVE_FORCE = ACLED["FORCE_AGAINST_PROTEST"]
INTERVENTIONS = (ACLED["PROTEST_WITH_INTER"], EXCESSIVE_FORCE)  # in order of force: a tie goes to the first


def _main_events(articles: list[Article], annotations: dict[str, Annotations]) -> list[tuple[Article, Event]]:
    found = []
    for article in articles:
        ann = annotations.get(article.id)
        foreground = [e for e in ann.events if not e.background] if ann else []
        if foreground:
            found.append((article, foreground[0]))
    return found


def _story_types(events: list[tuple[Article, Event]], annotations: dict[str, Annotations]) -> list[tuple[str, str]]:
    """Each main event's (type, sub-type) from the classifier's dense head, which reads sentence embeddings.

    Extraction types every claim with the cheap sparse head; a story's main event is the record that ends in
    the dossier and the ACLED export, and is worth one embedding per article. Where the dense head finds
    no event, the article's own type stands; where it finds one that kills nobody in an event that counts its
    dead, the likeliest kind that kills.
    """
    from storyline.extract.event_types import classify, lethal_types
    from storyline.extract.events import NON_EVENTS

    texts = []
    for article, event in events:
        claims = annotations[article.id].claims
        texts.append(" ".join(claims[i].text for i in event.claims[:2] if i < len(claims)))
    dense = classify(texts, embeddings=True)
    kinds = [
        (event.event_type, event.sub_event_type) if code in NON_EVENTS or not text else (event_type, sub_type)
        for (_, event), text, (code, event_type, sub_type, _) in zip(events, texts, dense, strict=True)
    ]
    # a kind that kills nobody for an event that counts its own dead ("A strike on a crowded market killed six" is
    # no walkout): the likeliest kind that kills
    mistaken = [i for i, ((_, event), kind) in enumerate(zip(events, kinds, strict=True)) if _mistaken(event, kind)]
    lethal = lethal_types([texts[i] for i in mistaken], embeddings=True)
    for i, (_, event_type, sub_type, _) in zip(mistaken, lethal, strict=True):
        kinds[i] = (event_type, sub_type)
    return kinds


def _mistaken(event: Event, kind: tuple[str, str]) -> bool:
    """The dense head reads a kind that kills nobody where the article's own lethal event counts its dead."""
    return (
        kind in NON_LETHAL
        and (event.event_type, event.sub_event_type) not in NON_LETHAL
        and (event.fatalities_best is not None)
    )


def _story_kind(
    mains: list[tuple[Article, Event]], kinds: list[tuple[str, str]], sources: dict[str, str]
) -> tuple[str, str]:
    """The type most sources give their main event; on a tie, the one whose main events weigh most (their
    claims' summed probabilities: a lead the classifier is sure of over a passing mention), then the first."""
    support: dict[tuple[str, str], set[str]] = defaultdict(set)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    for kind, (article, main) in zip(kinds, mains, strict=True):
        support[kind].add(sources[article.id])
        weight[kind] += main.confidence
    return max(support, key=lambda kind: (len(support[kind]), weight[kind]))


def _record_of(kind: tuple[str, str], main: Event, ann: Annotations) -> Event:
    """An article's own record of the story's event: its first foreground event of the story's type, else its
    main event. Place, day and sides come from these records."""
    same = [e for e in ann.events if not e.background and e.event_type == kind[0]]
    return same[0] if same else main


def _vote(values: list[tuple[T, str]], earliest: bool = False, named: Counter[T] | None = None) -> T | None:
    """The value named by the most independent sources; on a tie the `earliest` (a day: an event happens once,
    and later days are more often those of its reports and aftermath), else the one most reports name, then the
    one the story's articles `named` most anywhere in their text, then the first named."""
    support: dict[T, set[str]] = defaultdict(set)
    reports: Counter[T] = Counter()
    for value, source in values:
        support[value].add(source)
        reports[value] += 1
    named = named or Counter()

    def weight(value: T) -> tuple[int, int, int]:
        return len(support[value]), 0 if earliest else reports[value], named[value]

    most = max(map(weight, support), default=None)
    tied = [value for value in support if weight(value) == most]
    if not tied:
        return None
    return min(tied) if earliest else tied[0]


def _location(
    events: list[tuple[Article, Event]], sources: dict[str, str], named: Counter[tuple[str, str | None]]
) -> Place | None:
    """The most precise place the sources give, within the country (or sea) most of them give: one report's
    climber from Melbourne does not move a fall in New Zealand to Australia. Between places as well supported, the one
    more of the story's articles name (`named`: articles per place): a town named in passing loses to the one
    every report gives."""
    places = [(e.location, sources[a.id]) for a, e in events if e.location]
    support: dict[str, set[str]] = defaultdict(set)
    rank: dict[str, int] = {}  # on a tie, the country of the most precise place
    for place, source in places:
        if (where := _country_or_sea(place)) is not None:
            support[where].add(source)
            rank[where] = min(rank.get(where, 4), PRECISION_RANK.get(place.precision, 4))
    country = max(support, key=lambda code: (len(support[code]), -rank[code]), default=None)
    places = [(p, s) for p, s in places if country is None or _country_or_sea(p) == country]
    if not places:
        return None
    best_rank = min(PRECISION_RANK.get(p.precision, 4) for p, _ in places)
    keyed = {(p.name, p.country): p for p, _ in places}
    ranked = [((p.name, p.country), s) for p, s in places if PRECISION_RANK.get(p.precision, 4) == best_rank]
    choice = _vote(ranked, named=named)
    return keyed[choice] if choice else None


def _country_or_sea(place: Place) -> str | None:
    """What a place votes for: its country, or a sea, which is no country's ("the Gulf of Aden")."""
    return place.name if place.precision == "sea" else place.country


def _places_named(annotations: list[Annotations]) -> Counter[tuple[str, str | None]]:
    """How many of the articles name each place, anywhere in their text."""
    return Counter(
        place for ann in annotations for place in {(e.place.name, e.place.country) for e in ann.entities if e.place}
    )


def _story_fatalities(tolls: list[FactGroup], reporting: set[str]) -> Fatalities:
    """The toll of all the dead when the reports give one ("15 people were killed"), else the tolls of each side
    added up: "5 soldiers" and "10 militants" killed are 15 dead, as ACLED counts them."""
    anyone = _fatalities(next((t for t in tolls if t.side is None), None), reporting)
    sides = [f for t in tolls if t.side is not None and (f := _fatalities(t, reporting)).best is not None]
    if anyone.best is not None or not sides:
        return anyone
    if len(sides) == 1:
        return sides[0]
    return Fatalities(
        sum(f.low or 0 for f in sides),
        sum(f.best or 0 for f in sides),
        sum(f.high or 0 for f in sides),
        "; ".join(f.note for f in sides if f.note),
        updated=all(f.updated or f.low == f.high for f in sides),
    )


def _fatalities(toll: FactGroup | None, reporting: set[str]) -> Fatalities:
    """The toll as the event's own reports (`reporting`: article ids) give it: an article that reports no event
    of its own ("the Black Death: more than 100 million may have perished" beside a plague case) has no figure
    of this one."""
    figures = [s for s in article_figures(toll.sources).values() if s.article in reporting] if toll else []
    if not figures:
        return Fatalities(None, None, None, "no fatality figures reported")
    support: dict[float, set[str]] = defaultdict(set)
    latest: dict[float, str] = {}
    reports: Counter[float] = Counter()
    for source in figures:
        support[source.value].add(source.outlet or source.article)
        latest[source.value] = max(latest.get(source.value, ""), source.published or "")
        reports[source.value] += 1
    values = sorted(support)
    # a figure some report gives as fact, not only as a guess ("likely to be higher than 40")
    stated = {source.value for source in figures if not set(source.hedges) & SPECULATIVE}
    # a figure some report counts, not only a vague plural's least ("dozens" stands for 12 where another says 46)
    counted = {step["value"] for step in toll.sequence if not vague_words(step.get("words", ""))} if toll else set()
    counted = counted or set(values)
    # the latest figure; on a tie, the one more outlets give, then more reports, then the later in the fact's sequence
    order = {v: i for i, v in enumerate(toll.values)} if toll else {}
    best = max(
        values, key=lambda v: (v in stated, v in counted, latest[v], len(support[v]), reports[v], order.get(v, -1))
    )
    parts = [f"{_told(toll, v)} ({', '.join(sorted(support[v]))})" for v in values]
    if len(values) == 1:
        note = ""
    elif toll.status in ("updated", "conflicting"):
        note = f"reported figures differ ({toll.status}): " + "; ".join(parts)
    else:  # "at least 30" and "32": one toll, told as precisely as each report could
        note = "reported figures agree within their bounds: " + "; ".join(parts)
    # the latest stands, unless the figures are rivals: of those ACLED records the lowest
    return Fatalities(int(min(values)), int(best), int(max(values)), note, updated=toll.status != "conflicting")


def _told(toll: FactGroup, value: float) -> str:
    """A figure as its reports word it when all do alike ("at least 14"), else its value."""
    words = {step.get("words") for step in toll.sequence if step["value"] == value}
    return told if len(words) == 1 and (told := words.pop()) else figure(value)


def _actors(events: list[Event], kind: tuple[str, str], here: str | None = None) -> list[Actor]:
    """ACLED's two sides: the actor most reports name as the one that acted, then the one most name beside it
    (a name seen in either slot counts; the second slot breaks ties). A protest or a riot is coded with its
    crowd first, whoever acted, except when protesters met excessive force; civilians, the side acted on, come
    second. `here`: the country of the event's place (`_local_guesses`)."""
    # a crowd is a side of a protest or a riot only: a report a weak reading typed a riot names rioters
    crowds = set() if kind[0] in CROWDS else set(CROWDS.values())
    pairs = _local_guesses([[a for a in (e.actor1, e.actor2) if a and a.kind not in crowds] for e in events], here)
    by_name = {actor.name: actor for pair in pairs for actor in pair}
    first = Counter(pair[0].name for pair in pairs if pair)
    if not first:
        return []
    actor1 = max(first, key=lambda name: first[name])  # the first named on a tie: the earliest report's
    second = Counter(a.name for pair in pairs for a in pair if a.name != actor1)
    seconds = Counter(pair[1].name for pair in pairs if len(pair) > 1 and pair[1].name != actor1)
    actor2 = max(second, key=lambda name: (second[name], seconds[name]), default=None)
    sides = [by_name[actor1]] + ([by_name[actor2]] if actor2 else [])
    crowd = CROWDS.get(kind[0]) if kind != EXCESSIVE_FORCE else None
    return sorted(sides, key=lambda actor: (actor.kind != crowd, actor.kind == "civilians"))


def _local_guesses(pairs: list[list[Actor]], here: str | None) -> list[list[Actor]]:
    """The forces of the place's own country read as the foreign state's forces other reports name, when no report
    names both: a report that does not say whose soldiers they were gives them the country of the place, as ACLED
    names unnamed local forces ("Soldiers killed nine militants … in Jenin"), while a foreign state's forces are
    only ever named ("Israeli forces killed nine"). With several foreign states named, the guess is dropped."""
    if here is None:
        return pairs
    guess = ACLED_NAMES["state_forces"].format(country=country_name(here))  # not the place's police
    forces = [{a.country for a in pair if a.kind == "state_forces"} for pair in pairs]
    foreign = set().union(*forces) - {here}
    if not foreign or any(here in f and f & foreign for f in forces):
        return pairs
    named = [a for pair in pairs for a in pair if a.kind == "state_forces" and a.country in foreign]
    stand_in = named[0] if len(foreign) == 1 else None

    def read(actor: Actor) -> Actor | None:
        return stand_in if actor.name == guess else actor

    return [[side for actor in pair if (side := read(actor)) is not None] for pair in pairs]


def _met_with_force(kind: tuple[str, str], annotations: list[Annotations], sources: list[str]) -> tuple[str, str]:
    """ACLED's peaceful protest is one met with no force: when a source reports the protest dispersed or
    suppressed, the story's protest is the intervention most sources report (the milder on a tie)."""
    if kind != PEACEFUL:
        return kind
    support: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ann, source in zip(annotations, sources, strict=True):
        for k in _foreground(ann) & set(INTERVENTIONS):
            support[k].add(source)
    return max(support, key=lambda k: (len(support[k]), -INTERVENTIONS.index(k)), default=kind)


def _foreground(ann: Annotations) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in ann.events if not e.background}


PRECISIONS = {len("2026-01-05"): "day", len("2026-01"): "month", len("2026"): "year"}


def reconcile_event(
    articles: list[Article], annotations: dict[str, Annotations], sources: dict[str, str], facts: list[FactGroup]
) -> StoryEvent | None:
    mains = _main_events(articles, annotations)
    if not mains:
        return None
    kind = _story_kind(mains, _story_types(mains, annotations), sources)
    told = [a for a in articles if a.id in annotations]
    kind = _met_with_force(kind, [annotations[a.id] for a in told], [sources[a.id] for a in told])
    events = [(article, _record_of(kind, main, annotations[article.id])) for article, main in mains]
    # the days the reports name (a month or a year only when none names a day); one that names none was dated by
    # its telling, or its publication. A report with no record of the story's type tells of another happening
    # (the arrests the day after a killing), whose day is not the story's, unless no report has such a record
    dating = [(a, e) for a, e in events if e.event_type == kind[0]] or events
    named = [(e.date, sources[a.id]) for a, e in dating if e.date and e.dated]
    named = [(d, source) for d, source in named if len(d) == len("2026-01-05")] or named
    date = _vote(named or [(e.date, sources[a.id]) for a, e in dating if e.date], earliest=True)
    location = _location(events, sources, _places_named([annotations[a.id] for a in told]))
    actors = _actors([e for _, e in events], kind, location.country if location else None)
    # a kind of event that kills nobody (a march, talks): the tolls its reports give count another event
    tolls = [f for f in facts if f.slot == "killed"] if kind not in NON_LETHAL else []
    notes = []
    distinct_dates = sorted({d for d, _ in named})
    if len(distinct_dates) > 1:
        notes.append("dates differ: " + ", ".join(distinct_dates))
    fatalities = _story_fatalities(tolls, {a.id for a, _ in events})
    if fatalities.low != fatalities.high:
        notes.append(fatalities.note)
    return StoryEvent(
        event_type=kind[0],
        sub_event_type=kind[1],
        date=date,
        # as fine as the value, when a report names it; else the day it was told of, or published
        date_precision=(PRECISIONS.get(len(date)) if named else "reported") if date else None,
        location=location,
        actors=actors,
        fatalities=fatalities,
        sources=len({sources[a.id] for a, _ in events}),
        articles=[a.id for a, _ in events],
        note="; ".join(notes),
    )
