"""Which words cue an attribution: a linear model over the token's own parse, trained on PolNeAR's train split.

A verb lexicon misses the long tail of cues PolNeAR marks ("reserved his passion for", "pushed back", nominal
"in his view"), and admits verbs that report nothing in context ("showed up"). A logistic regression over
features of the one parse (lemma, its dependents, its head, quotation marks around it) scores every verb and
noun; the shipped weights are a plain JSON map from feature to weight, so scoring is a few dictionary look-ups
per word (no scikit-learn at run time, no second pass over the text). Only the plainest speech verbs carrying
a clause (CLAUSE_CUES) are cues whatever the model says.

The model has two stages with the same features: the second also sees what the first says of the words around
the word (its head, the clauses hung on it, the rest of its sentence), so that a word is weighed against the
surer or weaker cues beside it. A word is a cue when either stage puts it over the bar.
"""

from __future__ import annotations

import gzip
import json
import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

# Speech and belief verbs that are cues whenever they carry a clause ("stating that"), whatever the model's
# context says: a rare context (a participle in "in addition to") should not lose the plainest cues.
CLAUSE_CUES = frozenset(
    "say tell state claim argue add explain note insist warn write report announce declare deny suggest "
    "believe think acknowledge admit contend assert allege predict promise confirm".split()
)
WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "attribution_cues.json.gz"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "AUX", "ADJ"})
_ARGUMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "acomp", "nsubj", "nsubjpass", "agent", "prep", "mark", "acl", "advcl", "poss", "relcl"}
)


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS


def features(token: Token, quote_in_sentence: bool, known: Mapping[str, float] | None = None) -> list[str]:
    """The parse around one word: what it is, what hangs on it, what it hangs on, whether a quotation is near; its
    lemma spelled as the weights `known` spell it."""
    lemma = spelled(token.lemma_.lower(), known)
    head = token.head
    feats = [
        "bias",
        lemma_feature(lemma),
        f"p={token.pos_}",
        f"t={token.tag_}",
        f"d={token.dep_}",
        f"l={lemma}|d={token.dep_}",
        f"l={lemma}|t={token.tag_}",
        f"hp={head.pos_}|d={token.dep_}",
        f"hl={head.lemma_.lower()}|d={token.dep_}",
        f"qs={quote_in_sentence}",
        f"l={lemma}|qs={quote_in_sentence}",
    ]
    deps = set()
    for child in token.children:
        dep = child.dep_
        if dep not in _ARGUMENT_DEPS:
            continue
        side = "<" if child.i < token.i else ">"
        deps.add(dep + side)
        if dep in ("prep", "mark", "agent"):
            feats.append(f"c{dep}={child.lower_}")
            feats.append(f"l={lemma}|c{dep}={child.lower_}")
        elif dep in ("dobj", "acomp"):
            feats.append(f"l={lemma}|{dep}={child.lemma_.lower()}")
            feats.extend(_object(lemma, child) if dep == "dobj" else _complement(token, lemma, child))
        elif dep in ("nsubj", "nsubjpass"):
            kind = child.ent_type_ or ("PRON" if child.pos_ == "PRON" else child.pos_)
            feats.append(f"subj={kind}")
            feats.append(f"subjl={child.lower_}" if child.pos_ == "PRON" else f"subjp={child.pos_}")
    for dep in sorted(deps):
        feats.append(f"c={dep}")
        feats.append(f"l={lemma}|c={dep}")
    if token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        feats.append(f"n={nxt.lower_ if nxt.is_punct or nxt.pos_ in ('ADP', 'SCONJ', 'PART') else nxt.pos_}")
    if token.i > 0:
        prev = token.doc[token.i - 1]
        feats.append(f"pv={prev.lower_ if prev.is_punct or prev.pos_ in ('ADP', 'DET', 'PRON') else prev.pos_}")
    feats.extend(_clause(token, lemma))
    if token.pos_ == "NOUN":
        feats.extend(_nominal(token, lemma))
    feats.append(f"suf={lemma[-3:]}|p={token.pos_}")
    feats.append(f"suf4={lemma[-4:]}|p={token.pos_}")
    sentence = token.sent
    feats.append(f"sl={_bucket(token.i - sentence.start)}|p={token.pos_}")
    feats.append(f"sr={_bucket(sentence.end - token.i - 1)}|p={token.pos_}")
    feats.append(f"sr={_bucket(sentence.end - token.i - 1)}|qs={quote_in_sentence}")
    return feats


def lemma_feature(lemma: str) -> str:
    """The feature of the word's lemma alone, whose weight says how much the word reports by itself."""
    return f"l={lemma}"


def spelled(lemma: str, known: Mapping[str, float] | None) -> str:
    """The lemma as the model spells it. PolNeAR is American news: a British "-ise" or "-yse" verb ("characterise",
    "analyse") takes its American spelling when the weights know that one ("promise" stays)."""
    if known is None or not lemma.endswith(("ise", "yse")):
        return lemma
    american = lemma[:-2] + "ze"
    return american if lemma_feature(american) in known else lemma


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-3" if n <= 3 else "4-10" if n <= 10 else "11+"


def _clause(token: Token, lemma: str) -> list[str]:
    """Whether a clause hangs on the word, with its lemma and with what kind of subject it has."""
    has = any(c.dep_ == "ccomp" for c in token.children)
    feats = [f"l={lemma}|cc={has}"]
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        feats.append(f"cc={has}|subj={subject.ent_type_ or subject.pos_}")
    return feats


