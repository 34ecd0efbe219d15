"""Claims: the sentences of an article that assert something checkable, with their slots.

A claim is the unit the comparison stage aligns across outlets, so it carries
who asserts it (the speaker of reported speech, else the outlet), how hedged it
is, and the normalized entities, quantities, times and places it mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime

from spacy.tokens import Doc

from storyline.extract.nlp import doc_text
from storyline.extract.times import long_before, path_to_verb
from storyline.model import Attribution, Claim, Entity, Quantity, TimeExpr

_HEDGES = re.compile(
    r"\b(allegedly|reportedly|purportedly|apparently|possibly|probably|likely|unconfirmed|"
    r"said to( be| have)?|believed to|thought to|appears? to|seems? to|may have|might have|"
    r"could have|is suspected|are suspected|unverified|rumou?red)\b",
    re.I,
)
# what makes a time a yardstick of the news rather than its date: "the deadliest since 2019", "down from 2025"
# (its figure and preposition between: "up from 1,500 on Tuesday evening", "than 12% in 2019")
_YARDSTICK = re.compile(
    r"\b(?:since|(?:down|up) from|compared (?:with|to)|than)"
    r"(?: (?:about |around |nearly |some )?[\d][\d.,]*(?: ?%| percent| per cent)?)?(?: (?:on|in|at|by))?\s+$",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(looking ahead|in conclusion|meanwhile|stay tuned|time will tell|only time will tell|"
    r"what happens next|it remains to be seen)\b",
    re.I,
)
MIN_TOKENS = 4  # "Two people died.": a subject, a verb, a slot and the full stop
WHOLE_TOKENS = 6  # shorter than this, a claim must end as a sentence does
_ENDS = (".", "!", "”", '"', "’", "'")
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# verbs whose day is the day of a telling, not of what is told
REPORTING = frozenset("say tell announce report confirm add state".split())
# a subject that points back to the sentence before ("It killed 612 people"): the same happening
ANAPHORA = {"it", "they", "this", "that"}


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """Indexes of spans starting within [start, end); spans must be sorted by start."""
    starts = [s for s, _ in spans]
    return list(range(bisect_left(starts, start), bisect_right(starts, end - 1)))


def _checkable(doc: Doc, start: int, end: int, has_slots: bool) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < MIN_TOKENS or span.text.rstrip().endswith("?"):
        return False
    if len(span) < WHOLE_TOKENS and not span.text.rstrip().endswith(_ENDS):
        return False  # a short piece that ends no sentence is a fragment: "Perrotto's iteration had", "resolves to:"
    if _FILLER.match(span.text):
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    return has_verb and has_slots


def _speaker(doc: Doc, attributions: list[Attribution], start: int, end: int) -> tuple[int | None, bool]:
    """The attribution whose claim the sentence is, and whether it reports anyone at all. Its claim is the
    attribution's whose cue is the sentence's main verb ("U.S. officials acknowledged that …, with Trump stating
    …"), else the one whose content lies mostly inside the sentence, unless that report is an aside (`_aside`)."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is not None:
        root = sentence.root.idx
        for index, attribution in enumerate(attributions):
            cue = attribution.cue
            if cue is not None and cue.start <= root < cue.end and start <= attribution.content.start < end:
                return index, True
    best, best_overlap = None, 0
    for index, attribution in enumerate(attributions):
        content = attribution.content
        overlap = min(end, content.end) - max(start, content.start)
        if overlap > best_overlap and overlap >= 0.3 * (end - start):
            best, best_overlap = index, overlap
    if best is None:
        return None, False
    return (None if _aside(doc, attributions[best]) else best), True


def _aside(doc: Doc, attribution: Attribution) -> bool:
    """ "A strike entered its second day, with the union saying …", "The injured were taken to the clinic, where
    officials said …": a report hung on the outlet's own clause by "with" or "where"/"when"; the sentence tells of
    the strike and the injured, and reports the union and the officials on the side."""
    cue = attribution.cue
    words = None if cue is None else doc.char_span(cue.start, cue.end, alignment_mode="expand")
    verb = None if words is None else next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    return verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children
    )


