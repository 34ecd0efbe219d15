"""Which words cue an attribution: a linear model over the token's own parse, trained on PolNeAR's train split.

The verb lexicon in attributions.py misses the long tail of cues PolNeAR marks ("reserved his passion
for", "pushed back", nominal "in his view"), and admits verbs that report nothing in context
("showed up"). A logistic regression over features of the one parse (lemma, its dependents, its
head, quotation marks around it) scores every verb and noun; the shipped weights are a plain
JSON map from feature to weight, so scoring is a few dictionary look-ups per word (no scikit-learn
at run time, no second pass over the text).
"""

from __future__ import annotations

import gzip
import json
import math
from functools import cache
from pathlib import Path

from spacy.tokens import Token

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "attribution_cues.json.gz"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "AUX", "ADJ"})
_ARGUMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "acomp", "nsubj", "nsubjpass", "agent", "prep", "mark", "acl", "advcl", "poss", "relcl"}
)


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS


def features(token: Token, quote_in_sentence: bool) -> list[str]:
    """The parse around one word: what it is, what hangs on it, what it hangs on, whether a quotation is near."""
    lemma = token.lemma_.lower()
    head = token.head
    feats = [
        "bias",
        f"l={lemma}",
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
    return feats


@cache
def weights() -> dict[str, float]:
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as handle:
        return json.load(handle)["weights"]


def probability(feats: list[str], table: dict[str, float]) -> float:
    score = sum(table.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-score)) if score > -30 else 0.0
