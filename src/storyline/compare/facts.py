"""Align a story's claims into fact groups and decide what each group's sources do.

Figures (killed, injured, arrested, missing, displaced) are grouped by slot, so
differing tolls meet in one group and their sequence shows whether a later report
updated an earlier one or two sources disagree; so are the figures of one measure
that two independent sources give (a quake's magnitude, an election's turnout).
Other claims are grouped by wording: word and character TF-IDF similarity across
articles, so paraphrases meet while sentences that merely share names stay apart,
and sentences that give one thing differing figures stay apart however alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from storyline.compare.denials import disputed
from storyline.compare.voices import named, phrase_key
from storyline.extract.quantities import joined_tolls, vague
from storyline.model import Annotations, Article, Claim, FactGroup, FactSource, Quantity

SLOT_ROLES = ("killed", "injured", "arrested", "missing", "displaced")
RISING_ROLES = {"killed", "injured", "arrested", "displaced"}  # tolls that only grow as news comes in
# words that make a figure a former one
REVISION = re.compile(
    r"\b(initially|originally|previously|at first|earlier|revis(e|ed|es|ing)|corrected|lowered|down from|up from)\b",
    re.I,
)
# words that set a count against another party's: "a higher toll than the authorities have given", "contradicting
# an army statement", "nearly three times the toll given by rights groups"
RIVAL = re.compile(
    r"\b(?:higher|lower) (?:toll|figure|number|count) than\b|\bcontradict(?:s|ed|ing)?\b"
    r"|\b(?:times|double|twice|half) (?:the|that|their|its) (?:toll|figure|number|count)\b",
    re.I,
)
# words that bring a toll up to the figure after them
RISEN = re.compile(r"\b(rose|risen|rises|rising|climbed|climbs|increased|jumped|grew|mounted) to $", re.I)
# the words a figure counts that say whose it is (`side`); narrower than the event layer's actor words, which read
# "security" and "guard" as forces: a security guard killed is no soldier
SIDES = {
    "forces": frozenset(
        "police policeman policemen policewoman policewomen officer officers soldier soldiers troop troops trooper"
        " troopers marine marines deputy deputies gendarme gendarmes serviceman servicemen commando commandos".split()
    ),
    "armed": frozenset(
        "militant militants fighter fighters rebel rebels insurgent insurgents gunman gunmen attacker attackers"
        " assailant assailants jihadist jihadists bandit bandits terrorist terrorists".split()
    ),
}
APPROXIMATE = 0.1  # "about 30" stands for a tenth either side, "at least 30" up to a tenth above
VAGUE_SPAN = 10  # a vague plural stands for up to ten times its least: "dozens" below 120, "hundreds" below 1,000
SAME_TIME = timedelta(hours=3)  # reports closer than this that differ are in conflict, not an update
MATCH_THRESHOLD = 0.42  # combined cosine above which two claims state the same proposition
SHARED_FIGURE = 0.25  # added to the similarity of claims stating the same figure of the same thing
DIFFERENT_FIGURE = 0.5  # taken from that of claims giving one thing figures that do not allow each other


@dataclass(slots=True)
class ClaimRef:
    article: Article
    claim: Claim
    annotations: Annotations
    source: str  # independent source key

    def fact_source(self, value: float | None = None) -> FactSource:
        published = self.article.published.isoformat() if self.article.published else None
        return FactSource(
            article=self.article.id,
            outlet=self.article.label,
            published=published,
            start=self.claim.start,
            end=self.claim.end,
            text=self.claim.text,
            attributed_to=named(self.claim.speaker),
            hedges=self.claim.hedges,
            value=value,
        )


def _status(independent: int) -> str:
    return "corroborated" if independent >= 2 else "single_source"


def side(quantity: Quantity) -> str | None:
    """Whose figure it is, where the words it counts say: the forces' ("12 police officers") or an armed group's
    ("20 militants"); None for anyone else ("30 protesters", "40 people")."""
    words = set(quantity.counted.text.casefold().split()) if quantity.counted else set()
    return next((name for name, members in SIDES.items() if words & members), None)


def _slot_value(ref: ClaimRef, role: str, of: str | None = None, since: str | None = None) -> float | None:
    """The figure a claim gives for a slot and a side: its largest total with that role (not "three more", "six
    of them"). A claim that narrates the past gives none, nor a figure its clause dates before the day `since`
    (`first_day`): the toll of an earlier disaster is no figure of this one."""
    if ref.claim.background:
        return None
    quantities = [q for i in ref.claim.quantities if (q := ref.annotations.quantities[i]).total(role, since)]
    values = [q.value for q in quantities if side(q) == of and q.value is not None]
    if of is None:  # the parts of one toll the claim joins are the dead of all sides: "a soldier and two civilians"
        values += [sum(q.value or 0 for q in run) for run in joined_tolls(quantities, role, ref.article.text)]
    return max(values) if values else None


SUPPOSING = frozenset({"may have", "might have", "could have", "possibly"})
# hedges that make a figure a guess: what is supposed, or likely ("likely to be higher than 40")
SPECULATIVE = SUPPOSING | {"likely", "probably"}


def _supposed(ref: ClaimRef) -> bool:
    return any(hedge in SUPPOSING for hedge in ref.claim.hedges)


def _when(ref: ClaimRef) -> datetime | None:
    return ref.article.published


def article_figures(
    sources: Iterable[FactSource], by_speaker: bool = False
) -> dict[tuple[str, str | None], FactSource]:
    """Each article's own figure for a slot: the one it states first (the largest, if that sentence gives two).
    News put the current toll in the lead; a larger figure further down more often counts another event ("a
    quake that killed tens of thousands" two years before) than it updates the lead. `by_speaker`: each speaker's
    own in each article, where who gives the figure is the news ("Tehran's seismologic center put the magnitude at
    5.9; the U.S. Geological Survey at 6.1")."""
    own: dict[tuple[str, str | None], FactSource] = {}
    for source in sorted(sources, key=lambda s: (s.start, -(s.value or 0))):
        if source.value is None:
            continue
        first = own.setdefault((source.article, source.attributed_to if by_speaker else None), source)
        if not by_speaker and first is not source and _answers(source, first):
            own.setdefault((source.article, source.attributed_to), source)
    return own


# words that set a party's count against another's, right before it: "only seven of its fighters had died"; not "only
# a handful of protester deaths, as well as … at least four members of the security forces"
COUNTERED = re.compile(
    r"\b(?:only|not|no more than|rather than) (?:about |some )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands)\b",
    re.I,
)


def _answers(source: FactSource, first: FactSource) -> bool:
    """A later figure of the article that another named party gives against the first: "The army said it killed
    40 fighters … A commander told a journalist that only seven had died"."""
    other = source.attributed_to is not None and first.attributed_to is not None
    other = other and source.attributed_to.casefold() != first.attributed_to.casefold()
    return other and source.value != first.value and bool(RIVAL.search(source.text) or COUNTERED.search(source.text))


def _slot_status(role: str, reports: list[tuple[ClaimRef, float]], by_speaker: bool = False) -> tuple[str, list[dict]]:
    """Corroborated or single-source when all agree; else updated (a sequence over time) or conflicting."""
    refs = {(ref.article.id, ref.claim.start): ref for ref, _ in reports}
    own = article_figures((ref.fact_source(value) for ref, value in reports), by_speaker)
    # each article's figure with the quantity that states it, looked up once
    found = []
    for (article, _), source in own.items():
        ref, value = refs[(article, source.start)], source.value or 0.0  # `article_figures` keeps valued ones only
        found.append((ref, value, _quantity(ref, role, value)))
    # reports of one time in the order the text tells: a toll that "rose to 19" comes after the 17 beside it
    found.sort(key=lambda f: (_when(f[0]) is None, _when(f[0]) or datetime.min, _risen(f[0], f[2])))
    figures = [(ref, value) for ref, value, _ in found]
    # who gives each figure, where that is the news: by speaker, or two parties' counts in one article
    speakers = by_speaker or len({ref.article.id for ref, _ in figures}) < len(figures)
    sequence = [
        {
            "value": value,
            "outlet": ref.article.label,
            "article": ref.article.id,
            "published": ref.article.published.isoformat() if ref.article.published else None,
            **({"said_by": named(ref.claim.speaker)} if speakers else {}),
            **({"words": words} if (words := _words(quantity)) else {}),
        }
        for ref, value, quantity in found
    ]
    independent = _status(len({ref.source for ref, _ in reports}))
    if len({value for _, value in figures}) == 1:
        return independent, sequence
    intervals = [_interval(quantity, value) for _, value, quantity in found]
    risen = [_risen(ref, quantity) for ref, _, quantity in found]
    updated = False
    for i, (ref_a, value_a) in enumerate(figures):
        for j, (ref_b, value_b) in enumerate(figures[i + 1 :], i + 1):
            if value_a == value_b:
                continue
            if _revised(ref_b.article.id, value_a, reports):
                updated = True  # the later report gives the earlier figure as one since revised
                continue
            when_a, when_b = _when(ref_a), _when(ref_b)
            close = when_a is None or when_b is None or when_b - when_a < SAME_TIME
            # each allows the other: one toll told as precisely as each report could ("at least 30" and "32"); a
            # later figure below an earlier one it allows is that toll told less precisely ("52", then "more
            # than 50"), whenever it came, as a toll only rises
            allowed = max(intervals[i][0], intervals[j][0]) <= min(intervals[i][1], intervals[j][1])
            if allowed and (close or value_b < value_a):
                continue
            if close and risen[j if value_b > value_a else i]:
                updated = True  # the higher says the toll rose to it: the lower, told at once, is an earlier count
                continue
            if close or (role in RISING_ROLES and value_b < value_a and not allowed):
                return "conflicting", sequence
            if RIVAL.search(ref_b.claim.text):
                return "conflicting", sequence  # the later sets its count against another's: a rival, not an update
            updated = True
    return ("updated" if updated else independent), sequence


def _quantity(ref: ClaimRef, role: str, value: float) -> Quantity | None:
    """The quantity of the claim that gives this figure (of a slot or a measure); None for a sum of parts."""
    quantities = (ref.annotations.quantities[i] for i in ref.claim.quantities)
    return next((q for q in quantities if (q.total(role) or q.measure == role) and q.value == value), None)


def _interval(quantity: Quantity | None, value: float) -> tuple[float, float]:
    """The tolls a figure (stated by `quantity`, or a sum of parts when None) stands for: "32" (or a sum of parts)
    just 32, "10 to 15" those, "about 30" a tenth either side, "at least 30" up to a tenth above: a bound is said of
    a toll near it ("at least 3" and "at least 10" are two counts, the second later); "dozens" anything from 12 to
    120."""
    return _allowed(quantity) if quantity is not None else (value, value)


def _words(quantity: Quantity | None) -> str | None:
    """The words of a figure that is no exact count ("dozens", "more than 60", "about 30"), which a sequence shows
    instead of the value that stands for them (12, 61, 30)."""
    exact = quantity is None or (quantity.low == quantity.high == quantity.value and not vague(quantity))
    return None if exact else quantity.text.casefold()


def _risen(ref: ClaimRef, quantity: Quantity | None) -> bool:
    """The claim says a toll rose to the figure its `quantity` states: "the death toll rose to 19", "has climbed to
    more than 40"."""
    return quantity is not None and bool(RISEN.search(ref.claim.text, 0, max(quantity.start - ref.claim.start, 0)))


def _allowed(quantity: Quantity) -> tuple[float, float]:
    """The values a figure's words allow (`_interval`); the figure has a value."""
    value = quantity.value or 0.0
    low = quantity.low if quantity.low is not None else value * (1 - APPROXIMATE)
    if quantity.high is not None:
        return low, quantity.high
    return low, value * (VAGUE_SPAN if vague(quantity) else 1 + APPROXIMATE)


def _counted_later(reports: list[tuple[int, ClaimRef, float]], role: str) -> list[tuple[int, ClaimRef, float]]:
    """Without the vague figures ("kidnapped dozens of students") that the same article also gives as a count they
    allow ("39 students were missing"): the article's figure is the count, not the word it opened with."""

    def counted(ref: ClaimRef, value: float) -> bool:
        return (quantity := _quantity(ref, role, value)) is None or not vague(quantity)

    kept = []
    for report in reports:
        _, ref, value = report
        if (quantity := _quantity(ref, role, value)) is not None and vague(quantity):
            low, high = _allowed(quantity)
            article = ref.article.id
            if any(r.article.id == article and counted(r, v) and low <= v <= high for _, r, v in reports):
                continue
        kept.append(report)
    return kept


def _revised(article: str, value: float, reports: list[tuple[ClaimRef, float]]) -> bool:
    """The article states this figure in words that make it a former one: "Police had initially said five were
    killed", "revising down an earlier toll of five". A toll that falls so is an update, not a disagreement."""
    return any(
        ref.article.id == article and figure == value and REVISION.search(ref.claim.text) for ref, figure in reports
    )


def first_day(refs: list[ClaimRef]) -> str | None:
    """The earliest day any of the articles gives its main event: a figure dated before it counts another
    happening ("revenge for an air strike last week that killed three children"), while the days of one that
    lasted ("the strike began on Friday with a march that ended in 23 arrests") are all on or after it."""
    days = {main.date for ref in refs if (main := ref.annotations.main_event) is not None and main.date}
    return min(days, default=None)


def slot_facts(refs: list[ClaimRef]) -> tuple[list[FactGroup], set[int]]:
    """One group per casualty slot; returns the groups and the refs they consumed."""
    groups, used = [], set()
    since = first_day(refs)
    for role, of in [(role, of) for role in SLOT_ROLES for of in (None, *SIDES)]:
        # officers hurt and protesters hurt are two figures, not one that changed: each side its own slot
        reports = [(i, ref, v) for i, ref in enumerate(refs) if (v := _slot_value(ref, role, of, since)) is not None]
        # a figure someone only supposes ("there might have been two killed") gives way to figures stated
        reports = [r for r in reports if not _supposed(r[1])] or reports
        reports = _counted_later(reports, role)
        if not reports:
            continue
        used.update(i for i, _, _ in reports)
        # a side's losses are what its enemy counts up and it counts down ("JNIM said it had killed 34 soldiers",
        # the army five): each party's figure is its own step
        groups.append(_figure_fact(role, [(ref, v) for _, ref, v in reports], side=of, by_speaker=of is not None))
    return groups, used


def _figure_fact(
    slot: str, reports: list[tuple[ClaimRef, float]], side: str | None = None, by_speaker: bool = False
) -> FactGroup:
    """The fact the figures of one slot (or measure) make: worded by the clearest report of the latest figure, with
    the sequence when they differ (`_slot_status`)."""
    status, sequence = _slot_status(slot, reports, by_speaker)
    latest = sequence[-1]["value"]
    values = list(dict.fromkeys(step["value"] for step in sequence))
    return FactGroup(
        text=_clearest([ref.claim.text for ref, v in reports if v == latest]),
        status=status,
        independent_sources=len({ref.source for ref, _ in reports}),
        sources=[ref.fact_source(v) for ref, v in reports],
        slot=slot,
        side=side,
        values=values,
        # each report's figure in its words, also where they agree within their bounds ("dozens" and "46")
        sequence=sequence if len(values) > 1 else [],
        # those who gave the figures shown, not a larger toll of another event further down
        attributed_to=_speakers(ref.claim.speaker for ref, v in reports if v in values),
        hedged=any(ref.claim.hedges for ref, _ in reports),
    )


def measure_facts(refs: list[ClaimRef]) -> tuple[list[FactGroup], set[int]]:
    """One group per measure that two independent sources give a figure of ("turnout", "magnitude"); its slot is the
    measure. Figures that differ conflict when reported at once, and update one another when apart in time
    (a quake's magnitude revised in the hours after it); returns the groups and the refs they consumed."""
    reports: dict[str, list[tuple[int, ClaimRef, float]]] = {}
    since = first_day(refs)
    for i, ref in enumerate(refs):
        if ref.claim.background:
            continue
        for q in (ref.annotations.quantities[k] for k in ref.claim.quantities):
            # not another happening's: "a quake with a magnitude of 6.1 struck the region in September", "another
            # earthquake of magnitude 6.3 struck the same area on Monday" (days after the story's)
            later = since is not None and q.dated is not None and q.dated[:10] > since
            if q.measure is not None and q.value is not None and not q.before(since) and not later:
                reports.setdefault(q.measure, []).append((i, ref, q.value))
    groups, used = [], set()
    for measure, found in reports.items():
        if len({ref.source for _, ref, _ in found}) < 2:
            continue  # one source's figure (or its syndicated copies') is compared with no one's
        used.update(i for i, _, _ in found)
        groups.append(_figure_fact(measure, [(ref, v) for _, ref, v in found], by_speaker=True))
    return groups, used


def _clearest(texts: list[str]) -> str:
    """The sentence that reads most as a report of the event, by the event detector: "the death toll rose to
    17 on Thursday" over "the warehouse where seventeen people died is a black shell"."""
    from storyline.extract.event_types import reporting

    scores = reporting(texts)
    return texts[max(range(len(texts)), key=lambda i: scores[i])]


def similarity(texts: list[str]) -> np.ndarray:
    """Pairwise similarity of claim texts: mean of word (1-2 gram) and character (3-5 gram) TF-IDF cosines."""
    words = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", sublinear_tf=True, min_df=1)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
    try:
        word_vectors = normalize(words.fit_transform(texts))
        word_sim = (word_vectors @ word_vectors.T).toarray()
    except ValueError:  # every text was stop words
        word_sim = np.zeros((len(texts), len(texts)))
    char_vectors = normalize(chars.fit_transform(texts))
    return 0.5 * word_sim + 0.5 * (char_vectors @ char_vectors.T).toarray()


def average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative average-link clustering: merge while two groups' mean pairwise similarity >= threshold.

    Pairs that must never share a group can be given a large negative similarity; being averaged,
    it keeps their groups apart unless many other pairs pull them together. Groups come in order
    of their first member; members in index order.
    """
    n = len(sim)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    sim = np.asarray(sim, dtype=float)
    distance = 1.0 - (sim + sim.T) / 2
    # average linkage is unmoved by adding one constant to every distance: lift negative ones to zero
    shift = max(0.0, -float(distance[~np.eye(n, dtype=bool)].min()))
    distance += shift
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 1.0 - threshold + shift, "distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())


def _days(ref: ClaimRef) -> tuple[dict[str, set[str]], set[str]]:
    """The days a claim names, by the word each dates ("trap" of "were trapped on Monday"), and the words it names
    them by."""
    times = [ref.annotations.times[i] for i in ref.claim.times]
    days = [t for t in times if t.value and t.granularity == "day"]
    dated: dict[str, set[str]] = {}
    for t in days:
        dated.setdefault(t.dates or "", set()).add(t.value[:10])
    return dated, {t.text.casefold() for t in days}


def _dates_differ(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Two claims give different days for the same thing: "resumed on March 7" and "resumed on March 8", but not
    "were trapped on Monday" and "were digging on Tuesday"."""
    return any(word in b and not (days & b[word]) for word, days in a.items())


def _counted(ref: ClaimRef) -> Iterator[tuple[Quantity, str]]:
    """The figures of a claim that count something, each with the last word of what it counts, in lower case."""
    for q in (ref.annotations.quantities[i] for i in ref.claim.quantities):
        words = q.counted.text.split() if q.counted is not None else []
        if q.value is not None and words:
            yield q, words[-1].casefold()


def _figures(ref: ClaimRef) -> set[tuple[float, str]]:
    """The figures a claim states with what they count: {(2.0, "days")} for "two days of mourning"."""
    return {(q.value, noun) for q, noun in _counted(ref)}


def _single_figures(ref: ClaimRef) -> dict[str, tuple[float, float]]:
    """The things a claim gives exactly one figure of ("sentenced to 12 years"), by the last word of what is counted,
    each with the values its words allow ("about 80": 72 to 88, "scores": 20 to 200); not those it gives several of
    ("14 points … 11 points", a box score's players)."""
    found: dict[str, list[tuple[float, float]]] = {}
    for q, noun in _counted(ref):
        found.setdefault(noun, []).append(_allowed(q))
    return {noun: spans[0] for noun, spans in found.items() if len(spans) == 1}


def _figures_differ(a: dict[str, tuple[float, float]], b: dict[str, tuple[float, float]]) -> bool:
    """Two claims give one thing figures that do not allow each other: "12 years" and "10 years", not "about 80"
    and "78"."""
    return any(noun in b and (low > b[noun][1] or high < b[noun][0]) for noun, (low, high) in a.items())


def claim_similarity(refs: list[ClaimRef]) -> np.ndarray:
    """Wording similarity, raised for claims that state the same figure of the same thing: a shared
    "two days" of mourning says more about the proposition than the words around it; and lowered for claims that
    give one thing figures that do not allow each other ("sentenced to 12 years", "sentenced to 10 years"): however
    alike their words, calling them corroborated would hide the difference."""
    sim = similarity([r.claim.text for r in refs])
    figures = [_figures(r) for r in refs]
    singles = [_single_figures(r) for r in refs]
    for i, j in zip(*np.triu_indices(len(refs), k=1), strict=True):
        if _figures_differ(singles[i], singles[j]):
            sim[i, j] = sim[j, i] = sim[i, j] - DIFFERENT_FIGURE
        elif figures[i] & figures[j]:
            sim[i, j] = sim[j, i] = min(1.0, sim[i, j] + SHARED_FIGURE)
    return sim


def cluster_claims(refs: list[ClaimRef], threshold: float = MATCH_THRESHOLD) -> list[list[int]]:
    """Greedy average-link grouping of claims from different articles above a similarity threshold."""
    if not refs:
        return []
    sim = claim_similarity(refs)
    groups: list[list[int]] = []
    for i, ref in enumerate(refs):
        best, best_score = None, threshold
        for g, members in enumerate(groups):
            if any(refs[m].article.id == ref.article.id for m in members):
                continue  # one article does not state the same proposition twice
            score = float(np.mean([sim[i, m] for m in members]))
            if score >= best_score:
                best, best_score = g, score
        if best is None:
            groups.append([i])
        else:
            groups[best].append(i)
    return groups


def propositional_facts(refs: list[ClaimRef]) -> list[FactGroup]:
    sim = claim_similarity(refs) if refs else None
    facts = []
    for members in cluster_claims(refs):
        group_refs = [refs[m] for m in members]
        sources = {r.source for r in group_refs}
        # the same words read against different publication days ("on Saturday") are no disagreement
        days = [(*_days(r), r.source) for r in group_refs]
        conflicting = any(_dates_differ(a, b) and wa != wb and sa != sb for a, wa, sa in days for b, wb, sb in days)
        medoid = max(members, key=lambda m: sum(sim[m, o] for o in members))
        facts.append(
            FactGroup(
                text=refs[medoid].claim.text,
                status="conflicting" if conflicting else _status(len(sources)),
                independent_sources=len(sources),
                sources=[r.fact_source() for r in group_refs],
                attributed_to=_speakers(r.claim.speaker for r in group_refs),
                hedged=any(r.claim.hedges for r in group_refs),
            )
        )
    return facts


STATUS_ORDER = {"conflicting": 0, "updated": 1, "corroborated": 2, "single_source": 3}


def fact_groups(refs: list[ClaimRef]) -> list[FactGroup]:
    """The story's facts, figures first. A sentence an article prints twice (a pull quote, a repeated
    paragraph) is one claim of it."""
    unique: dict[tuple[str, str], ClaimRef] = {}
    for ref in refs:
        unique.setdefault((ref.article.id, ref.claim.text), ref)
    refs = list(unique.values())
    slots, used = slot_facts(refs)
    measures, measured = measure_facts(refs)
    rest = [ref for i, ref in enumerate(refs) if i not in used | measured]
    facts = slots + measures + propositional_facts(rest)
    denied = disputed(refs)
    for fact in facts:
        fact.disputed_by = _speakers(d for s in fact.sources for d in denied.get((s.article, s.start), []))
    facts.sort(key=lambda f: (STATUS_ORDER[f.status], -f.independent_sources, f.slot is None))
    return facts


def _speakers(names: Iterable[str | None]) -> list[str]:
    """Who a fact is attributed to, each speaker once however the outlets phrase it ("the Cuban government",
    "Cuba's government"): the first phrasing stands for the rest. A pronoun left unresolved names nobody."""
    kept: dict[str, str] = {}
    for name in filter(None, map(named, names)):
        kept.setdefault(phrase_key(name), name)
    return sorted(kept.values())
