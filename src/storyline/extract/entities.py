"""Entities of one article: spaCy's name mentions, corrected, grouped under a canonical name, and placed.

The small English model errs in a few recurring ways: heads of state tagged ORG, surnames tagged GPE,
headings tagged PERSON. The corrections rest on evidence inside the article (the same name tagged PERSON
elsewhere, a title before a name, a coordination with a person, a country's name or demonym) rather than
on lists of names, so they hold for articles never seen while tuning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.extract.nlp import doc_text
from storyline.extract.places import (
    CITY_OVER_REGION,
    NOTABLE_CITY,
    alternate_in,
    countries,
    country_code,
    country_place,
    demonym_country,
    fold,
    geocode,
    in_country,
    in_state,
    lone_town,
    major_city,
    place_countries,
    population,
    region_in,
    state_named,
    town_countries,
    town_in,
    us_county,
    us_state,
)
from storyline.model import Entity, Mention, Place
from storyline.stories.text import line_datelines

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
COUNTY_WORDS = frozenset({"counties", "county"})  # not "parish": "St. Mary's parish" is a church's
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels of mentions kept only when they turn out to be a person or a place ("Balogun" as WORK_OF_ART)
NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "FAC"}) | NAME_LABELS  # labels a mis-tagged place gets
NAMED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # labels a mis-tagged full name of a person gets
# fmt: off
# words that put a person's name after them: "President Donald Trump", "analyst Jorge Jraissati"
TITLES = frozenset({
    "president", "vice-president", "premier", "chancellor", "minister", "secretary", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "councillor", "councilman",
    "councilwoman", "ambassador", "envoy", "diplomat", "spokesman", "spokeswoman", "spokesperson", "leader",
    "dictator", "strongman", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "ayatollah", "cleric", "judge", "magistrate", "prosecutor", "attorney",
    "lawyer", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt",
    "commander", "cmdr", "admiral", "adm", "sergeant", "sgt", "marshal", "officer", "commissioner", "inspector",
    "chief", "director", "chairman", "chairwoman", "chairperson", "ceo", "founder", "mr", "mrs", "ms", "miss", "mx",
    "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady", "analyst", "economist", "researcher",
    "scientist", "expert", "activist", "journalist", "reporter", "correspondent", "columnist", "author",
    "historian", "candidate", "nominee", "deputy", "speaker", "pres", "sec", "atty", "asst", "amb", "msgr", "rev",
    "fr", "supt", "insp", "det", "cpl", "pvt", "sens", "reps", "govs", "gens", "chair", "treasurer", "comptroller",
    "auditor", "alderman", "sheriff", "superintendent", "principal", "coach",
})
# titles that make a person of any name they start ("Ms Okafor" tagged GPE); others only start PERSON spans
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"})
# titles of offices, which the model takes into a PERSON span ("Charlotte Mayor") and no name ends with
OFFICES = frozenset({
    "president", "minister", "secretary", "senator", "governor", "mayor", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "ceo", "director", "commissioner", "premier", "chancellor",
    "congressman", "congresswoman", "leader", "analyst", "principal", "superintendent", "sheriff", "coach",
    "councilman", "councilwoman", "councillor", "councilor", "alderman", "detective", "prosecutor",
})
# portfolio words the model tags ORG before a title: "Defence Minister Vladimir Padrino"
PORTFOLIOS = frozenset({
    "defence", "defense", "foreign", "interior", "home", "finance", "treasury", "justice", "health", "education",
    "trade", "commerce", "energy", "economy", "agriculture", "labour", "labor", "transport", "environment",
    "culture", "information", "communications", "security",
})
# prepositions before a name that make it a place: "a rally in Havana"
LOCATIVES = frozenset({
    "in", "at", "from", "to", "into", "near", "outside", "inside", "across", "around", "toward", "towards", "via",
    "within", "throughout", "off",
})
# prepositions that put a name on the map and seldom stand before a person, as "to" and "around" do ("wrote to
# Obama", "those around Trump"): "sank off Lampedusa"
SPATIAL = frozenset({"in", "near", "outside", "off"})
# members of an armed group, after its name: "Boko Haram militants" (the model tags such names PERSON)
ARMED_MEMBERS = frozenset({
    "militant", "fighter", "rebel", "insurgent", "jihadist", "guerrilla", "gunman", "gunmen", "extremist",
    "militiaman", "militia", "paramilitary",
})
# verbs whose subject speaks: a word opening a sentence as their subject is a name ("Bush said")
_SAYING = frozenset({"say", "tell", "add", "ask", "write", "announce"})
# lower-case words after a region's name: "Lebap province", "Borno state" (the model tags such names PERSON or ORG)
REGION_KINDS = frozenset({"state", "province", "region", "governorate", "prefecture", "oblast"})
# a common noun of a settled place, with "of" before a name, and the precision it gives the name: "the city of
# Marseille", "the village of Gavarzin" (the model tags such names PERSON or ORG as often as GPE)
SETTLEMENTS = {
    **dict.fromkeys(
        ("city", "town", "village", "hamlet", "township", "suburb", "municipality", "capital", "outskirts", "port"),
        "city",
    ),
    **dict.fromkeys(("province", "region", "district", "county", "state", "island", "coast"), "region"),
}
VERB_LEADS = frozenset({"aux", "auxpass", "neg", "advmod"})  # words a verb leads with: "May not have", "Just"
MODALS = frozenset({"will", "can", "could", "would", "should", "may", "might", "must", "shall"})
VERSUS = frozenset({"v.", "vs.", "v", "vs", "versus"})
NAME_ENDS = LOCATIVES | {"/", ":"}  # words a person's name stops before: "Oskar Lind: Helicopters." is a turn
# nouns of the ground a place's possessive owns: "Mombasa's container terminal" is in Mombasa
GROUNDS = frozenset({
    "port", "terminal", "harbour", "harbor", "gate", "airport", "street", "road", "centre", "center", "outskirts",
    "suburb", "district", "neighbourhood", "neighborhood", "market", "square", "coast", "border", "streets",
    "downtown", "waterfront", "slum", "slums", "quarter", "station", "prison", "hospital", "stadium", "bridge",
})
# last words of organisations' names, which the model tags PERSON ("Coastline Wire", "Tembo Bay Logistics")
ORG_LAST_WORDS = frozenset({
    "times", "post", "news", "herald", "gazette", "ledger", "tribune", "journal", "courier", "wire", "press",
    "chronicle", "bulletin", "telegraph", "observer", "mirror", "dispatch", "tv", "radio", "broadcasting",
    "agency", "magazine", "logistics", "ltd", "limited", "inc", "corp", "corporation", "company", "co", "group",
    "holdings", "industries", "enterprises", "authority", "council", "union", "bank", "party", "ministry", "police",
    "department", "bureau", "association", "foundation", "institute", "university", "college", "committee",
    "commission", "federation",
    "airlines", "airways", "motors", "systems", "technologies", "partners", "services", "plc", "llc", "gmbh",
    # a place named after a person: "the Muhammad Ali Center" is a museum, and would take the boxer's mentions
    "center", "centre", "museum", "library", "hospital", "clinic", "academy", "stadium", "arena", "airport",
    "tower", "towers", "building", "plaza", "hotel", "house", "school", "schools", "service", "survey", "consulting",
    "gop", "democrats", "republicans", "fire",
})
# fmt: on
STREETS = frozenset(
    "street st avenue ave road rd boulevard blvd lane ln drive dr way court ct place pl highway hwy terrace".split()
)
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname: "Anthony LaCalamita III"
GENDERED = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# words before a name that are not part of it ("the" in any case; others only in lower case, so "La Paz" stays)
ARTICLES = frozenset("a an his her its their our la el los las le les il lo der die das".split())
# lower-case words a name may open with once ARTICLES are cut: "de Blasio", "van Gogh", "al-Assad", "bin Talal"
PARTICLES = frozenset({"de", "del", "da", "di", "do", "dos", "van", "von", "den", "al", "bin", "ibn"})
CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "la", "los", "las", "y", "et", "des", "du"})
NAME_PARTS = frozenset({"compound", "amod", "nmod", "flat"})  # how a name's words hang on one another
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "poss", "pobj", "dative"})  # a noun a verb takes
_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,7}\.?")


@dataclass(slots=True)
class _Candidate:
    """A mention while it is being corrected, with the cues the corrections read."""

    start: int
    end: int
    text: str
    label: str
    titled: bool  # preceded by a title, or one stripped from its start
    locative: bool  # preceded by a locative preposition, or owning ground ("Mombasa's port")
    spatial: str | None  # the spatial preposition before it, with no possessive after: "off Lampedusa", not "in
    # Obama's speech"
    proper: bool  # every word a proper noun
    root: int  # token index of the span's root
    conjuncts: frozenset[int]  # token indexes coordinated with the root
    words: frozenset[str]  # folded words of the name, to match a surname within a full name
    acronym: str | None = None  # "(DGCIM)" right after the name
    country: str | None = None
    gendered: bool = False  # the subject of a clause that says "her" or "his": a person's name
    county: bool = False  # named before "counties" or listed with one that is: "Kalamazoo and Van Buren counties"
    after_place: bool = False  # right after a place and its comma: "Surrey" of "in Banstead, Surrey,"
    country_after: str | None = None  # the country named "in" right after it: "Sfax" of "left Sfax, in Tunisia"
    settlement: str | None = None  # the precision "the city of", "the province of"... before the name gives
    region_after: bool = False  # before a lower-case kind of region: "Lebap province", "Borno state"
    kind_after: str | None = None  # the precision a kind of place after the name gives it: "Velm district"
    armed: bool = False  # names the members of an armed group: "Boko Haram militants", "Al-Shabaab fighters"


def extract_entities(doc: Doc, headings: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Entities of the article in order of first mention, ids "e1", "e2"...; headings and captions are skipped."""
    candidates = _candidates(doc, headings)
    cued = _heading_locatives(doc, headings)
    for dateline, known in _datelines(doc):
        cued.add(fold(dateline.text))
        # the model tags a dateline in pieces, if at all: "ST" a place and "JOSEPH" a person in "ST. JOSEPH"
        inside = {id(c) for c in candidates if dateline.start_char <= c.start and c.end <= dateline.end_char}
        whole = any(c.start == dateline.start_char and c.end == dateline.end_char for c in candidates)
        across = any(c.start < dateline.end_char < c.end for c in candidates)
        if not whole and not across and (candidate := _candidate(dateline)) is not None:
            candidates = [candidate, *(c for c in candidates if id(c) not in inside)]
        for c in candidates if not known else ():
            if c.start == dateline.start_char and c.end == dateline.end_char:
                c.settlement = c.settlement or "city"  # a town no gazetteer here knows, where the report is filed
    common = _written_common(doc, candidates)
    candidates = [c for c in candidates if not _joins_names(c, candidates) and not _common_word(doc, c, common)]
    _cut_headline_run_ons(doc, candidates)
    _correct(candidates, cued)
    unknown = _unknown_places(candidates)
    groups = _merge_aliases(_group(candidates), _aliases(doc_text(doc), candidates))
    entities = _same_places([_entity(group) for group in groups])
    text = doc_text(doc)
    settled = _settle_pairs(entities, text)
    _settle_places(entities, text, settled)
    _settle_states(entities, settled)
    _settle_foreign_regions(entities, settled)
    _unbacked_alternates(entities, settled)
    _unlocated(entities, unknown, text)
    entities.sort(key=lambda e: e.mentions[0].start)
    for number, entity in enumerate(entities, 1):
        entity.id = f"e{number}"
    return entities