def _object(lemma: str, obj: Token) -> list[str]:
    """What hangs on the object: "voiced concern about", "made the case that", "offered an apology to" report a
    stance through a noun too rare to weigh alone."""
    feats = []
    for child in obj.children:
        if child.dep_ in ("prep", "acl", "relcl", "ccomp"):
            tag = child.lower_ if child.dep_ == "prep" else child.dep_
            feats.extend((f"l={lemma}|do>{tag}", f"do>{tag}"))
    return feats


def _complement(token: Token, lemma: str, adjective: Token) -> list[str]:
    """What hangs on an adjective complement, and of whom it is said: a person "is eager to", "was clear about", "is
    proud of" tells a stance; a plan "is likely to" does not."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    kind = "none" if subject is None else subject.ent_type_ or subject.pos_
    feats = [f"l={lemma}|acs={kind}"]
    for child in adjective.children:
        if child.dep_ in ("prep", "ccomp", "xcomp", "advcl"):
            tag = child.lower_ if child.dep_ == "prep" else child.dep_
            feats.extend((f"l={lemma}|ac>{tag}", f"l={lemma}|ac>{tag}|acs={kind}"))
    return feats


def _nominal(token: Token, lemma: str) -> list[str]:
    """A noun's object ("the claim of fraud"), its clause ("the claim that"), what governs it ("in his view")."""
    feats = []
    for child in token.children:
        if child.dep_ == "prep":
            feats.extend(f"l={lemma}|pobj={o.lemma_.lower()}" for o in child.children if o.dep_ == "pobj")
        if child.dep_ in ("acl", "ccomp"):
            feats.append(f"l={lemma}|nc={child.dep_}")
    head = token.head
    feats.append(f"nl={lemma}|hl={head.lemma_.lower()}")
    if head.dep_ == "prep":
        feats.append(f"nl={lemma}|hh={head.lower_}|{head.head.lemma_.lower()}")
    return feats


@dataclass(frozen=True, slots=True)
class CueModel:
    """The first stage's weights (`words`: the word's own parse) and the second's (`context`: the same features and
    what the first stage says of the words around it)."""

    words: Mapping[str, float]
    context: Mapping[str, float]


# how the first stage's probability of a neighbouring word is told to the second
_LEVELS = ((0.1, "0"), (0.25, "1"), (0.4, "2"), (0.6, "3"), (0.8, "4"))
# the clauses and phrases hung on a word whose own cue probability tells on it
_CONTEXT_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "dobj", "acl", "relcl"})


# the first-stage probability below which the second stage does not look again: on PolNeAR train (cross-fitted) no
# word under it rose to the threshold (0 of 180,030; 1 of 190,004 under 0.1), and four in five words are under it
SECOND_LOOK = 0.05


def _level(p: float) -> str:
    return next((name for bound, name in _LEVELS if p < bound), "5")


def context_features(
    tokens: Sequence[Token], first: Mapping[int, float], described: Sequence[Token] | None = None
) -> list[list[str]]:
    """For each candidate word of one article (`tokens`, or those of them `described`), what the first stage
    (`first`: probability by token index) says of the words around it: its head, its surest ancestor, the clauses
    and phrases hung on it, the surest word inside what it governs, and the surest word of its sentence on another
    branch of the parse (also against its own). A word's descendants are the words between its edges (the parse is
    projective but for rare repairs)."""
    if not tokens:
        return []
    starts = [sentence.start for sentence in tokens[0].doc.sents]
    sentence_of = {token.i: bisect_right(starts, token.i) for token in tokens}
    spans: dict[int, list[tuple[int, int, int, float]]] = {}  # sentence -> (index, left edge, right edge, p)
    for token in tokens:
        spans.setdefault(sentence_of[token.i], []).append(
            (token.i, token.left_edge.i, token.right_edge.i, first[token.i])
        )
    out = []
    for token in tokens if described is None else described:
        at, left, right = token.i, token.left_edge.i, token.right_edge.i
        above = inside = apart = 0.0
        for i, other_left, other_right, p in spans[sentence_of[at]]:
            if i == at:
                continue
            if left <= i <= right:
                inside = max(inside, p)
            elif other_left <= at <= other_right:
                above = max(above, p)
            else:
                apart = max(apart, p)
        feats = [f"x:anc={_level(above)}", f"x:in={_level(inside)}"]
        head = token.head
        if head.i != at and head.i in first:
            feats.append(f"x:h={_level(first[head.i])}|d={token.dep_}")
        feats.extend(
            f"x:c{c.dep_}={_level(first[c.i])}" for c in token.children if c.dep_ in _CONTEXT_DEPS and c.i in first
        )
        feats.extend((f"x:sent={_level(apart)}", f"x:sent={_level(apart)}|self={_level(first[at])}"))
        out.append(feats)
    return out


def probabilities(candidates: Sequence[tuple[Token, bool]], model: CueModel) -> dict[int, float]:
    """Each candidate word's probability of heading a cue (by token index), given whether a quotation touches its
    sentence."""
    tokens = [token for token, _ in candidates]
    feats = {token.i: features(token, quoted, model.words) for token, quoted in candidates}
    first = {i: probability(f, model.words) for i, f in feats.items()}
    # the second stage adds the cues the first missed and drops none of its own: a word weighed alone as a cue
    # stays one, whatever its neighbours ("Cuba has confirmed the deaths of 32, who were described by …")
    second = dict(first)
    again = [token for token in tokens if first[token.i] >= SECOND_LOOK]
    for token, around in zip(again, context_features(tokens, first, again), strict=True):
        second[token.i] = max(first[token.i], probability(feats[token.i] + around, model.context))
    return second


@cache
def weights() -> CueModel:
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as handle:
        stages = json.load(handle)
    return CueModel(stages["words"], stages["context"])


def probability(feats: list[str], table: Mapping[str, float]) -> float:
    score = sum(table.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-score)) if score > -30 else 0.0
