"""Denials: a party's statement that a claim the article has just reported is false ("The army denied the claim",
"“This is propaganda,” a spokesman said", or in the claim's own sentence: "…, a claim the group denied"), and the
claims it disputes.

A denial answers a claim made before it in the same article by someone else: the nearest of the few claims before
it that is no denial itself. Corroboration counts outlets, so a figure two outlets relay from one party is
"corroborated" however flatly another party denies it; the dossier says who disputes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from storyline.compare.voices import named
from storyline.model import Attribution

if TYPE_CHECKING:
    from storyline.compare.facts import ClaimRef

# cue words of a denial, as the attribution's cue is written
DENYING = frozenset(
    "deny denied denies denying refute refuted refutes dispute disputed disputes reject rejected rejects dismiss "
    "dismissed dismisses".split()
)
# what a denial's cue takes when it answers a report: "denied the claim", "rejected the allegations", "denied it";
# not "denied that his members had started the violence", which says what it denies, nor "rejected calls for …"
ANSWERED = re.compile(
    r"^\W*((the|these|those|such|its|their) )?(claims?|reports?|allegations?|accusations?|account|charges?)\b"
    r"|^\W*(it|this|that|them)\W*$",
    re.I,
)
ANSWER_WORDS = 6  # longer, the object says what it denies
# a report called false: "This is propaganda", "the report was false", "these claims are completely untrue"; not
# "Trump has made 13,000 false claims", "this is a false choice", nor "It is not true that I was jealous", which says
# what it denies
CALLED_FALSE = re.compile(
    r"\b(this|that|it|these|those|the (claims?|reports?|allegations?|accusations?|footage|video|images?|story))"
    r" (is|was|are|were) (\w+ )?"
    r"(false|untrue|baseless|unfounded|fabricated|propaganda|a fabrication|a lie|lies|not true)"
    r"(?=\s*([.,;:!?\"”’)]|and\b|$))",  # the predicate ends there: not "this is a false choice"
    re.I,
)
REACH = 3  # a denial answers one of the claims just before it


def _denial(ref: ClaimRef) -> Attribution | None:
    """The report by which the claim is a party's denial of what was reported before it, if it is one: a cue that
    denies a report it points back to ("The army denied the claim"), or words that call it false ("“This is
    propaganda,” a spokesman said")."""
    index = ref.claim.attribution
    if index is None or named(ref.claim.speaker) is None:
        return None  # an outlet that calls something false in its own voice is no party answering it
    attribution = ref.annotations.attributions[index]
    return attribution if _denies(attribution) else None


def _denies(attribution: Attribution) -> bool:
    cue = attribution.cue.text.casefold().split() if attribution.cue is not None else []
    content = attribution.content.text
    answers = len(content.split()) <= ANSWER_WORDS and bool(ANSWERED.search(content))
    return (any(word in DENYING for word in cue) and answers) or bool(CALLED_FALSE.search(content))


# a noun of what is said, set after a report with the one who denies it: "…, a claim the group denied"
DENIED_AFTER = re.compile(
    r",\s+(?:a|an|the) (?:claim|charge|allegation|accusation|assertion|account)s? (?:that |which )?"
    r"(?P<who>(?:the |an? )?[A-Z]?[\w'’.-]+(?: [\w'’.-]+){0,4}?) (?:has |have |had )?(?:\w+ly )?"
    r"(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|refuted|refutes)\b"
)


def _denied_within(ref: ClaimRef) -> list[str]:
    """Who denies the claim in its own sentence, after reporting it: "The army said it had killed 40 fighters, a
    claim the group denied" (the parse gives the denial as an attribution, or the words do)."""
    index = ref.claim.attribution
    main = ref.annotations.attributions[index] if index is not None else None
    told = main.cue.start if main is not None and main.cue is not None else ref.claim.start
    deniers = []
    for a in ref.annotations.attributions:
        if a is main or a.cue is None or not told < a.cue.start < ref.claim.end or not _denies(a):
            continue
        deniers.append(named(a.speaker))
    if not deniers and (match := DENIED_AFTER.search(ref.claim.text)):
        deniers.append(_body_named(ref, match["who"]))
    speaker = (named(ref.claim.speaker) or "").casefold()
    return [d for d in deniers if d is not None and d.casefold() != speaker]


def _body_named(ref: ClaimRef, who: str) -> str | None:
    """ "the group" of "…, a claim the group denied" is the one organisation the sentence names, when it names one
    ("40 Boko Haram fighters"); a name, or a phrase the sentence gives no body for, stays as it is."""
    if who.split()[0].casefold() not in ("the", "a", "an"):
        return named(who)
    by_id = {e.id: e for e in ref.annotations.entities}
    bodies = {e.name for i in ref.claim.entities if (e := by_id.get(i)) is not None and e.type == "ORG"}
    return bodies.pop() if len(bodies) == 1 else named(who)


def _answers_itself(ref: ClaimRef, denial: Attribution) -> bool:
    """The denial's own sentence reports what it denies first ("While some speculated that Felt was the source, he
    denied the accusations"): it answers no claim before it."""
    cue = denial.cue.start if denial.cue is not None else denial.content.start
    others = (a for a in ref.annotations.attributions if a is not denial and a.cue is not None)
    return any(ref.claim.start <= a.cue.start < cue for a in others)


def disputed(refs: list[ClaimRef]) -> dict[tuple[str, int], list[str]]:
    """Who disputes each claim a later claim of its article denies, by (article id, claim start)."""
    by_article: dict[str, list[ClaimRef]] = defaultdict(list)
    for ref in refs:
        by_article[ref.article.id].append(ref)
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for claims in by_article.values():
        claims.sort(key=lambda r: r.claim.start)
        denials = [_denial(ref) for ref in claims]
        for ref in claims:
            if deniers := _denied_within(ref):
                found[(ref.article.id, ref.claim.start)] += deniers
        for j, (ref, denial) in enumerate(zip(claims, denials, strict=True)):
            if denial is None or _answers_itself(ref, denial):
                continue
            denier = named(ref.claim.speaker) or ""
            for k in range(j - 1, max(0, j - REACH) - 1, -1):
                said_by = named(claims[k].claim.speaker)
                if denials[k] is not None or (said_by is not None and said_by.casefold() == denier.casefold()):
                    continue
                found[(claims[k].article.id, claims[k].claim.start)].append(denier)
                break
    return found