# --- mentions -----------------------------------------------------------------------------------------------


def _candidates(doc: Doc, headings: Sequence[tuple[int, int]]) -> list[_Candidate]:
    found = []
    for ent in [*_joined_countries(doc), *_untagged_settlements(doc)]:
        if ent.label_ not in LABELS | NAME_LABELS or any(ent.start_char < e and s < ent.end_char for s, e in headings):
            continue
        if candidate := _candidate(ent):
            found.append(candidate)
    return sorted(found, key=lambda c: c.start)


def _joined_countries(doc: Doc) -> list[Span]:
    """The model's entities, with a country's name it cut at "of" made whole again: "the Democratic Republic of
    the" + "Congo" is the Democratic Republic of the Congo, not "Congo", the other republic."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent, after = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        cut = ent[-1].lower_ == "of" or (len(ent) > 1 and ent[-1].lower_ == "the" and ent[-2].lower_ == "of")
        # the model may leave the "the" after "of" out of both: "eastern Democratic Republic of" [the] "Congo"
        gap = doc[ent.end : after.start] if after is not None else None
        if cut and gap is not None and gap.text.lower() in ("", "the") and ent.label_ in PLACE_LABELS:
            start = next((t.i for t in ent if t.is_title or t.is_upper), ent.start)  # not "the", "eastern"
            if country_code(doc[start : after.end].text):
                joined.append(Span(doc, start, after.end, label=ent.label_))
                i += 2
                continue
        joined.append(ent)
        i += 1
    return joined


def _untagged_settlements(doc: Doc) -> list[Span]:
    """Proper nouns the model left untagged after "the town of", "the village of"...: "recaptured the nearby town of
    Gwoza" names a place all the same."""
    found = []
    for of in doc:
        if of.lower_ != "of" or of.i == 0 or doc[of.i - 1].text not in SETTLEMENTS:
            continue
        end = of.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        name = doc[of.i + 1 : end]
        if len(name) and not any(t.ent_type_ for t in name):
            found.append(Span(doc, name.start, name.end, label="GPE"))
    return found


def _heading_locatives(doc: Doc, headings: Sequence[tuple[int, int]]) -> set[str]:
    """Names after "in", "at"... inside headings, which are no mentions but still say what is a place:
    a title's "Riot at Mombasa port gate" makes the body's "Mombasa's container terminal" a place."""
    return {
        fold(ent.text)
        for ent in doc.ents
        if ent.start > 0
        and doc[ent.start - 1].lower_ in LOCATIVES
        and any(start <= ent.start_char < end for start, end in headings)
    }


def _datelines(doc: Doc) -> list[tuple[Span, bool]]:
    """The places datelines open the article or a later paragraph with ("CUSCO —", "MOMBASA, Kenya —"; a
    convention day's "CLEVELAND - Donald Trump …"), which the model seldom tags: where the story is told from, a
    place by the convention itself. Each with whether a gazetteer knows it; one it does not is taken only when the
    text also puts it after "in", "near"… ("TARVO - … outside Tarvo"), which no rubric ("UPDATE -") is."""
    text = doc_text(doc)
    found = []
    for match in line_datelines(text):
        start = match.start()
        name = re.split(r",|\s[—–-]|\s\(", match.group(0), maxsplit=1)[0].strip()
        span = doc.char_span(start, start + len(name), label="GPE", alignment_mode="contract")
        if span is None or not len(span):
            continue
        if geocode(name.title(), "GPE") is not None:
            found.append((span, True))
        elif re.search(rf"\b(?:{'|'.join(LOCATIVES)}) {re.escape(name.title())}\b", text):
            found.append((span, False))
    return found