def _main_time(
    doc: Doc, start: int, end: int, attribution: Attribution | None, times: list[TimeExpr], resolved: list[int]
) -> int | None:
    """The time that dates what the sentence tells: the one on its main verb, or on the main verb of what it
    reports ("killed on Monday night, officials said on Tuesday" tells Monday's killing; "pupils abducted on
    Monday were freed on Friday" tells Friday's release; "broke out on Monday and burned until Tuesday" Monday's
    fire)."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None:
        return None
    main = sentence.root
    if (
        attribution is not None
        and attribution.cue is not None
        and attribution.cue.start <= main.idx < attribution.cue.end
    ):
        content = doc.char_span(attribution.content.start, attribution.content.end, alignment_mode="expand")
        if content is None:
            return None
        main = content.root
    elif main.lemma_.lower() in REPORTING:
        return None  # a report whose content the parse lost (to a dateline): its day is the telling's
    on_main: list[tuple[int, int]] = []  # (distance from the verb, time index)
    for i in resolved:
        span = doc.char_span(times[i].start, times[i].end, alignment_mode="expand")
        if span is None:
            continue
        path = path_to_verb(span.root)
        if path[-1].i == main.i:
            hung = path[-2] if len(path) > 1 else path[0]  # what hangs on the verb: "on" of "on Friday"
            on_main.append((abs(hung.i - main.i), i))
    # of two the parser hung on the verb, the nearer is its own: "pupils abducted … on Monday were freed on Friday"
    return min(on_main)[1] if on_main else None


def reference_day(published: datetime | None, times: list[TimeExpr]) -> date | None:
    """The day an article speaks from: its publication, else the latest full date it names."""
    if published is not None:
        return published.date()
    days = [t.value for t in times if t.value and len(t.value) == 10]
    return date.fromisoformat(max(days)) if days else None


def _continues(doc: Doc, previous: Claim | None, start: int, end: int) -> bool:
    """The sentence follows `previous` directly and its subject points back to it ("It killed 612 people")."""
    if previous is None or doc_text(doc)[previous.end : start].strip():
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ANAPHORA for t in span.root.children
    )


# what a newsroom does to get a story: "has contacted the operator for comment", "is following the story", "could not
# verify the footage", "tried to find out"
NEWSROOM_VERBS = frozenset("contact reach ask seek request follow try attempt verify approach email update".split())


def _newsroom(doc: Doc, start: int, end: int, outlet: str) -> bool:
    """The outlet telling its own work, not the news: "The Harbour Gazette has contacted the operator for comment",
    "The Gazette's world desk is following the story"; not what it found ("The Gazette revealed that …"), nor a
    dateline before the subject ("(CNN)President Trump …", "CLEVELAND, Ohio – The Doobie Brothers …")."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None or sentence.root.lemma_.lower() not in NEWSROOM_VERBS:
        return False
    # the subject nearest the verb: the parser may make a dateline a subject of its own ("CLEVELAND, Ohio – The …")
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < sentence.root.i]
    subject = subjects[-1] if subjects else None
    if subject is None:
        return False
    # the subject's own words, from its first (after "the") to its head: the outlet, or the outlet's desk
    words = [t.text for t in doc[subject.left_edge.i : subject.i + 1] if t.lower_ != "the" or t.i > subject.left_edge.i]
    name = outlet.casefold().removeprefix("the ").split()
    head = [w.casefold() for w in words[: len(name)]]
    return bool(name) and head == name and (len(words) == len(name) or words[len(name)] in ("'s", "’s"))


def extract_claims(
    doc: Doc,
    sentences: list[tuple[int, int]],
    entities: list[Entity],
    times: list[TimeExpr],
    quantities: list[Quantity],
    attributions: list[Attribution],
    reference: date | None,
    outlet: str | None = None,
) -> list[Claim]:
    """The checkable sentences; those that narrate the past (`Claim.background`) are judged against `reference`,
    the day the article speaks from. Not the `outlet`'s word of its own work (`_newsroom`)."""
    full = doc_text(doc)
    mentions = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
    mention_spans = [(s, e) for s, e, _ in mentions]
    time_spans = [(t.start, t.end) for t in times]
    quantity_spans = [(q.start, q.end) for q in quantities]
    claims = []
    for start, end in sentences:
        in_entities = [mentions[i][2] for i in _inside(mention_spans, start, end)]
        entity_ids = list(dict.fromkeys(e.id for e in in_entities))
        time_ids = _inside(time_spans, start, end)
        quantity_ids = [i for i in _inside(quantity_spans, start, end) if quantities[i].kind != "ordinal"]
        attribution, reports = _speaker(doc, attributions, start, end)
        if not _checkable(doc, start, end, bool(entity_ids or time_ids or quantity_ids or reports)):
            continue
        if outlet and _newsroom(doc, start, end, outlet):
            continue
        text = full[start:end]
        resolved = [i for i in time_ids if times[i].value is not None]
        previous = claims[-1] if claims else None
        framing = [i for i in resolved if not _YARDSTICK.search(full, max(0, times[i].start - 40), times[i].start)]
        if framing:
            background = long_before([times[i] for i in framing], reference)
        else:
            background = previous is not None and previous.background and _continues(doc, previous, start, end)
        claims.append(
            Claim(
                start=start,
                end=end,
                text=text,
                speaker=attributions[attribution].speaker if attribution is not None else None,
                attribution=attribution,
                hedges=[m.group(0).lower() for m in _HEDGES.finditer(text)],
                entities=entity_ids,
                quantities=quantity_ids,
                times=framing,
                when=_main_time(
                    doc, start, end, attributions[attribution] if attribution is not None else None, times, framing
                ),
                places=list(dict.fromkeys(e.id for e in in_entities if e.type in PLACE_TYPES or e.place)),
                background=background,
            )
        )
    return claims
