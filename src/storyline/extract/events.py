"""Events in ACLED's vocabulary, assembled from an article's classified claims.

The detector keeps the claims that report an event at all, the sub-type classifier
labels them; claims with the same label form one event, whose actors, place, date
and fatalities come from those claims' slots.
Claims that narrate the past (`Claim.background`: "protests in 2014 and 2017") form
background events, never the article's main event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from storyline.extract.attributions.lexicon import FORCE
from storyline.extract.claims import REPORTING
from storyline.extract.entities import ARMED_MEMBERS, SETTLEMENTS
from storyline.extract.event_types import ACLED, NO_EVENT, NON_LETHAL_CODES, cue_words, lethal_types, read_claims
from storyline.extract.nlp import doc_text, noun_chunks
from storyline.extract.places import country_name, demonym_country
from storyline.extract.quantities import figure_verb, joined_tolls
from storyline.extract.times import RANK, path_to_verb
from storyline.model import Actor, Attribution, Claim, Entity, Event, Place, Quantity, TimeExpr, ends_before

MIN_CONFIDENCE = 0.25
# the detector's probability that a claim reports an event, from which it makes one: in 5-fold CV it keeps
# 93% of CASE 2021's event snippets and flags under 1% of the sentences of PolNeAR's political news
# (docs/figures.md)
EVENT_REPORT = 0.5
NON_EVENTS = {NO_EVENT}
# events that kill nobody by definition: a toll named in their claims ("the 32 deaths sparked
# condemnation") refers to another event, so it is not theirs
NON_LETHAL = {ACLED[code] for code in NON_LETHAL_CODES}
LEAD_DECAY = 0.15  # the lead of a news story names its main event: earlier claims weigh more
LEAD_CLAIMS = 3  # a lead that reports a death of natural causes makes the article an obituary
# a news article tells its news in its first sentences: an event it first tells further down is mentioned in
# passing (a scuffle in a match report, a letter in a feature), and an article with none in its lead has no
# main event
LEAD_EVENT = 5
# what a person dies "of" or "from" when no one killed them: "died of pneumonia", "of natural causes"
NATURAL_CAUSES = frozenset({
    "ailment", "alzheimer", "cancer", "dementia", "disease", "illness", "leukemia", "leukaemia", "pneumonia",
    "sickness", "stroke", "tumor", "tumour",
})  # fmt: skip
# "He was 95." after a death with no cause given: an obituary's second sentence
_OLD_AGE = re.compile(r"\s*(?:He|She|[A-Z][\w'’-]+) was (\d{2,3})(?:[.,;]| and\b)")
OLD_AGE = 60
CAUSE_WORDS = frozenset({"of", "from", "after", "in", "when", "as", "following"})  # "died after being shot"
_WHERE = frozenset({"home", "house", "hospital", "sleep", "hospice", "bed"})
# words that are a natural cause only with one of these beside them
_NATURAL_WITH = {
    "age": {"old"},
    "attack": {"heart"},
    "cause": {"natural"},
    "failure": {"heart", "kidney", "liver", "renal", "respiratory", "cardiac", "organ"},
}

_ACTOR_KINDS = {
    "police": set("police policeman policemen officer".split()),
    "state_forces": set(
        "force forces military army troop soldier navy guard commando marine personnel security contingent".split()
    ),
    "rebels": {*ARMED_MEMBERS, "pirate", "bandit", "terrorist"},
    "political_militia": set("gang gangster cartel".split()),  # as ACLED codes criminal gangs
    "protesters": set("protester protestor demonstrator marcher striker activist".split()),
    # the crowd of a protest or a riot, civilians otherwise (workers killed in a warehouse fire)
    "crowd": set("worker dockworker union student employee people crowd farmer fisherman herder".split()),
    "rioters": set("rioter mob looter".split()),
    "civilians": set(
        "civilian resident villager family child pupil schoolchild schoolgirl schoolboy passenger shopper pilgrim"
        " worshipper worshiper patient".split()
    ),
    "government": set("government ministry president administration authority presidency".split()),
}
_KIND_BY_LEMMA = {lemma: kind for kind, lemmas in _ACTOR_KINDS.items() for lemma in lemmas}
NON_STATE = frozenset({"rebels", "political_militia"})  # armed groups that go by their own names
ACLED_NAMES = {
    "police": "Police Forces of {country}",
    "state_forces": "Military Forces of {country}",
    "protesters": "Protesters ({country})",
    "rioters": "Rioters ({country})",
    "rebels": "Unidentified Armed Group ({country})",
    "political_militia": "Unidentified Gang ({country})",
    "civilians": "Civilians ({country})",
    "government": "Government of {country}",
}
# "a U.S. operation", "Israeli air strikes": a country's attack names its forces as the side that acted
ATTACKS = frozenset(
    "operation raid strike airstrike attack offensive bombing bombardment assault incursion invasion shelling".split()
)
# warplanes act for the country that flies them: "Russian bombers struck Kharkiv"
AIRCRAFT = frozenset("warplane jet bomber drone helicopter gunship aircraft".split())
# who the crowd of an event of these types is, in ACLED's words ("23 people" arrested at a riot are rioters)
CROWDS = {"Protests": "protesters", "Riots": "rioters"}
# a definite description standing for a country named before it: "the island's armed forces"
COUNTRY_NOUNS = frozenset({"country", "island", "nation", "republic", "kingdom", "state"})


# cue words that tell what befell people or things, not who or what dealt it: "1,024 people had been killed",
# "nearly 600 houses were destroyed", "15 are still missing" tell the toll of whatever the article's event is
OUTCOMES = frozenset({"killed", "destroyed", "damaged", "missing"})
OUTCOME_ROLES = frozenset({"killed", "injured", "missing", "displaced"})
# sides a toll may name that did not deal it: those it befell, and the authorities who count it ("citing local
# authorities")
BEFALLEN = frozenset({"civilians", "crowd", "government"})


# what deals a toll that the lexicon's classes leave out: "killed in a shooting", "was shot and killed"
CAUSES = re.compile(r"\b(?:shoot\w*|shot|gun\w*|bullets?|knife|knives|machetes?|beat(?:en|ing)?)\b", re.I)


def _outcome(
    doc: Doc, claim: Claim, quantities: list[Quantity], chunks: list[Span], speakers: list[tuple[int, int]]
) -> bool:
    """The claim tells only a toll or damage, naming no one and nothing that dealt it: no cue word but of an
    outcome, no cause (`CAUSES`), no side that deals blows (`BEFALLEN`), and a toll or an outcome word to tell."""
    words = cue_words(claim.text)
    if any(word not in OUTCOMES for word in words) or CAUSES.search(claim.text):
        return False
    if not words and not any(quantities[i].role in OUTCOME_ROLES for i in claim.quantities):
        return False
    for chunk in _sides_named(doc, chunks, claim, speakers):
        lemma = chunk.root.lemma_.lower()
        kind = _kind(lemma)
        if (kind and kind not in BEFALLEN) or lemma in ATTACKS or lemma in AIRCRAFT:
            return False
    return True


# an armed group's own word that an attack was its doing
CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:responsibility|credit|the (?:attack|bombing|assault|ambush|raid|killing)s?)\b", re.I
)


def _claimant(claims: list[Claim], attributions: list[Attribution], entities: dict[str, Entity]) -> Actor | None:
    """The group the article says claimed the attack: the organisation that speaks a claim of responsibility ("The
    Pakistani Taliban claimed responsibility for the attack"), as ACLED names the perpetrator; a one-word name
    the model took for a person's is a group's ("Al-Shabaab claimed responsibility")."""
    for claim in claims:
        said = attributions[claim.attribution] if claim.attribution is not None else None
        if said is None or said.source is None or not CLAIMED.search(claim.text):
            continue
        # the speaker, or the last organisation its words name: "JNIM" of "The al-Qaeda-linked JNIM group"
        named = [
            (m.start, e)
            for e in entities.values()
            if e.type == "ORG"
            for m in e.mentions
            if said.source.start <= m.start < said.source.end
        ]
        entity = entities.get(said.entity) if said.entity else max(named, key=lambda n: n[0], default=(0, None))[1]
        if entity is None:
            continue
        if entity.type in ("ORG", "NORP") or (entity.type == "PERSON" and len(entity.name.split()) == 1):
            return Actor(name=entity.name, country=entity.country, kind="rebels")
    return None


def _unidentified(actor: Actor | None) -> bool:
    """An armed group the event could not name: "Unidentified Armed Group (Pakistan)"."""
    return (
        actor is not None
        and actor.kind == "rebels"
        and actor.name == ACLED_NAMES["rebels"].format(country=country_name(actor.country))
    )


def _kills(doc: Doc, claim: Claim, quantities: list[Quantity]) -> bool:
    """The claim's main verb kills the dead it counts: "A strike on a crowded market killed six people", "three
    marchers were killed"; not "thousands protested the killing of three students", whose deaths are the cause."""
    sentence = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if sentence is None:
        return False
    root = sentence.root  # what the sentence tells, or what it reports told: "…, the governor said"
    told = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")] if root.lemma_ in REPORTING else []
    # killed, not died: a death in custody or of old age kills no one ("Gigante died while in prison custody")
    mains = {v.i for v in (root, *told) if v.lemma_.lower() == "kill"}
    for i in claim.quantities:
        verb = figure_verb(doc, quantities[i]) if quantities[i].total("killed") else None
        if verb is not None and verb.i in mains:
            return True
    return False


def _join_outcomes(
    groups: dict[tuple[str, str, bool], list[tuple[int, float]]], outcomes: set[int], stray: list[tuple[int, float]]
) -> None:
    """Current groups whose every claim only tells a toll or damage (`_outcome`) join the article's weightiest
    current group of a lethal type that tells more, with the `stray` claims of a toll the classifier could not
    type: "1,024 people had been killed" in a quake's report is the quake's toll, not a battle the classifier
    guessed from "killed"."""
    told = [
        key
        for key, members in groups.items()
        if not key[2] and key[:2] not in NON_LETHAL and any(i not in outcomes for i, _ in members)
    ]
    if not told:
        return
    target = max(told, key=lambda key: sum(conf / (1 + LEAD_DECAY * i) for i, conf in groups[key]))
    for key in [k for k in groups if k != target and not k[2]]:
        if all(i in outcomes for i, _ in groups[key]):
            groups[target] += groups.pop(key)
    groups[target] = sorted(groups[target] + stray)


def _sides_named(doc: Doc, chunks: list[Span], claim: Claim, speakers: list[tuple[int, int]]) -> list[Span]:
    """The noun chunks of a claim that may name a side: not a speaker's words ("the Cuban government confirmed
    the deaths" reports the event). `chunks` are the document's, in order."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    first = bisect_left(chunks, span.start, key=lambda chunk: chunk.start)
    last = bisect_left(chunks, span.end, key=lambda chunk: chunk.start)
    return [
        c
        for c in chunks[first:last]
        if c.end <= span.end and not any(s < c.end_char and c.start_char < e for s, e in speakers)
    ]


def _kind(lemma: str) -> str | None:
    """The kind of side a noun's lemma names; a capitalized plural opening a sentence ("Rebels attacked") is tagged
    a proper noun, lemma and all."""
    return _KIND_BY_LEMMA.get(lemma) or _KIND_BY_LEMMA.get(lemma.rstrip("s"))


def _owner_country(chunk: Span, countries: list[tuple[int, str]]) -> str | None:
    """The country "its forces" or "the island's forces" belong to: the last country named before it in the
    sentence."""
    owner = next((t for t in chunk if t.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ in ("its", "their") or owner.lemma_.lower() in COUNTRY_NOUNS):
        return None
    start = chunk.sent.start_char
    before = [code for at, code in countries if start <= at < chunk.start_char]
    return before[-1] if before else None


def _acting(chunk: Span) -> bool:
    """The chunk is the side that acted: the subject of a verb of force, or its passive agent."""
    root = chunk.root
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in FORCE
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in FORCE


def _actors(
    doc: Doc,
    chunks: list[Span],
    claims: list[Claim],
    entities: dict[str, Entity],
    speakers: list[tuple[int, int]],
    here: str | None,
    crowd: str | None,
) -> list[Actor]:
    """The sides named in the event's claims, the side that acted first (ACLED's actor 1).

    A speaker (`speakers`: where the article names who reports) is not a side: "the Cuban government confirmed
    the deaths" reports the event. `chunks` are the document's noun chunks, found once.
    """
    by_offset = {m.start: e for e in entities.values() for m in e.mentions}
    countries = sorted((m.start, e.country) for e in entities.values() if e.country for m in e.mentions)
    found: list[tuple[bool, Actor]] = []
    for claim in claims:
        for chunk in _sides_named(doc, chunks, claim, speakers):
            actor = _actor(chunk, by_offset, countries, here, crowd)
            if actor is not None and all(a.name != actor.name for _, a in found):
                found.append((chunk.root.lemma_.lower() in ATTACKS or _acting(chunk), actor))
    # civilians are the side acted on: ACLED puts them second unless they are all the event names
    return [actor for _, actor in sorted(found, key=lambda f: (not f[0], f[1].kind == "civilians"))]


def _actor(
    chunk: Span, by_offset: dict[int, Entity], countries: list[tuple[int, str]], here: str | None, crowd: str | None
) -> Actor | None:
    """The side a noun chunk names, in ACLED's words, when it is headed by an actor word or a country's attack.

    Its country is an entity in it ("Cuban personnel") or of it ("the navy of Kenya"), else the country its
    possessive points back to ("its forces"), else a demonym in an organization's name ("the Indian Navy"),
    else, for forces, police, protesters and civilians, the country of the event's place (`here`), as ACLED
    names unnamed local police. A government or an attack needs its country named; an attack by an armed group
    named in it ("a pirate attack") is the group's."""
    lemma = chunk.root.lemma_.lower()
    attack = lemma in ATTACKS
    kind = _kind(lemma)
    if lemma == "bomber" and any(t.lower_ == "suicide" for t in chunk):
        kind = "rebels"  # a suicide bomber, not a bomber aircraft
    elif lemma in AIRCRAFT:
        attack = True  # "Russian warplanes": a country's air force, when the country is named
    if attack:  # a country's attack is its forces'; "a Somali pirate attack" is the pirates', "a gang attack" a gang's
        kinds = (_KIND_BY_LEMMA.get(t.lemma_.lower()) for t in chunk if t.i != chunk.root.i)
        kind = next((k for k in kinds if k in NON_STATE), "state_forces")
    if not kind:
        return None
    if kind == "crowd":
        kind = crowd or "civilians"
    # "the navy of Kenya": the country may follow the chunk
    owners = [p for c in chunk.root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if any(p.like_num for p in owners):
        return None  # a measure: "a force of about 6.0 on the Richter scale"
    country = (
        next(
            (by_offset[t.idx].country for t in (*chunk, *owners) if t.idx in by_offset and by_offset[t.idx].country),
            None,
        )
        or _owner_country(chunk, countries)
        or next((code for t in chunk if t.pos_ in ("ADJ", "PROPN") and (code := demonym_country(t.text))), None)
    )
    if country is None and (attack or kind == "government"):
        return None
    country = country or here
    armed = kind in NON_STATE
    # "rebels of the Northern Front", "militants linked to Al-Shabaab"; not the rest of a sentence whose root the
    # parser took that noun for ("Two gunmen on a motorcycle opened fire on Sotelo, of the opposition X, and fled")
    around = chunk.root.subtree if armed and chunk.root.dep_ != "ROOT" else chunk
    named = next((by_offset[t.idx] for t in around if t.idx in by_offset and by_offset[t.idx].type == "ORG"), None)
    if named is None and armed:
        # "M23 rebels", the group's name tagged a place that is none: a name before the noun that no gazetteer knows
        named = next((e for t in chunk if (e := by_offset.get(t.idx)) is not None and _unplaced_name(e)), None)
    if named is not None and kind in ("police", "state_forces") and not _names_a_force(named.name):
        named = None  # "Staunton police", its town tagged an organization: no force of that name
    if named is not None and kind == "state_forces" and _names_a_militia(named.name):
        kind = "rebels"  # "the Rapid Support Forces", "the Allied Democratic Forces": no state's army
    if named is not None and (kind in NON_STATE or country is None):
        name = named.name  # an armed group goes by its own name; "the Coast Dockworkers' Union"
    elif country is not None:
        name = ACLED_NAMES[kind].format(country=country_name(country))
    else:
        return None  # "people", "dockworkers" nowhere in particular: no side ACLED could code
    return Actor(name=name, country=country, kind="state_forces" if kind == "police" else kind)  # police: state


def _unplaced_name(entity: Entity) -> bool:
    """A name tagged a place or a thing that is no place: "M23" (GPE), not "Congolese" nor "Goma"."""
    return entity.type in ("GPE", "LOC", "FAC", "PRODUCT") and entity.place is None and entity.country is None


# words in the name of a force that is no state's: "Rapid Support Forces", "Syrian Democratic Forces", "Popular
# Mobilization Forces", "Sudan People's Liberation Army"
MILITIA_WORDS = frozenset(
    "support democratic liberation revolutionary resistance independence popular mobilization mobilisation allied "
    "patriotic".split()
)


def _names_a_militia(name: str) -> bool:
    return any(word in MILITIA_WORDS for word in name.lower().split())


def _names_a_force(name: str) -> bool:
    """Whether an organization's name says it is a force: "the Lenby Police Department", "the Coast Guard"."""
    return any(_KIND_BY_LEMMA.get(word) in ("police", "state_forces") for word in name.lower().split())


LOCATIVE = frozenset("in on at near outside inside across around throughout within into over off".split())
_PRECISION_WEIGHT = {"city": 1.5, "sea": 1.5, "region": 1.2, "country": 1.0, "continent": 0.5}  # a sea: a ship's place


# where someone lives, not where the event was: "the climber, who had been living in Melbourne, fell"
HOME_VERBS = frozenset({"live", "reside", "base", "settle", "grow", "raise", "bear"})
# verbs whose object is the place a blow fell on: "the earthquake that struck Herat province", "shelled Kharkiv"
STRIKING = FORCE | frozenset(
    "hit rock jolt shake devastate ravage batter lash pound flood inundate swamp engulf sweep flatten level hammer"
    " target".split()
)


# the nouns a place's name makes a place of that name: "Herat province", "Gaza city"; not "a Gulf island", which is
# some island in the Gulf
NAMED_KINDS = frozenset(SETTLEMENTS) - {"island", "coast", "outskirts"}


def _place_word(doc: Doc, start: int, end: int) -> Token | None:
    """The word that stands for a place mention in its clause: its root, or the noun it names ("Herat province")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    word = span.root
    while word.dep_ == "compound" and word.head.i > word.i and word.head.lemma_.lower() in NAMED_KINDS:
        word = word.head
    return word


def _preposition(doc: Doc, start: int, end: int) -> Token | None:
    """The preposition a place mention is the object of: "in" of "in Caracas", "on" of "attack on Caracas", "in"
    of "in Herat province"."""
    word = _place_word(doc, start, end)
    if word is None or word.dep_ != "pobj":
        return None
    preposition = word.head
    kind = preposition.head  # "in the town of Kesto": the town's preposition places the town's name
    if preposition.lower_ == "of" and kind.lower_ in SETTLEMENTS and kind.dep_ == "pobj":
        return kind.head
    return preposition


def _locative(doc: Doc, start: int, end: int) -> bool:
    """A place governed by a locative preposition ("in Caracas", "attack on Caracas") is where
    something happened; a place as subject or possessor ("Havana announced") is a government."""
    preposition = _preposition(doc, start, end)
    return preposition is not None and preposition.lower_ in LOCATIVE


def _where_weight(doc: Doc, start: int, end: int) -> float:
    """How far a place mention says the event happened there: after a locative preposition (`_locative`) or as
    the object of a blow ("struck Herat province") fully, as someone's home not at all ("had been living in
    Melbourne", "born in Essex"), otherwise (a subject, a possessor, a dateline) a little."""
    preposition = _preposition(doc, start, end)
    if preposition is None:
        word = _place_word(doc, start, end)
        struck = word is not None and word.dep_ == "dobj" and word.head.lemma_.lower() in STRIKING
        return 1.0 if struck else 0.25
    if preposition.head.pos_ in ("VERB", "AUX") and preposition.head.lemma_.lower() in HOME_VERBS:
        return 0.0
    return 1.0 if preposition.lower_ in LOCATIVE else 0.25


def _place_weights(doc: Doc, claims: list[Claim], entities: dict[str, Entity]) -> Counter[str]:
    """Each place's weight as where the claims' event happened: named after "in" or "at" counts most, as a
    subject or possessor little, as someone's home not at; earlier claims weigh more."""
    weights: Counter[str] = Counter()
    for position, claim in enumerate(claims):
        for entity_id in claim.places:
            entity = entities[entity_id]
            if entity.place is None:
                continue
            inside = [m for m in entity.mentions if claim.start <= m.start < claim.end]
            where = sum(_where_weight(doc, m.start, m.end) for m in inside) if inside else 0.25
            if where:
                weights[entity_id] += where / (1 + position)
    return weights


def _location(doc: Doc, claims: list[Claim], entities: dict[str, Entity], everywhere: Counter[str]) -> Place | None:
    """The place the event's claims name as where it happened, made as precise as the article allows:
    a country refines to a city of that country the article names locatively (ACLED codes the most
    precise location reported)."""
    weights = _place_weights(doc, claims, entities)
    if not weights:
        return None
    best = max(weights, key=lambda e: weights[e] * _PRECISION_WEIGHT.get(entities[e].place.precision, 0.5))
    place = entities[best].place
    if place.country is None and place.lat is None:  # a town not on the map is in the country the claims name most
        located = [e for e in weights if entities[e].place.country]
        country = entities[max(located, key=lambda e: weights[e])].place.country if located else None
        return replace(place, country=country)
    if place.precision not in ("country", "region"):
        return place
    cities = [
        e
        for e in everywhere
        if entities[e].place.precision == "city"
        and entities[e].place.country in (place.country, None)
        and any(_locative(doc, m.start, m.end) for m in entities[e].mentions)
    ]
    if not cities:
        return place
    city = entities[max(cities, key=lambda e: everywhere[e])].place
    return replace(city, country=city.country or place.country)


def _day(
    claims: list[Claim], times: list[TimeExpr], reference: date | None, skip: AbstractSet[int] = frozenset()
) -> tuple[str | None, str | None]:
    """The earliest day the claims name up to publication, if they name one: an event happens once, and the later
    days its report names are more often those of its aftermath ("broke out late on Monday night", "the toll rose
    on Wednesday"). Not the times `skip`."""
    days = [
        times[i] for c in claims for i in c.times if i not in skip and times[i].granularity in ("day", "days", "time")
    ]
    days = [t for t in days if t.value]
    if reference is not None:
        days = [t for t in days if t.value[:10] <= reference.isoformat()] or days
    if days:
        chosen = min(days, key=lambda t: t.value)
        return chosen.value[:10], chosen.end_value
    return None, None


def _telling_times(doc: Doc, claims: list[Claim], times: list[TimeExpr], attributions: list[Attribution]) -> set[int]:
    """The times that date a report's telling, not what it tells: "Wednesday" of "the army said on Wednesday that
    31 people were killed" (a strike on Tuesday)."""
    telling = set()
    for claim in claims:
        said = attributions[claim.attribution] if claim.attribution is not None else None
        if said is None or said.cue is None:
            continue
        for i in claim.times:
            time = times[i]
            if said.content.start <= time.start < said.content.end:
                continue
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            verb = path_to_verb(span.root)[-1] if span is not None else None
            # a verb of telling only: "a jury recommended on April 3 that he be executed" did what it tells
            if verb is not None and said.cue.start <= verb.idx < said.cue.end and verb.lemma_.lower() in REPORTING:
                telling.add(i)
    return telling


def _date(
    claims: list[Claim], times: list[TimeExpr], reference: date | None, skip: AbstractSet[int] = frozenset()
) -> tuple[str | None, str | None]:
    """The event's day (`_day`), else the finest time its claims name; not the times `skip`."""
    day = _day(claims, times, reference, skip)
    if day[0] is not None:
        return day
    # "in 2014 and 2017": a year, not today; "this week" rather than the year a law runs "through 2026"
    coarse = [times[i] for c in claims for i in c.times if i not in skip and times[i].value]
    if reference is not None:
        coarse = [t for t in coarse if t.value[:10] <= reference.isoformat()] or coarse
    if coarse:
        chosen = min(coarse, key=lambda t: RANK.get(t.granularity or "", len(RANK)))
        return chosen.value, chosen.end_value
    return None, None


def _fatalities(
    claims: list[Claim], quantities: list[Quantity], text: str
) -> tuple[int | None, int | None, int | None]:
    """The toll the claims give most often (on a tie, the larger), and its lowest and highest bounds; parts of one
    toll a claim joins ("five soldiers and ten militants were killed") count as their sum too."""
    figures = []  # (low, value, high) of each toll stated
    for claim in claims:
        killed = [q for i in claim.quantities if (q := quantities[i]).total("killed") and q.value is not None]
        figures += [(_low(q), int(q.value), _high(q)) for q in killed]
        for run in joined_tolls(killed, "killed", text):
            figures.append(tuple(sum(f(q) for q in run) for f in (_low, lambda q: int(q.value), _high)))
    if not figures:
        return None, None, None
    best = max(Counter(value for _, value, _ in figures).items(), key=lambda item: (item[1], item[0]))[0]
    return min(low for low, _, _ in figures), best, max(high for _, _, high in figures)


def _low(q: Quantity) -> int:
    return int(q.low if q.low is not None else q.value or 0)


def _high(q: Quantity) -> int:
    return int(q.high if q.high is not None else q.value or 0)


def _natural_death(doc: Doc, claim: Claim) -> bool:
    """The claim reports that a person died of an illness or of age ("Ada Voss died of pneumonia", "she died
    peacefully in her sleep", "died after suffering a heart attack", "succumbed to complications"), or died with
    no cause given when the sentence after gives an old age ("… died Thursday at his home. He was 95."):
    no one's act, so no event, and an article that leads with one is an obituary whose other events are its
    subject's past. Not "two people died of heat stroke": deaths counted are news of something else."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    for verb in span if span is not None else ():
        if not _dies(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = _subject(verb)
        if subject is None or not _a_person(subject):
            continue
        if not any(map(_gives_cause, verb.children)):
            age = _OLD_AGE.match(doc_text(doc), claim.end)
            if age and int(age[1]) >= OLD_AGE:
                return True
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in ("peacefully", "naturally"):
                return True
            if child.dep_ != "prep":
                continue
            if child.lower_ == "in" and any(t.lemma_ == "sleep" for t in child.children):
                return True
            if child.lower_ in ("of", "from", "after", "to") and any(_natural_cause(t) for t in child.subtree):
                return True
    return False


def _a_person(subject: Token) -> bool:
    """One person, named or "he" or "she": "Ada Voss", "my stepmother Ada Voss"; not "two people"."""
    named = subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")
    return named or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)


def _dies(verb: Token) -> bool:
    """ "died", "succumbed", "passed away", "passed peacefully"."""
    lemma = verb.lemma_.lower()
    if lemma == "pass":
        return any(
            c.lower_ in ("away", "on", "peacefully") and c.dep_ in ("prt", "advmod", "prep") for c in verb.children
        )
    return lemma in ("die", "succumb")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is conjoined to ("Page, whose photos made her
    a cult favorite, died …", parsed as "Page made …, died …")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _gives_cause(child: Token) -> bool:
    """A dependent of "died" that may say how: "of …", "after being shot", "in a crash", "in custody"; not where
    ("in Lenby", "at his home", "in hospital")."""
    if child.dep_ not in ("prep", "advcl") or child.lower_ not in CAUSE_WORDS:
        return False
    if child.lower_ != "in":
        return True
    return not any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in _WHERE for p in child.children)


def _natural_cause(word: Token) -> bool:
    """An illness, old age or "natural causes"; a heart attack, not an attack; kidney failure, not a dam's."""
    lemma, modifiers = word.lemma_.lower(), {c.lower_ for c in word.children}
    if lemma in _NATURAL_WITH:
        return bool(modifiers & _NATURAL_WITH[lemma])
    return lemma in NATURAL_CAUSES


def extract_events(
    doc: Doc,
    claims: list[Claim],
    entities: list[Entity],
    times: list[TimeExpr],
    quantities: list[Quantity],
    attributions: list[Attribution],
    reference: date | None,
) -> list[Event]:
    """The article's events, its main event first; `reference` is the day it speaks from."""
    if not claims:
        return []
    natural = {i for i, claim in enumerate(claims) if _natural_death(doc, claim)}
    obituary = bool(natural) and min(natural) < LEAD_CLAIMS
    by_id = {e.id: e for e in entities}
    # the article's places, for refining each event's: a current event's from the claims that tell the news, not a
    # quake of 1939 in another city
    news = [c for c in claims if not c.background] or claims
    news_places = _place_weights(doc, news, by_id)
    all_places = news_places if len(news) == len(claims) else _place_weights(doc, claims, by_id)
    chunks = noun_chunks(doc)
    speakers = [(a.source.start, a.source.end) for a in attributions if a.source is not None]
    groups: dict[tuple[str, str, bool], list[tuple[int, float]]] = defaultdict(list)
    stray: list[tuple[int, float]] = []  # untyped claims that tell a toll and nothing else
    mistaken: list[int] = []  # claims typed a kind that kills nobody that tell of their own dead
    # the sparse head: the dense one embeds every claim, several times the cost of the spaCy pass (docs/figures.md)
    for index, (claim, ((code, event_type, sub_type, confidence), report)) in enumerate(
        zip(claims, read_claims([c.text for c in claims]), strict=True)
    ):
        if report < EVENT_REPORT or index in natural:
            continue
        if code in NON_LETHAL_CODES and _kills(doc, claim, quantities):
            mistaken.append(index)  # "A strike on a crowded market killed six people": no walkout
            continue
        if code in NON_EVENTS or confidence < MIN_CONFIDENCE:
            # a toll whose type the classifier cannot tell may still be the main event's: `_join_outcomes`
            if not (claim.background or obituary) and _outcome(doc, claim, quantities, chunks, speakers):
                stray.append((index, confidence))
            continue
        groups[(event_type, sub_type, claim.background or obituary)].append((index, confidence))
    for index, (_, event_type, sub_type, confidence) in zip(
        mistaken, lethal_types([claims[i].text for i in mistaken]), strict=True
    ):
        groups[(event_type, sub_type, claims[index].background or obituary)].append((index, confidence))
    for members in groups.values():
        members.sort()
    outcomes = {
        i for members in groups.values() for i, _ in members if _outcome(doc, claims[i], quantities, chunks, speakers)
    }
    _join_outcomes(groups, outcomes, stray)
    telling = _telling_times(doc, claims, times, attributions)
    # the lead names the day of what the report is about; a later sentence's day is as often an earlier happening's
    lead = next((i for i, c in enumerate(claims) if not c.background), None)
    lead_day = _day([claims[lead]], times, reference)[0] if lead is not None else None
    text = doc_text(doc)
    # an article that tells no current event in its lead tells only of the past (all its events background, below)
    current = any(min(i for i, _ in members) < LEAD_EVENT for (*_, past), members in groups.items() if not past)
    events = []
    for (event_type, sub_type, background), members in groups.items():
        member_claims = [claims[i] for i, _ in members]
        score = sum(conf / (1 + LEAD_DECAY * i) for i, conf in members)
        past = background or not current
        places = all_places if past else news_places
        location = _location(doc, member_claims, by_id, places) or _location(
            doc, claims if past else news, by_id, places
        )
        here = location.country if location else None
        actors = _actors(doc, chunks, member_claims, by_id, speakers, here, CROWDS.get(event_type))
        lethal = (event_type, sub_type) not in NON_LETHAL
        low, best, high = _fatalities(member_claims, quantities, text) if lethal else (None, None, None)
        day, day_end = _date(member_claims, times, reference, telling)
        if day is None and not background and lead is not None:  # "Riot police used tear gas": on the lead's day
            day, day_end = _day([claims[lead]], times, reference, telling)
        dated = day is not None
        if day is None:  # the day it was told of, else the day the article speaks from
            day, day_end = _date(member_claims, times, reference)
        if day is None and reference is not None:
            day = reference.isoformat()
        events.append(
            Event(
                event_type=event_type,
                sub_event_type=sub_type,
                actor1=actors[0] if actors else None,
                actor2=actors[1] if len(actors) > 1 else None,
                location=location,
                date=day,
                date_end=day_end,
                dated=dated,
                fatalities_low=low,
                fatalities_best=best,
                fatalities_high=high,
                claims=[i for i, _ in members],
                background=background,
                confidence=round(score, 3),
            )
        )
    if not current:
        for event in events:
            event.background = True
    # the lead's event is the main one; within it, ACLED records violence by its dead: a casualty event first, but
    # not one over before the lead's day that the lead does not tell ("revenge for an air strike last week")
    events.sort(
        key=lambda e: (
            e.background,
            min(e.claims) >= LEAD_EVENT,
            lead_day is not None and lead not in e.claims and ends_before(e.date_end or e.date or lead_day, lead_day),
            e.fatalities_best is None,
            -e.confidence,
        )
    )
    if events and not events[0].background and (events[0].event_type, events[0].sub_event_type) not in NON_LETHAL:
        _name_the_striker(events[0], _claimant(claims, attributions, by_id))
    return events


def _name_the_striker(main: Event, claimant: Actor | None) -> None:
    """A claim of responsibility names the side that struck in the article's main event, if the event could not:
    in place of an unidentified armed group, or before the civilians it struck."""
    if claimant is None:
        return
    if main.actor1 is None or _unidentified(main.actor1):
        main.actor1 = replace(claimant, country=claimant.country or (main.location and main.location.country))
    elif main.actor1.kind == "civilians" and main.actor2 is None:
        main.actor1, main.actor2 = replace(claimant, country=claimant.country or main.actor1.country), main.actor1