def _candidate(ent: Span) -> _Candidate | None:
    """The name inside an entity span: without "the", a possessive, punctuation or a leading title."""
    offset = max(ent.start - 2, 0)
    tokens = list(ent.doc[offset : ent.end + 3])  # the span and the few tokens around it that the cues read
    start, end = ent.start - offset, ent.end - offset
    while start < end and (
        tokens[start].lower_ == "the"
        or tokens[start].text in ARTICLES
        or tokens[start].is_punct
        or tokens[start].is_space
    ):
        start += 1
    modal = start < end and (tokens[start].tag_ == "MD" or tokens[start].lower_ in MODALS)  # ("Will" may be NNP)
    if modal and (verb := next((i for i in range(start, end) if tokens[i].tag_ == "VB"), None)):
        start, end = start + 1, verb  # a headline's question: "Will Twitter Be Next" asks about Twitter
    end = _before_its_verb(tokens, start, end)
    while end > start and (
        tokens[end - 1].lower_ in POSSESSIVES
        or tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or (tokens[end - 1].text in CONNECTORS)  # "Fact-Finding Mission on" cut before its place
    ):
        end -= 1
    end = next((i for i in range(start, end) if "\n" in tokens[i].text), end)  # a name ends at a line break
    if end - start > 1 and _opening_verb(tokens[start], ent.doc[offset + start + 1 : offset + end]):
        start += 1  # a verb whose object the name is: "Telling Jeb Bush to quit", "Losing Thomas to injury"
    if dash := next((i for i in range(start + 1, end - 1) if _spaced_dash(tokens[i])), None):
        # nor runs across a dash into the clause after it ("Tax Policy Center - half", "Trump - 60 percent"); a
        # dateline in capitals opening a paragraph goes before it ("CLEVELAND - Donald Trump"). Capitals on both
        # sides are one name, in text that spaces its hyphens ("Strauss - Kahn", "SKY - TV")
        first = ent.doc[offset + start]
        opening = first.i == 0 or "\n" in ent.doc[first.i - 1].text_with_ws
        next_word = tokens[dash + 1].text
        capitals = all(t.text.isupper() or t.is_punct for t in tokens[start:dash])
        if opening and capitals and not next_word.isupper():
            start = dash + 1
            rest = ent.doc[offset + start : offset + end].text
            if ent.label_ in PLACE_LABELS and geocode(rest, ent.label_) is None:
                return None  # "NEW YORK - Presidential campaigns": the place was the dateline's
        elif not next_word[:1].isupper():
            end = dash
    label, titled = ent.label_, False
    if label == "PERSON":  # a person's name holds no possessive ("Venezuela’s Response" is a heading), no
        # preposition of place ("her sister Victoria at Sandy Hook"), no slash (a photograph's "Ivo Marsh / Lenby Wire")
        ends = (i for i in range(start, end) if tokens[i].lower_ in POSSESSIVES or tokens[i].text in NAME_ENDS)
        end = next(ends, end)
        offices = [i for i in range(start + 1, end) if tokens[i].lower_ in OFFICES]
        if offices and offices[-1] < end - 1:  # "Charlotte Mayor Jennifer Roberts": the name follows the office
            start, titled = offices[-1] + 1, True
        elif offices:  # "Charlotte Mayor" then a name tagged apart: the place or body of the office
            end = offices[-1]
            label = "GPE" if geocode(ent.doc[offset + start : offset + end].text, "ORG") else "ORG"
    elif label in NAMED_LABELS:  # "Lenby Elementary Principal Ilse Varga" tagged ORG: the person after the office
        offices = [i for i in range(start + 1, end - 2) if tokens[i].text.istitle() and tokens[i].lower_ in OFFICES]
        if offices and _name_like(tokens[offices[-1] + 1 : end]):
            start, titled, label = offices[-1] + 1, True, "PERSON"
    titled = titled or (start > 0 and _is_title(tokens[start - 1]))
    strippable = TITLES if label == "PERSON" else HONORIFICS  # not "General" of "General Motors"
    while end - start > 1 and tokens[start].lower_.rstrip(".") in strippable and _name_like(tokens[start + 1 : end]):
        start, titled = start + 1, True
    span = ent.doc[offset + start : offset + end]
    if start >= end or span.text.islower() or _BRACKETED_LETTER.search(span.text):
        return None  # no name: "n’t", "charlatan", a quotation's "[W]e"
    if sum(t.text.islower() and t.text not in CONNECTORS and not t.is_punct for t in span) > 1:
        return None  # a phrase, not a name: "Ahora llegamos al mercado" (the English model on Spanish text)
    opening = span[0].text
    hyphenated = len(span) > 1 and span[1].text == "-"  # "anti-Castro", "pro-Russian": the model's NORP
    if opening[0].isalpha() and opening.islower() and opening not in PARTICLES and not (hyphenated and label == "NORP"):
        return None  # a name does not open with a common word: "distritos de San Sebastián", "avenida de la Cultura",
        # nor is a stance a person ("pro-Trump forces")
    if "://" in span.text or span.text.startswith("www."):
        return None  # a link: "http://bit.ly/1Tnr3QM"
    if any(t.text in VERSUS for t in span[1:-1]):  # (lower case: "V." is an initial)
        return None  # a lawsuit or a match: "Trump v. Trump" would take the surname's mentions from the person
    after = tokens[end : end + 3]
    if label in PLACE_LABELS and after and _street_after(after):
        return None  # a street's name, not its town's: "Washington and Broad Streets", "Lincoln Ave."
    if fold(span.text) in PORTFOLIOS and after and _is_title(after[0]):
        return None  # a portfolio before a title is part of the title: "Defence Minister"
    before = tokens[: ent.start - offset]
    # "sank off Lampedusa"; not "in the Clinton White House" nor "off Steelers quarterback Mason Rudolph"
    spatial = before[-1].lower_ if before and before[-1].lower_ in SPATIAL and span.root.dep_ != "compound" else None
    if before and before[-1].lower_ == "the":
        before.pop()
    titled = titled or (label in NAMED_LABELS and _apposed_to_a_title(span, label))
    defined = len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper()
    return _Candidate(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
        titled=titled,
        locative=(bool(before) and before[-1].lower_ in LOCATIVES) or _owns_ground(span) or _before_a_state(after),
        spatial=None if after and after[0].tag_ == "POS" else spatial,
        proper=_name_like(tokens[start:end]),
        root=span.root.i,
        conjuncts=frozenset(t.i for t in span.root.conjuncts),
        words=name_words(span.text),
        acronym=after[1].text if defined else None,
        gendered=label == "ORG" and _gendered_subject(span),  # only an ORG is ever corrected by it
        county=bool(after) and after[0].lower_ in COUNTY_WORDS,
        after_place=len(before) == 2 and before[1].text == "," and before[0].ent_type_ in PLACE_LABELS,
        country_after=_in_a_country(span),
        # in lower case: "the Department of Justice", "the City of London Corporation" name bodies
        settlement=SETTLEMENTS.get(before[0].text) if len(before) == 2 and before[1].lower_ == "of" else None,
        # an adjective before "region" is no region's name: "the Balkan region" is not Turkmenistan's Balkan province
        region_after=bool(after) and after[0].text in REGION_KINDS and label != "NORP",
        kind_after=("region" if after[0].text in REGION_KINDS else SETTLEMENTS.get(after[0].text)) if after else None,
        armed=span.root.dep_ == "compound" and span.root.head.lemma_.lower() in ARMED_MEMBERS,
    )


def _in_a_country(span: Span) -> str | None:
    """The code of the country named "in" right after the name, with or without a comma: "Sfax, in Tunisia"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "in" or doc[i + 1].ent_type_ != "GPE" or doc[i + 1].ent_iob_ != "B":
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return country_code(doc[i + 1 : end].text)


def _written_common(doc: Doc, candidates: list[_Candidate]) -> set[str]:
    """The candidates' words, in lower case, that the article writes in lower case too and never capitalises inside
    a sentence: found in one pass over the doc, not one per candidate."""
    words = {doc[c.root].lower_ for c in candidates}
    lower, capitalised_inside = set(), set()
    for token in doc:
        form = token.lower_
        if form not in words:
            continue
        if token.text.islower():
            lower.add(form)
        elif form not in capitalised_inside and not _opens_sentence(token):
            capitalised_inside.add(form)
    return lower - capitalised_inside


def _common_word(doc: Doc, candidate: _Candidate, common: set[str]) -> bool:
    """One capitalised word that is a common one: a member of an armed group ("Gunmen abducted 23 pupils"), or a
    word opening a sentence that the article writes in lower case too and never capitalises inside a sentence
    ("Arson is suspected" beside "call it arson"; "Riot police" beside "the riot")."""
    word = doc[candidate.root]
    if (word.idx, word.idx + len(word)) != (candidate.start, candidate.end) or word.is_upper:
        return False
    if word.lower_ in ARMED_MEMBERS or word.lemma_.lower() in ARMED_MEMBERS:
        return True
    if _opens_sentence(word) and names_a_measure(word):
        return True
    if not _opens_sentence(word) or word.lower_ not in common:
        return False
    # a surname the article gives in full is capitalised inside a sentence ("Mark Felt" … "Felt said"), so not
    # common; but a name alone may speak ("Bush said")
    return not (word.dep_ == "nsubj" and word.head.lemma_ in _SAYING)


def names_a_measure(word: Token) -> bool:
    """The subject of "be" whose value is a share or a sum names a measure, not someone: "Turnout was 64%",
    "Revenue was $2 million"."""
    verb = word.head
    if word.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(c.dep_ in ("attr", "acomp") and c.ent_type_ in ("PERCENT", "MONEY") for c in verb.children)


def _opens_sentence(token: Token) -> bool:
    """The sentence's first word, after any bullet or quotation mark before it."""
    start = token.sent.start
    return all(t.is_punct or t.is_space for t in token.doc[start : token.i]) or "\n" in token.doc[token.i - 1].text


def _before_its_verb(tokens: list[Token], start: int, end: int) -> int:
    """Where a span the model ran on into its sentence's verb ends: before that verb and the words it leads with
    ("Obama Just Pulled Out", "Trump Says He Never", "Marco Rubio Responds To Question": a headline's subject)."""
    root = next((i for i in range(start + 1, end) if tokens[i].dep_ == "ROOT" and tokens[i].pos_ == "VERB"), None)
    if root is None:
        return end
    verb = tokens[root]
    offset = verb.i - root  # the document's index of tokens[0]
    return min([root, *(c.i - offset for c in verb.children if c.dep_ in VERB_LEADS and start < c.i - offset)])


def _opening_verb(word: Token, rest: Span) -> bool:
    """A participle opening a span whose other words are a noun it takes ("Entrusting Donald Trump with …", "Having
    Jackman host …"), not a title's words ("Going Viral", "Going Home to Glory")."""
    verb = word.tag_ in ("VBG", "VBN") or (word.lower_.endswith("ing") and rest.root.head == word)  # "Joining" NNP
    return verb and word.dep_ not in NAME_PARTS and rest.root.dep_ in ARGUMENTS


def _spaced_dash(token: Token) -> bool:
    """A dash between spaces, which joins clauses, not the parts of a name ("Kingson-Deacon")."""
    return token.text in ("-", "–", "—") and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)


def _before_a_state(after: list[Token]) -> bool:
    """The name is followed by a comma and a US state, as a town is ("left Aurora, Colo., at dawn"), whatever the
    model tagged it."""
    if len(after) < 2 or after[0].text != ",":
        return False
    return any(
        (place := geocode(" ".join(t.text for t in after[1:n]), "GPE")) is not None and us_state(place) is not None
        for n in (2, 3)
        if n <= len(after)
    )


def names_a_street(token: Token) -> bool:
    """ "Street", "Ave.", "Streets": a capitalized word that makes the name before it a street's."""
    word = token.lower_.rstrip(".")
    return token.text[:1].isupper() and (word in STREETS or word.removesuffix("s") in STREETS)


def _street_after(after: list[Token]) -> bool:
    """The words after a place name make it a street: "… Street", or "… and Broad Streets"."""
    if names_a_street(after[0]):
        return True
    return len(after) == 3 and after[0].lower_ == "and" and after[2].lower_.endswith("s") and names_a_street(after[2])


def _owns_ground(span: Span) -> bool:
    """ "Mombasa's container terminal", "Gaza's streets": a name owning a stretch of ground is where it lies."""
    root = span.root
    return root.dep_ == "poss" and root.head.lemma_.lower() in GROUNDS


def _gendered_subject(span: Span) -> bool:
    """ "Rehema Kazungu waited for the body of her brother": a subject whose clause speaks of "her" or "his"
    names a person, whatever the model tagged it (an organisation is "its")."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    return any(t.lower_ in GENDERED for t in root.head.subtree if not span.start <= t.i < span.end)


# the Arabic article joined to a name, which a later mention may drop: "al-Burhan", then "Burhan"
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|es|et)-(?=\w{3})")


def name_words(text: str) -> frozenset[str]:
    """The folded words of a name, to match a surname within a full name; a word with the Arabic article joined
    also without it ("Abdel Fattah al-Burhan" holds "Burhan")."""
    words = fold(_unbracketed(text)).split()
    return frozenset(words + [bare for w in words if (bare := _JOINED_ARTICLE.sub("", w)) != w])


def _is_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES


def _apposed_to_a_title(span: Span, label: str) -> bool:
    """ "the city's fire chief, Murat Demir," or "Ines Laurent, the charity's operations director," tagged ORG: a
    full name set beside a title noun is that person's (but not a body's name: "its chairman, Lenby Holdings", nor a
    place's: "Rep. Nick Rahall of West Virginia, the chairman of …")."""
    named = len(span) > 1 and _name_like(span) and span[-1].lower_ not in ORG_LAST_WORDS
    root = span.root
    return named and (
        (root.dep_ == "appos" and _is_title(root.head))
        # the title's phrase right after the name's comma
        or (
            label == "ORG"
            and any(c.dep_ == "appos" and c.left_edge.i == span.end + 1 and _is_title(c) for c in root.rights)
        )
    )


def _name_like(tokens: Iterable[Token]) -> bool:
    return all(t.pos_ == "PROPN" or t.text in {"-", "."} for t in tokens)


# --- corrections --------------------------------------------------------------------------------------------


def _correct(candidates: list[_Candidate], cued_places: set[str]) -> None:
    """Fix the model's labels in place, each step using what the steps before it settled; mentions of other
    labels stay only when they turn out to be a person."""
    for c in candidates:
        if c.titled:
            c.label = "PERSON"
        elif c.label == "PERSON" and _ends_like_a_body(c):
            c.label = "ORG"  # an outlet's or a company's name, not a person's
        elif c.label == "ORG" and c.gendered and c.proper and len(c.words) > 1 and not c.words & ORG_LAST_WORDS:
            c.label = "PERSON"
    _armed_groups(candidates)
    _mark_countries(candidates)
    _county_lists(candidates)
    places = _place_names(candidates, cued_places)
    for c in candidates:
        if (precision := places.get(fold(c.text))) and c.country is None and not c.titled:
            c.label = _place_label(precision)
    _coordinated_places(candidates)
    _coordinated_persons(candidates)
    _outvoted_persons(candidates)
    _consistent_persons(candidates, places)
    candidates[:] = [c for c in candidates if c.label in LABELS]


def _armed_groups(candidates: list[_Candidate]) -> None:
    """A "person" whose name the article puts before "militants" or "fighters" is the armed group's name, there
    and wherever else it stands ("Al-Shabaab claimed responsibility")."""
    groups = {fold(c.text) for c in candidates if c.armed and c.label in ("PERSON", "ORG") and not c.titled}
    for c in candidates:
        if c.label == "PERSON" and not c.titled and fold(c.text) in groups:
            c.label = "ORG"


def _county_lists(candidates: list[_Candidate]) -> None:
    """Names listed before "counties" are counties, whatever the model called them: in "Barry, Berrien, Cass and
    Van Buren counties" it tags two places and two persons."""
    listed = {i for c in candidates if c.county for i in c.conjuncts}
    for c in candidates:
        # "three Texas counties" are the state's
        c.county = (c.county or c.root in listed) and state_named(c.text) is None
        if c.county:
            c.label = "GPE"


def _joins_names(candidate: _Candidate, candidates: list[_Candidate]) -> bool:
    """A span holding two people's full names with no word in common names neither: "Hillary Clinton Slams Donald
    Trump" (a headline in title case, the model's one PERSON) would make Clinton and Trump one person."""
    held = [c.words for c in candidates if c.label == "PERSON" and len(c.words) > 1 and c.words < candidate.words]
    return any(not a & b for i, a in enumerate(held) for b in held[i + 1 :])


def _cut_headline_run_ons(doc: Doc, candidates: list[_Candidate]) -> None:
    """A name in a line written in title case ends where the article's prose ends the same name: there the model
    runs it on into the capitalized verb after it ("Ted Cruz Apologizes To Marco Rubio" tags "Ted Cruz
    Apologizes"), which would otherwise become the person's fullest name."""
    text = doc_text(doc)
    headline = [in_title_case(text, c.start) for c in candidates]
    prose = {c.text for c, up in zip(candidates, headline, strict=True) if not up}
    for c, up in zip(candidates, headline, strict=True):
        names = [name for name in prose if c.text.startswith(name + " ")] if up and c.text not in prose else []
        span = doc.char_span(c.start, c.start + len(max(names, key=len)), alignment_mode="contract") if names else None
        if span is not None and len(span):
            c.end, c.text, c.root = span.end_char, span.text, span.root.i
            c.words = name_words(span.text)
            c.conjuncts = frozenset(t.i for t in span.root.conjuncts)


SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
HEADLINE_LOWER = frozenset(
    "from with into onto upon over than that when where while through about after before under between against"
    " without within during across since until toward towards".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def in_title_case(text: str, at: int) -> bool:
    """Whether the line holding the offset is a headline in title case: four words or more, every one longer than
    three letters capitalized but the prepositions and conjunctions headlines keep in lower case ("from",
    "through", "where")."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]
    words = _WORD.findall(line)
    if len(words) < 4 or fold(words[0]).split("'")[0] in SUBJECT_PRONOUNS:
        return False  # "He's with the Greek Socialist Workers Party.": a sentence
    return all(w[0].isupper() or w in HEADLINE_LOWER for w in words if len(w) > 3)


def _mark_countries(candidates: list[_Candidate]) -> None:
    """Country names and demonyms, whatever the model called them, link to their country; not a person's
    surname ("Cuban said", of Mark Cuban)."""
    for c in candidates:
        if c.titled or c.label not in LABELS or (c.label == "PERSON" and _shares_person(c, candidates)):
            continue
        if code := demonym_country(c.text):
            # not "Swiss" beside a party the model took for a person, "Swiss People": a surname is a last word
            if not (c.proper and fold(c.text) in _surnames(candidates)):
                c.label, c.country = "NORP", code
        elif code := country_code(c.text):
            c.label, c.country = "GPE", code


def _place_names(candidates: list[_Candidate], cued_places: set[str]) -> dict[str, str]:
    """Names that are places in this article, with their precision: a known place the model tagged GPE or LOC,
    or named after "in", "from"... ("to Montevideo" tagged PRODUCT) or "the city of", "the village of"... (then even
    unknown to the gazetteer), or a continent, or a city tagged NORP, or a one-word "person" that is a city of
    millions ("asked Lima for tents").
    A surname of a person in the article is no place ("Jackson" beside "Jesse Jackson")."""
    surnames = _surnames(candidates)
    settled = {fold(c.text) for c in candidates if c.settlement}  # "the village of Gavarzin": all its mentions
    persons = {
        key
        for c in candidates
        if c.label == "PERSON" and len(c.words) == 1 and not c.locative and (key := fold(c.text)) not in settled
    }
    countries = {c.country for c in candidates if c.country and c.label == "GPE"}
    places: dict[str, str] = {}
    for c in candidates:
        key = fold(c.text)
        if c.country or c.titled or key in places or key in surnames:
            continue
        if key in persons and not (c.locative or key in cued_places or major_city(c.text, NOTABLE_CITY)):
            continue  # "Obama" a person in one sentence is not the small Japanese town in the next
        # strict unless the text says it is a place (GPE, LOC, "the city of", "province"): own names of notable
        # places only
        # a kind of place after the name says it is one too: "in Sunamganj district" (the model tagged it PRODUCT)
        named_kind = c.kind_after is not None and c.label != "NORP"
        lenient = c.settlement or c.region_after or named_kind or c.country_after
        place = geocode(c.text, "GPE" if lenient else c.label)
        if place is None:
            if c.settlement and c.label != "NORP":  # a place the gazetteer does not know: "the village of Ziranag"
                # (a people's adjective is the model's piece of a longer name: "the city of Hawaiian Gardens")
                places[key] = c.settlement
            elif _small_place(c, persons, countries):
                places[key] = "city"
            continue
        cued = c.label in ("GPE", "LOC") or c.locative or c.settlement or named_kind or place.precision == "continent"
        cued = cued or (c.region_after and place.precision == "region")
        cued = cued or key in cued_places
        cued = cued or (c.label == "PERSON" and len(c.words) == 1 and major_city(c.text))
        cued = cued or (c.after_place and place.precision in ("region", "country"))  # "in Banstead, Surrey,"
        cued = cued or (c.country_after is not None and place.country == c.country_after)  # "Sfax, in Tunisia"
        if cued or (c.label == "NORP" and place.precision == "city"):
            places[key] = place.precision
    return places


def _small_place(c: _Candidate, persons: set[str], countries: set[str]) -> bool:
    """ "sank off Lampedusa", "a camp near Tine", tagged a person: a place too small for the gazetteer's cities;
    after "in", only a town of a country the article names ("interest in Trump" is none)."""
    if c.label != "PERSON" or not c.spatial or len(c.words) > 1 or fold(c.text) in persons:
        return False
    return c.spatial != "in" or any(town_in(c.text, code) for code in countries)


def _coordinated_places(candidates: list[_Candidate]) -> None:
    """A known place coordinated with a place is a place: "Residents of Mombasa and Kisumu"."""
    roots = {c.root for c in candidates if c.label in PLACE_LABELS}
    for c in candidates:
        coordinated = c.label in NOT_PLACES - {"PERSON"} and c.country is None and c.conjuncts & roots
        if coordinated and (place := geocode(c.text, c.label)):
            c.label = _place_label(place.precision)


def _place_label(precision: str) -> str:
    return "LOC" if precision in ("continent", "sea") else "GPE"


def _ends_like_a_body(c: _Candidate) -> bool:
    return c.text.split()[-1].casefold().rstrip(".") in ORG_LAST_WORDS


def _coordinated_persons(candidates: list[_Candidate]) -> None:
    """A full name coordinated with a person is a person: "power for Hugo Chávez and subsequently Nicolás Maduro";
    not one that ends like a body's ("the Bill, Hillary and Chelsea Clinton Foundation")."""
    person_roots = {c.root for c in candidates if c.label == "PERSON"}
    for c in candidates:
        named = c.label in NAMED_LABELS and c.country is None and c.proper and len(c.words) > 1
        if named and c.conjuncts & person_roots and not _ends_like_a_body(c):
            c.label = "PERSON"


def _outvoted_persons(candidates: list[_Candidate]) -> None:
    """A name of two words or more that opens an organisation's or a place's longer name in the article, and that
    the model tags otherwise more often than PERSON, is not a person where it tags it so: "the horrors of Sandy
    Hook" beside "Sandy Hook Elementary School" and three other "Sandy Hook"s. The boxer of "the Muhammad Ali
    Center" stays a person, as the article mostly tags him."""
    labels: dict[str, Counter[str]] = {}
    for c in candidates:
        labels.setdefault(fold(c.text), Counter())[c.label] += 1
    openings = {
        " ".join(words[:n])
        for c in candidates
        if c.label in NAMED_LABELS
        for words in [fold(c.text).split()]
        for n in range(2, len(words))
    }
    for c in candidates:
        name = fold(c.text)
        if c.label != "PERSON" or c.titled or name not in openings:
            continue
        others = labels[name].copy()
        del others["PERSON"]
        if others and others.most_common(1)[0][1] > labels[name]["PERSON"]:
            c.label = others.most_common(1)[0][0]


def _consistent_persons(candidates: list[_Candidate], places: dict[str, str]) -> None:
    """A name that is a PERSON elsewhere in the article, whole or as its surname, is a PERSON here too, and so
    is a full name whose surname the article later calls a PERSON ("Paris Kyriakides" tagged FAC, then
    "Kyriakides" said); unless the article settled it as a place."""
    names = [c.words for c in candidates if c.label == "PERSON"]
    surnames: dict[str, int] = {}  # a one-word person's name -> where the article first calls them so
    for c in candidates:
        if c.label == "PERSON" and len(c.words) == 1:
            surnames.setdefault(fold(c.text), c.start)
    for c in candidates:
        if c.label == "PERSON" or c.country or fold(c.text) in places:
            continue
        # the full name comes first, as news writing introduces a person ("Dump Trump" after "Trump" is no name)
        full_name = c.proper and len(c.words) > 1 and c.start < surnames.get(fold(c.text).split()[-1], -1)
        if full_name or any(c.words <= name for name in names):
            c.label = "PERSON"


def _surnames(candidates: list[_Candidate]) -> set[str]:
    """The last words of the article's longer PERSON names, folded: "jackson" of "Jesse Jackson"."""
    return {fold(c.text).split()[-1] for c in candidates if c.label == "PERSON" and len(c.words) > 1}


def _shares_person(candidate: _Candidate, candidates: list[_Candidate]) -> bool:
    """True when the name is part of a longer PERSON name in the article ("Chad" beside "Chad Smith")."""
    words = candidate.words
    return any(c.label == "PERSON" and words < c.words for c in candidates)


# --- grouping -----------------------------------------------------------------------------------------------


def _group(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Mentions of one thing together: a country with its demonyms, a person under the fullest name
    holding the mention's words, anything else under its name, acronyms under what they stand for."""
    fullest = _fullest_names([c for c in candidates if c.label == "PERSON" and c.country is None])
    groups: dict[tuple[str, object], list[_Candidate]] = {}
    for c in candidates:
        if c.country:
            key: tuple[str, object] = ("country", c.country)
        elif c.label == "PERSON":
            key = ("person", fullest[c.start])
        else:
            key = ("name", fold(c.text))
        groups.setdefault(key, []).append(c)
    return _merge_name_tails(_merge_acronyms(list(groups.values())))


def _fullest_names(persons: list[_Candidate]) -> dict[int, frozenset[str]]:
    """For each PERSON mention (by start), the longest name in the article holding its words; when two hold
    them ("Rodríguez" beside "Delcy" and "Jorge Rodríguez"), the nearest before it, else the first after. But a
    first name alone is not a person the article has called by surname: "John" after "John Kasich", "Kasich" and
    "Tom John" is Tom John."""
    names = {c.words for c in persons}
    longest = [n for n in names if not any(n < other for other in names)]
    forms = {c.words: [w for w in fold(_unbracketed(c.text)).split() if w not in NAME_SUFFIXES] for c in persons}
    fullest = {}
    for c in persons:
        holders = [n for n in longest if c.words <= n]
        if len(holders) > 1:
            before = [p.words for p in persons if p.start < c.start and p.words in holders]
            after = [p.words for p in persons if p.start > c.start and p.words in holders]
            if before and len(c.words) == 1 and forms[before[-1]][0] in c.words:
                surname = frozenset(forms[before[-1]][-1:])
                by_surname = [n for n in before if forms[n][-1] in c.words]
                if by_surname and any(p.words == surname for p in persons if p.start < c.start):
                    before = by_surname
            holders = before[-1:] or after[:1]
        fullest[c.start] = holders[0] if holders else c.words
    return fullest


def _merge_acronyms(groups: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """An acronym joins the name it abbreviates: one defined in brackets after a name ("... (DGCIM)"), or an
    organisation's initials ("U.N." and "United Nations")."""
    expansions: dict[str, list[_Candidate]] = {}
    for group in groups:  # not "WASHINGTON (AP)": a place is no expansion of an acronym
        if group[0].label != "ORG" or len(group[0].words) < 2:
            continue
        for c in group:
            if c.acronym:
                expansions.setdefault(fold(c.acronym), group)
        if len(initials := _initials(group[0].text)) > 1:
            expansions.setdefault(initials, group)
    merged = []
    for group in groups:
        first = group[0]
        target = expansions.get(fold(first.text)) if _ACRONYM.fullmatch(first.text) and not first.country else None
        if target is not None and target is not group and first.label != "PERSON":
            for c in group:
                c.label = target[0].label  # "E.U." tagged GPE is the organisation
            target.extend(group)
        else:
            merged.append(group)
    return merged


# what gives the person just named another name: "Mohamed Hamdan Dagalo, known as Hemedti,"
_ALIAS = re.compile(
    r"([^\W\d_][\w'’-]*),?\s+(?:(?:also|better|widely|popularly|commonly) )?(?:known as|nicknamed|dubbed)\s+$"
)
ALIAS_REACH = 60  # characters before a name that may hold the words giving it as an alias


def _aliases(text: str, candidates: list[_Candidate]) -> dict[int, int]:
    """The start of each name that is another name of a person named just before it, to that person's start: the
    person's name, or a word of it the model left untagged ("Dagalo, known as Hemedti")."""
    found = {}
    for i, name in enumerate(candidates):
        alias = _ALIAS.search(text[max(name.start - ALIAS_REACH, 0) : name.start])
        persons = [c for c in candidates[:i] if c.label == "PERSON"]
        if alias is None or not persons:
            continue
        word = fold(alias.group(1))
        person = next((p for p in reversed(persons) if word in p.words), None)
        if person is not None:
            found[name.start] = person.start
    return found


def _merge_aliases(groups: list[list[_Candidate]], aliases: dict[int, int]) -> list[list[_Candidate]]:
    """A person's other name (`_aliases`) and its later mentions join the person: "Hemedti" is Dagalo."""
    of = {c.start: group for group in groups for c in group}
    merged = []
    for group in groups:
        person = next((of[aliases[c.start]] for c in group if c.start in aliases), None)
        if person is None or person is group:
            merged.append(group)
            continue
        for c in group:
            c.label = "PERSON"
        person.extend(group)
    return merged


def _merge_name_tails(groups: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """An organisation named by the last words of a longer name in the article joins it ("Bay Logistics" and
    "Tembo Bay Logistics"), when exactly one name ends that way; a head start ("United Nations" of "United
    Nations Security Council") names another body and stays apart."""
    orgs = [g for g in groups if g[0].label == "ORG" and not g[0].country]
    names = {id(g): fold(g[0].text).split() for g in orgs}
    merged = []
    for group in groups:
        words = names.get(id(group))
        holders = (
            [g for g in orgs if len(names[id(g)]) > len(words) and names[id(g)][-len(words) :] == words]
            if words and len(words) > 1
            else []
        )
        if len(holders) == 1:
            holders[0].extend(group)
        else:
            merged.append(group)
    return merged


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold(name).split() if w not in CONNECTORS)


def _entity(group: list[_Candidate]) -> Entity:
    group.sort(key=lambda c: c.start)
    code = group[0].country
    if code:
        kind, name, place = "GPE", countries()[code].name, country_place(code)
    else:
        kind = Counter(c.label for c in group).most_common(1)[0][0]
        name = _fullest_form(group)
        tagged = [c.label for c in group if c.label in PLACE_LABELS]  # a place once is a place ("Washington said")
        place = geocode(name, kind if kind in PLACE_LABELS else tagged[0]) if tagged else None
        if any(c.county for c in group):  # "Barry" of "Barry and Eaton counties": the county, not Barry, Wales
            place = us_county(f"{name} County") or place
        if place is None and kind in ("GPE", "LOC") and any(c.locative for c in group):
            place = lone_town(name)  # "at their home in Millom": a town too small for the gazetteer's cities
        if place and kind != "FAC":  # the gazetteer's name links "Va.", "Virginia"; "WASHINGTON", "Washington"
            kind, name = _place_label(place.precision), place.name
    mentions = [Mention(c.start, c.end, c.text, c.label if code else kind) for c in group]
    return Entity(
        id="",
        name=name,
        type=kind,
        key=_key(kind, name),
        mentions=mentions,
        place=place,
        country=place.country if place else code,
    )


def _unknown_places(candidates: list[_Candidate]) -> dict[str, str]:
    """Names the text calls places, with the precision it gives them, whether or not a gazetteer knows them: "the
    town of Kesto", "the district of Velm", "the Velm district"."""
    return {
        fold(c.text): precision
        for c in candidates
        if c.label in ("GPE", "LOC") and (precision := c.settlement or c.kind_after)
    }


def _unlocated(entities: list[Entity], unknown: dict[str, str], text: str) -> None:
    """A place the gazetteers here do not know keeps its name and its country, without a point: one the text calls a
    town or a district (`_unknown_places`), or a GPE it gives with its region or country after a comma ("Kesto,
    Nigeria", "Newton, Cumbria"). A village of a conflict report is where its event was, on the map or not."""
    at = {m.start: (e, m) for e in entities if e.place is not None and e.place.country for m in e.mentions}
    for e in entities:
        if e.place is not None or e.type not in ("GPE", "LOC"):
            continue
        precision = next((p for m in e.mentions if (p := unknown.get(fold(m.text)))), None)
        country = e.country or next(
            (code for m in e.mentions if (code := _country_after(m, at, text) or _country_before(m, text))), None
        )
        if precision is None and not (e.type == "GPE" and country):
            continue
        e.place = Place(name=e.name, country=country, lat=None, lon=None, precision=precision or "city")
        e.country = country


# a people's adjective before the kind of place: "the Italian island of Lampedusa", "the Nigerian town of Kesto"
_KIND_OF = re.compile(rf"\b([A-Z][\w'-]*) (?:{'|'.join(SETTLEMENTS)}) of $")


def _country_before(mention: Mention, text: str) -> str | None:
    """The country a people's adjective before the kind of place gives: "the Greek island of Lesbos"."""
    match = _KIND_OF.search(text, max(0, mention.start - 60), mention.start)
    return demonym_country(match[1]) if match else None


# what sets a town in the region or country named after it: "Kesto, Nigeria", "Kesto village in Zamfara state"
_SET_IN = re.compile(r",\s*|(?: (?:village|town|district|area|city))? in (?:the )?")


def _country_after(mention: Mention, at: dict[int, tuple[Entity, Mention]], text: str) -> str | None:
    """The country of the region or country named right after the mention and its comma (or "in"), not in a list
    of places ("…, Kesto, Nigeria and Ghana")."""
    comma = _SET_IN.match(text, mention.end)
    region, named = at.get(comma.end(), (None, None)) if comma else (None, None)
    if region is None or named is None or region.place is None or region.place.precision not in ("region", "country"):
        return None
    return None if _in_list(mention, named, at, text) else region.place.country


def _in_list(mention: Mention, named: Mention, at: Mapping[int, object], text: str) -> bool:
    """Whether a place and the one named after it stand in a list of places ("turmoil in Paris, Ukraine, Libya",
    "…, Manchester, Sheffield"), not a town and its region: another place follows, or a comma leads in."""
    more = _LISTED.match(text, named.end)
    return (more is not None and more.end() in at) or text[: mention.start].rstrip().endswith(",")


def _key(kind: str, name: str) -> str:
    """The cross-article link of an entity: its type and its accent-folded name."""
    return f"{kind}:{fold(name)}"


def _same_places(entities: list[Entity]) -> list[Entity]:
    """Names the gazetteer reads as one place are one entity: "Mich." and "Michigan", "Calif." and "California"."""
    kept: dict[str, Entity] = {}
    out = []
    for entity in entities:
        same = kept.get(entity.key) if entity.place is not None else None
        if same is None:
            kept[entity.key] = entity
            out.append(entity)
        else:
            same.mentions = sorted([*same.mentions, *entity.mentions], key=lambda m: m.start)
    return out


# a city of a million people or more abroad keeps its name against a town of the article's country this many times
# smaller (Moscow, not Moscow, Idaho, in an article set in the US); a smaller city gives it up (Athens, Georgia)
HOME_TOWN_RATIO = 10
# a city this big in a country the article names beats a region so named of a country it does not
FOREIGN_REGION_CITY = 500_000
_PAIRED = re.compile(r",\s*")


def _settle_pairs(entities: list[Entity], text: str) -> set[int]:
    """A town, a comma and the region it lies in ("Wellington, Somerset", "London, Ontario") are in the one
    country that has both, not New Zealand's capital and a town in Kentucky; a town before its country, or a region
    before its state, lies in that country (`_in_the_country_after`). Returns the `id`s of the entities settled
    so."""
    at = {m.start: (e, m) for e in entities if e.place is not None for m in e.mentions}
    settled: set[int] = set()
    for town in entities:
        if town.place is None or town.place.precision not in ("city", "region") or id(town) in settled:
            continue
        for mention in town.mentions:
            comma = _PAIRED.match(text, mention.end)
            region, named = at.get(comma.end(), (None, None)) if comma else (None, None)
            if region is None or region is town:
                continue
            # a town before its country, a region before a state or town; not a list of regions and countries
            # ("won Arkansas, Georgia and Tennessee")
            country_after = (town.place.precision == "city") == (region.place.precision == "country")
            # "Atlanta, Georgia": the US state's, as `_settle_places` decides
            state_too = region.place.precision == "country" and state_named(named.text) is not None
            # "turmoil in Paris, Ukraine, Libya and Syria": a list of places
            in_list = _in_list(mention, named, at, text)
            if country_after and not state_too and not in_list:
                if _in_the_country_after(town, mention, region, named):
                    settled.update((id(town), id(region)))
                    break
                continue
            if region.place.precision not in ("city", "region"):
                continue
            # a state's abbreviation ("Calif.") is no subdivision's name, but the entity knows its region
            own = region.place if region.place.precision == "region" and region.place.country else None
            state = us_state(own) if own is not None else None  # "Portland, Maine": a town of that state
            codes = sorted(place_countries(named.text)) or ([own.country] if own is not None else [])
            outside = state is not None and not in_state(town.place, state)  # a town of another state, or none
            listed = state_named(mention.text) if outside else None
            if listed is not None and us_state(listed) != state:
                _move(town, listed)  # "Colorado, Washington, Alaska and Oregon": a list of states, not a town
                settled.update((id(town), id(region)))
                break
            for code in codes:
                where = region_in(named.text, code) or (own if own is not None and own.country == code else None)
                if state is not None and code == "US":
                    there = town_in(mention.text, code, state)
                else:
                    there = in_country(mention.text, code) or town_in(mention.text, code)
                if where is not None and there is not None and there.precision == "city":
                    # the region's country, or the region itself where its name is a city's too ("Buffalo, New
                    # York"; not in a list of cities, "Bradford, Derby, Leeds")
                    if region.place.country != code or (region.place.precision == "city" and not in_list):
                        _move(region, where)
                    if town.place.country != code or state is not None:
                        _move(town, there)
                    settled.update((id(town), id(region)))
                    break
            else:
                foreign = town.place.country != region.place.country  # "New York, NY" stays where it is
                if region.place.precision == "region" and set(codes) == {region.place.country} and (foreign or outside):
                    # "Newton, Cumbria": no town so named there is large enough to know, but not Canada's
                    _unplace(town, mention.text)
                    town.country = region.place.country
                    settled.update((id(town), id(region)))
            if id(town) in settled or town.place is None:
                break
    return settled


def _in_the_country_after(town: Entity, mention: Mention, region: Entity, named: Mention) -> bool:
    """ "Odessa, Ukraine" and "Long Island, New York" lie in the country named after them: the town or region of
    that country so named, else a place of that country the gazetteer does not know (not Texas's Odessa, nor the
    Bahamas' Long Island). False when the name already lies in that country."""
    codes = {region.place.country} if region.place.precision == "country" else set(place_countries(named.text))
    if not codes or town.place.country in codes:
        return False
    for code in sorted(codes):
        there = in_country(mention.text, code) or town_in(mention.text, code) or alternate_in(mention.text, code)
        if there is not None:
            _move(town, there)
            return True
    _unplace(town, mention.text)
    town.country = next(iter(codes)) if len(codes) == 1 else None
    return True


def _settle_places(entities: list[Entity], text: str, settled: AbstractSet[int] = frozenset()) -> None:
    """A town or region name several countries use is the one in the country of the article's unambiguous towns
    and regions: "Wellington" beside Yeovil and Tiverton is the English town, not New Zealand's capital. Only when
    nothing unambiguous the article names lies in the country the name went to. The `settled` (by `_settle_pairs`)
    stay, and are as sure as an unambiguous name."""
    spoken = {id(e): _spoken(e) for e in entities if e.place is not None}

    def sure(e: Entity) -> bool:
        """A country; a name only one country's towns or regions go by; a region by its abbreviation ("Calif.")."""
        if id(e) in settled:
            return True
        own = place_countries(spoken[id(e)])
        return e.place.precision == "country" or own == {e.place.country} or (not own and e.place.precision == "region")

    def doubtful(e: Entity) -> bool:
        """A small town whose name smaller towns of other countries bear too, which the gazetteer's cities leave
        out ("Palm Beach" of Queensland, and Florida's): half a clue, and its country no sure one by itself."""
        place = e.place
        small = place.precision == "city" and population(place) < NOTABLE_CITY
        return small and bool(town_countries(spoken[id(e)]) - {place.country})

    towns: Counter[str] = Counter()  # a foreign country's name is common in news; its towns are not
    named: dict[str, set[int]] = {}  # the countries of sure places, with the entities that name each
    for e in entities:
        if e.place is not None and e.place.country and sure(e):
            named.setdefault(e.place.country, set()).add(id(e))
            if e.place.precision in ("city", "region"):
                towns[e.place.country] += 0.5 if doubtful(e) else 1
    home = max(towns, key=lambda code: towns[code], default=None)
    if home is None or not towns[home]:
        if len(named) == 1:  # no town or region to go by: a town the gazetteer's cities lack is in the one country
            _towns_in(entities, next(iter(named)), settled)
        if named:
            return
        ambiguous = [spoken[id(e)] for e in entities if e.place is not None and e.place.precision in ("city", "region")]
        home = _shared_country(ambiguous)
        if home is None:
            return
    _towns_in(entities, home, settled)
    for e in entities:
        place, name = e.place, spoken.get(id(e)) or _spoken(e)
        if place is None:
            continue
        if place.precision == "country" and home == "US" and (state := _named_as_state(e, place, entities, text)):
            _move(e, state)
            continue
        if place.country in (home, None) or place.precision not in ("city", "region") or id(e) in settled:
            continue
        if named.get(place.country, set()) - {id(e)} or (place.country in named and not doubtful(e)):
            continue
        # "Newton" beside Kendal and Cumbria is the English town, not the larger one in Canada; but "Paris" or
        # "Moscow" in an article set in the US is the capital, not a town of a few thousand people so named
        there = in_country(name, home) if home in place_countries(name) else town_in(name, home)
        if there is not None and not (_world_city(place, there) and not _local(e, text)):
            _move(e, there)


def _towns_in(entities: list[Entity], code: str, settled: AbstractSet[int]) -> None:
    """Places without a place that are a town too small for the gazetteer's cities in the article's country."""
    for e in entities:
        if e.place is None and e.type == "GPE" and id(e) not in settled and (town := town_in(_spoken(e), code)):
            _move(e, town)


def _settle_states(entities: list[Entity], settled: AbstractSet[int]) -> None:
    """A US town in none of the states the article names is the namesake in the one named state that has a town
    so called: "practices law in Ripley" beside Mississippi is Ripley, Mississippi, not the larger one in
    Tennessee. Not a notable city ("Washington" beside Missouri), nor a town its state was given with."""
    states = {state for e in entities if e.place is not None and (state := us_state(e.place)) is not None}
    for e in entities:
        place = e.place
        if place is None or place.country != "US" or place.precision != "city" or id(e) in settled:
            continue
        if population(place) >= NOTABLE_CITY or any(in_state(place, state) for state in states):
            continue
        namesakes = [town for state in sorted(states) if (town := town_in(_spoken(e), "US", state)) is not None]
        if len(namesakes) == 1:
            _move(e, namesakes[0])


def _settle_foreign_regions(entities: list[Entity], settled: AbstractSet[int]) -> None:
    """A region of a country the article names nowhere else is the large city so named in one country it does
    name: "Jerusalem" beside Israel is the city, not the Palestinian governorate the gazetteer prefers; but
    "Ontario" beside the US is still the province, not a Californian city of 170,000."""
    named = Counter(e.country for e in entities if e.country)
    for e in entities:
        place = e.place
        if place is None or place.precision != "region" or id(e) in settled or named[place.country] > 1:
            continue
        cities = [
            there
            for code in sorted(named)
            if code != place.country
            and (there := in_country(_spoken(e), code))
            and population(there) >= FOREIGN_REGION_CITY
        ]
        if len(cities) == 1:
            _move(e, cities[0])


def _unbacked_alternates(entities: list[Entity], settled: AbstractSet[int]) -> None:
    """A small city found by another of its names, in a country nothing else in the article names, is no place
    the gazetteer knows: gazetteers list many spellings of small towns, and a village's name is often one of them
    ("the village of Sela" is no Shali, Russia). A notable city's other name stays ("Bombay", "Kiev")."""
    for e in entities:
        place = e.place
        if place is None or place.precision != "city" or id(e) in settled or population(place) >= NOTABLE_CITY:
            continue
        name = _spoken(e)
        if place.country in place_countries(name) | town_countries(name):
            continue  # its own name
        if not any(o is not e and ((o.place and o.place.country) or o.country) == place.country for o in entities):
            _unplace(e, name)


def _spoken(e: Entity) -> str:
    """The longest name the article gives the entity, as written (not in a dateline's capitals when it also
    writes it otherwise): what a gazetteer lookup reads, and the name of a place it does not know."""
    return max((m.text for m in e.mentions), key=lambda text: (len(text), not text.isupper()))


def _world_city(place: Place, namesake: Place) -> bool:
    """A city of a million people or more, against a namesake in the article's country a tenth its size or less."""
    people = population(place)
    return people >= CITY_OVER_REGION and population(namesake) * HOME_TOWN_RATIO < people


_LOCAL_UNIT = re.compile(r"\s+(?:township|borough|village)\b", re.IGNORECASE)


def _local(e: Entity, text: str) -> bool:
    """Named as a local unit ("entered Vienna township"): the article's own town, whatever city abroad is larger."""
    return any(_LOCAL_UNIT.match(text, m.end) for m in e.mentions)


def _named_as_state(e: Entity, place: Place, entities: list[Entity], text: str) -> Place | None:
    """In an article set in the US, a country that shares its name with a state is the state when the article
    names nothing else of the country, not even its people, nor lists it with other countries: "Atlanta, Georgia"
    and "won Alabama, Georgia and Texas" are the US state; beside Tbilisi or "Georgian troops", or in "invasions
    of Georgia and Ukraine", the country. (US states only: a list of every country's subdivisions has Taiwan a
    province of China.)"""
    state = state_named(e.name)
    if state is None or any(fold(m.text) != fold(e.name) for m in e.mentions):
        return None  # no state's name, or a demonym or another name of the country
    elsewhere = any(o is not e and ((o.place and o.place.country) or o.country) == place.country for o in entities)
    countries = [m for o in entities if o.place and o.place.precision == "country" for m in o.mentions]
    listed = any(_listed(m, n, text) for m in e.mentions for n in countries if n is not m)
    return None if elsewhere or listed else state


_LISTED = re.compile(r"(?:,|,? and|,? or)\s*")


def _listed(a: Mention, b: Mention, text: str) -> bool:
    """The two mentions are neighbours in a list: "Georgia and Ukraine", "Ukraine, Georgia"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _LISTED.fullmatch(text, first.end, second.start) is not None


def _shared_country(names: list[str]) -> str | None:
    """The one country where every one of these place names is a town or a region, when one of them is its
    region and another its town: "Wellington" and "Somerset" (a town in Kentucky, first) are in England. Not
    "Paris" and "Moscow", which are towns of Texas and Idaho but no region of anywhere, nor "Washington" and "Paris":
    the US's Washington is its capital before its state."""
    if len(set(map(fold, names))) < 2:
        return None

    def region_and_town(code: str) -> bool:
        readings = {fold(name): in_country(name, code) for name in names}
        regions = {name for name, there in readings.items() if there and there.precision == "region"}
        towns = {name for name, there in readings.items() if there and there.precision == "city"}
        return bool(regions and towns)

    found = [code for code in frozenset.intersection(*map(place_countries, names)) if region_and_town(code)]
    return found[0] if len(found) == 1 else None


def _unplace(e: Entity, name: str) -> None:
    """The entity is no place the gazetteer knows: it goes by the name the article gives it ("Newtown", not the
    alternate name of the Tallahassee it had been taken for)."""
    e.place = e.country = None
    e.name, e.key = name, _key(e.type, name)


def _move(e: Entity, place: Place) -> None:
    """The entity is this place: its name, country, type and key follow."""
    e.place, e.country, e.name, e.type = place, place.country, place.name, _place_label(place.precision)
    e.key = _key(e.type, e.name)


def _fullest_form(group: list[_Candidate]) -> str:
    """The name with the most words, then the most accented letters, then not in capitals (a dateline's "TARVO"
    is "Tarvo"), then the earliest."""
    best = max(
        group, key=lambda c: (len(c.words), sum(not ch.isascii() for ch in c.text), not c.text.isupper(), -c.start)
    )
    return " ".join(_unbracketed(best.text).split())


_BRACKETED_LETTER = re.compile(r"\w\]\w")  # "[W]e": an editor's capital opening a quoted sentence


def _unbracketed(name: str) -> str:
    """The name without an editor's brackets: "Secretary [Hillary] Clinton" quoted is tagged "Hillary] Clinton"."""
    return name.replace("[", "").replace("]", "")
