"""Event sub-types of claim sentences: the CASE 2021 task 2 labels, mapped to ACLED's vocabulary.

Two linear heads share three TF-IDF blocks: word 1–2-grams, character 3–5-grams within words (inflections
and spelling variants the words miss) and hits of a small cue lexicon written from ACLED's codebook, which
carries what a few hundred labelled snippets cannot teach. The sparse head (a linear SVM) sees only those;
the dense head (logistic regression) also sees the sentence's MiniLM embedding (`storyline.embeddings`),
which knows paraphrases no lexicon lists: 5-fold CV weighted F1 0.81 against 0.77 (docs/figures.md).
Embedding costs ~15 ms a sentence and a torch import, several times the whole rest of extraction, so
callers choose: article extraction types every claim with the sparse head; the comparison stage
(`compare.reconcile`) re-reads each story's main-event sentences with the dense head, which is also what the
evaluation reports. A softmax with a temperature fitted on cross-validated scores turns each head's margins
into probabilities.

Both heads are trained on the labelled snippets plus two descriptions per label written for this project
(`event_type_descriptions`). Every snippet reports an event, so the heads type any sentence as one; a third,
binary head (the detector, on the same TF-IDF blocks) tells a report of an event from the rest of what news
says, trained on the snippets against the sentences of ordinary political news (PolNeAR's train articles).
The weights ship as plain arrays (npz, loaded without pickle): vocabularies, idf, coefficients, intercepts,
labels, temperatures; the embedding model itself is not part of them.
Prediction is numpy/scipy only; scikit-learn is imported only to train.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy import sparse

from storyline.extract.event_type_descriptions import DESCRIPTIONS

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "event_types.npz"
FORMAT = 3  # 3: the event-report detector
DETECTOR_C = 1.0  # the detector's inverse regularisation; 0.3 / 1 / 3 differ by < 0.001 AUC in CV (docs/figures.md)
MIN_SENTENCE_WORDS = 6  # shorter lines of the news corpus (datelines, headings) are no examples of anything
EMBEDDING_WEIGHT = 1.5  # the sentence vector (unit length) beside the TF-IDF blocks (1, 1 and 0.5)
DENSE_LEARNER = "logistic"  # see `_linear`

# CASE 2021 code -> (ACLED event type, ACLED sub-event type); the non-ACLED classes get readable names of their own
ACLED: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "ORG_CRIME": ("Organized crime", "Organized crime"),
    "NATURAL_DISASTER": ("Natural disaster", "Natural disaster"),
    "MAN_MADE_DISASTER": ("Man-made disaster", "Man-made disaster"),
    "DIPLO": ("Diplomatic event", "Diplomatic event"),
    "ATTRIB": ("Attribution", "Attribution"),
    "OTHER": ("Other", "Other"),
}
BLANK = ("OTHER", *ACLED["OTHER"], 0.0)  # nothing to classify: no event, and no confidence in that either

# cue words per class, from ACLED's codebook definitions; the classifier learns how far to trust each
_CUES = {
    "PEACE_PROTEST": r"protest\w*|demonstrat\w*|rall(?:y|ies)|rallied(?! (?:to (?:win|beat|defeat|victory|draw|tie"
    r"|level)|from|back)\b)|march(?:ed|es|ers)?|sit-?ins?|picket\w*|vigils?"
    r"|petitions?|peaceful\w*|chant\w*|placards?|banners?|slogans?|(?<!air )(?<!drone )strikes?|striking",
    "PROTEST_WITH_INTER": r"dispers\w*|water cannons?|tear ?gas|batons?|detained (?:\w+ )?(?:protest|demonstrat)\w*"
    r"|cordon\w*|prevented|broke up",
    "FORCE_AGAINST_PROTEST": r"(?:fired|opened fire|shot) (?:\w+ ){0,2}(?:protest|demonstrat|crowd)\w*"
    r"|live (?:ammunition|rounds|bullets)|killed (?:\w+ )?(?:protest|demonstrat)\w*|crackdown|rubber bullets",
    "VIOL_DEMONSTR": r"riot\w*|stones?|rocks?|petrol bombs?|molotov\w*|pelted|clash\w* with (?:the )?police|hurled"
    r"|set (?:\w+ )?(?:on )?fire|torch\w*|barricades?|burn\w* tyres",
    "MOB_VIOL": r"mobs?|lynch\w*|vigilantes?|beat\w* (?:\w+ )?to death|communal|angry (?:crowd|villagers|residents)",
    "ARMED_CLASH": r"clash\w*|fight\w*|fought|firefights?|gun ?battles?|exchange[sd]? (?:of )?fire|ambush\w*"
    r"|skirmish\w*|offensive",
    "AIR_STRIKE": r"air ?strikes?|air ?raids?|drones?|warplanes?|jets?|aircraft|bombard\w*|helicopters?|gunships?"
    r"|coalition",
    "ART_MISS_ATTACK": r"shell\w*|artillery|mortars?|rockets?|missiles?|projectiles?",
    "REM_EXPLOS": r"ieds?|roadside|landmines?|mines?|car bombs?|explosive devices?|detonat\w*|blasts?|explosions?"
    r"|exploded|bomb\w*",
    "SUIC_BOMB": r"suicide|blew (?:himself|herself|themselves) up|explosive vests?|suicide bombers?",
    "GRENADE": r"grenades?|lobbed|hurled",
    "CHEM_WEAP": r"chemical|chlorine|sarin|toxic gas|nerve agents?|mustard gas|poison gas",
    "ATTACK": r"gunmen|attack\w*|shot dead|stabb\w*|massacre\w*|hacked|killed|murder\w*|assassinat\w*",
    "ABDUCT_DISSAP": r"abduct\w*|kidnap\w*|hostages?|disappear\w*|captive|taken away|missing",
    "SEX_VIOL": r"rap(?:e|ed|es|ing|ist)|sexual\w*|molest\w*|gang-?raped",
    "GOV_REGAINS_TERIT": r"recaptur\w*|retook|retake\w*|regain\w*|liberat\w*|took back|cleared|reclaim\w*",
    "NON_STATE_ACTOR_OVERTAKES_TER": r"seiz\w*|captur\w*|took control|taken control|overr[au]n|fell to|stormed"
    r"|took over",
    "NON_VIOL_TERRIT_TRANSFER": r"withdr[ae]w\w*|handed over|hand over|handover|pulled out|pull out|ceded"
    r"|evacuat\w*|transferred|deploy\w*",
    "HQ_ESTABLISHED": r"bases?|headquarters|outposts?|camps?|establish\w*|set up",
    "AGREEMENT": r"agreements?|agreed|cease-?fire|truce|peace deal|signed|accords?|deals?|negotiat\w*"
    r"|prisoner exchange|release",
    "ARREST": r"arrest\w*|detain\w*|custody|apprehend\w*|nabbed|held|jailed",
    "CHANGE_TO_GROUP_ACT": r"recruit\w*|merg\w*|defect\w*|joined|rebrand\w*|training|relocat\w*|appointed|split"
    r"|dissolv\w*|mobiliz\w*|new leader|allegiance|surrender\w*",
    "DISR_WEAP": r"defus\w*|weapons cache|arms cache|caches?|intercept\w*|bomb disposal|confiscat\w*|dismantl\w*"
    # recovered or seized weapons, not "18 bodies were recovered"
    r"|(?:recovered|seized) (?:\w+ )?(?:weapons|arms|explosives|ammunition|rifles|guns)|shot down|foiled",
    "PROPERTY_DISTRUCT": r"loot\w*|vandal\w*|destroy\w*|demolish\w*|ransack\w*|damaged|arson"
    r"|burn\w* (?:down )?(?:houses|homes|shops|property|vehicles)",
    "ORG_CRIME": r"drugs?|cartels?|smuggl\w*|traffick\w*|gangs?|narcotic\w*|extortion|cocaine|heroin|mafia|robbery"
    r"|robbed",
    "NATURAL_DISASTER": r"earthquakes?|quake|floods?|flooding|cyclones?|hurricanes?|storms?|landslides?|drought"
    r"|tsunami|wildfires?|covid\w*|coronavirus|pandemic|virus|outbreak|epidemic|infect\w*|magnitude|rainfall"
    r"|typhoon",
    "MAN_MADE_DISASTER": r"fire broke out|blaze|collaps\w*|crash\w*|derail\w*|accident\w*|spill\w*|leak\w*|factory"
    r"|capsiz\w*|stampede|fire",
    "DIPLO": r"minister|talks|summit|bilateral|embass\w*|ambassadors?|diplomat\w*|sanctions?|visit\w*|met with"
    r"|foreign",
    "ATTRIB": r"claim\w* responsibility|blam\w*|accus\w*|attribut\w*|responsible for|behind the",
}
_CUE_PATTERNS = {label: re.compile(rf"\b(?:{pattern})\b") for label, pattern in _CUES.items()}  # on lowercased text

# the classifier's cues beyond the lexicon's classes: how much force a protest met or used, and who took ground;
# kept out of `_CUES`, whose classes also serve coreference (compare.mentions) as trigger synonyms
# what is thrown in a riot: "threw three touchdowns" and "threw punches" are no riot
_PROJECTILE = (
    r"(?:stones?|rocks?|bottles?|bricks?|eggs?|petrol bombs?|fire ?bombs?|molotov\w*|fireworks?|firecrackers?"
    r"|objects?|projectiles?|grenades?|tear ?gas|paint|acid|debris|chairs?)"
)
_FORCE_CUES = {
    "PROTEST_WITH_INTER": r"pepper[- ]?spray\w*|disperse\w*|(?:detain|arrest)\w* (?:\w+ ){0,3}(?:protest|demonstrat"
    r"|activist|marcher)\w*|halt\w*|banned|drag\w*",
    "FORCE_AGAINST_PROTEST": r"excessive force|(?:live|real) (?:ammunition|rounds|bullets|fire)|suppress\w*|crackdown"
    r"|(?:killed|shot|wounded|injured) (?:\w+ ){0,3}(?:protest|demonstrat)\w*"
    r"|(?:protest|demonstrat)\w* (?:\w+ ){0,3}(?:were |was )?(?:killed|shot dead|died)",
    "VIOL_DEMONSTR": r"violent\w*|aggressive|scuffl\w*|smash\w*|blocked (?:\w+ ){0,2}(?:streets|roads|highways)"
    r"|roadblocks?|firecrackers|bottles"
    rf"|(?:throw\w*|threw|thrown) (?:\w+ ){{0,3}}?{_PROJECTILE}|{_PROJECTILE} (?:\w+ ){{0,2}}?(?:thrown|hurled)",
}
# ACLED tells the two territory types apart by who takes the ground, not by the verb ("ISIS recaptured" is a
# non-state actor overtaking territory): an actor a few words before a verb of taking
_STATE = r"army|troops|soldiers|government forces|security forces|military|armed forces|national army|saa"
_STATE += r"|pro-government\w*|regime forces|police"
_NON_STATE = r"rebels?|militants?|insurgents?|jihadists?|fighters|taliban|is|isis|isil|islamic state|al-shabaa?b"
_NON_STATE += r"|boko haram|militias?|terrorists|separatists|extremists"
_TAKE = r"recaptur\w*|retook|retake\w*|regain\w*|captur\w*|seiz\w*|took control|taken control|tak\w+ over|took over"
_TAKE += r"|liberat\w*|established control|overr[au]n|stormed|drove \w+ out|pushed \w+ back|drove back"
_FEATURE_CUES = {
    label: f"{pattern}|{_FORCE_CUES[label]}" if label in _FORCE_CUES else pattern for label, pattern in _CUES.items()
}
_FEATURE_CUES["GOV_TAKE"] = rf"(?:{_STATE})\b(?:\W+\w+){{0,6}}?\W+(?:{_TAKE})"
_FEATURE_CUES["NSA_TAKE"] = rf"(?:{_NON_STATE})\b(?:\W+\w+){{0,6}}?\W+(?:{_TAKE})"
_FEATURE_PATTERNS = {label: re.compile(rf"\b(?:{pattern})\b") for label, pattern in _FEATURE_CUES.items()}
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
CHAR_N = (3, 5)
WORD_CACHE = 200_000  # words whose character n-gram columns are remembered, per block


def _words(text: str) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def _word_chars(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i : i + n] for n in range(CHAR_N[0], CHAR_N[1] + 1) for i in range(max(1, len(padded) - n + 1))]


def _chars(text: str) -> list[str]:
    return [gram for word in text.lower().split() for gram in _word_chars(word)]


def cue_words(text: str) -> list[str]:
    """The words of the text that the lexicon takes for a class's cue, lowercased: "gunmen", "killed"."""
    text = text.lower()
    return [m.group() for pattern in _CUE_PATTERNS.values() for m in pattern.finditer(text)]


def _cues(text: str, patterns: dict[str, re.Pattern[str]] = _CUE_PATTERNS) -> list[str]:
    """One `cue:CLASS` per hit of the lexicon (the classes only, by default: what coreference compares)."""
    text = text.lower()
    return [f"cue:{label}" for label, pattern in patterns.items() for _ in pattern.finditer(text)]


def _cue_features(text: str) -> list[str]:
    return _cues(text, _FEATURE_PATTERNS)


# block name -> (analyzer, min document frequency, weight of the block's unit-length vector)
BLOCKS: dict[str, tuple[Callable[[str], list[str]], int, float]] = {
    "word": (_words, 2, 1.0),
    "char": (_chars, 3, 1.0),
    "cue": (_cue_features, 1, 0.5),
}


@dataclass(eq=False)
class Block:
    """One feature block as stored: its terms in column order, their idf and the block's weight."""

    name: str
    terms: np.ndarray  # str, in column order
    idf: np.ndarray
    weight: float
    index: dict[str, int] = field(init=False, repr=False)
    word_columns: dict[str, list[int]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {term: j for j, term in enumerate(self.terms.tolist())}

    def columns(self, text: str) -> list[int]:
        """The text's term columns, repeats kept; a word's character n-grams are looked up once per process."""
        if self.name != "char":
            index = self.index
            return [j for j in map(index.get, BLOCKS[self.name][0](text)) if j is not None]
        cache, found = self.word_columns, []
        if len(cache) > WORD_CACHE:
            cache.clear()
        for word in text.lower().split():
            if (columns := cache.get(word)) is None:
                columns = cache[word] = [j for j in map(self.index.get, _word_chars(word)) if j is not None]
            found.extend(columns)
        return found


def _features(blocks: Sequence[Block], texts: Sequence[str]) -> sparse.csr_matrix:
    """Sublinear TF-IDF, each block's part of a row scaled to unit length, then to the block's weight."""
    offsets = np.cumsum([0] + [len(b.terms) for b in blocks])
    indptr, indices, counts, parts = [0], [], [], []
    for text in texts:
        for part, block in enumerate(blocks):
            found = Counter(block.columns(text))
            indices.extend(found)
            counts.extend(found.values())
            parts.extend([part] * len(found))
        indptr.append(len(indices))
    part_of = np.asarray(parts, dtype=np.int64)
    columns = np.asarray(indices, dtype=np.int64) + offsets[part_of]
    idf = np.concatenate([b.idf for b in blocks])
    data = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[columns]
    rows = np.repeat(np.arange(len(texts)), np.diff(indptr))
    cell = rows * len(blocks) + part_of
    norms = np.sqrt(np.bincount(cell, weights=data**2, minlength=len(texts) * len(blocks)))
    weights = np.tile([b.weight for b in blocks], len(texts))
    data *= weights[cell] / np.where(norms[cell] > 0, norms[cell], 1.0)
    return sparse.csr_matrix((data, columns, np.asarray(indptr)), shape=(len(texts), int(offsets[-1])))


@dataclass(eq=False)
class Head:
    """One classifier over the features: coefficients, intercepts and its softmax temperature."""

    coef: np.ndarray  # labels x features
    intercept: np.ndarray
    temperature: float
    coef_t: np.ndarray = field(init=False, repr=False)  # features x labels, contiguous for the sparse product

    def __post_init__(self) -> None:
        self.coef_t = np.ascontiguousarray(self.coef.T)


@dataclass(eq=False)
class Model:
    """The classifier as plain arrays: what `save` writes and `load` reads back.

    `dense` sees the TF-IDF blocks followed by the embedding (times the weight it was trained with); None for
    a model trained without embeddings.
    """

    labels: np.ndarray  # str
    blocks: tuple[Block, ...]
    sparse: Head
    dense: Head | None
    meta: dict
    detector: Head | None = None  # two rows, "other" and "event": P(the text reports an event)

    def scores(
        self, texts: Sequence[str], vectors: np.ndarray | None = None, x: sparse.csr_matrix | None = None
    ) -> tuple[np.ndarray, float]:
        """Margins of the dense head when `vectors` (the texts' embeddings) are given, else of the sparse head;
        `x`: the texts' features, when already computed."""
        x = _features(self.blocks, texts) if x is None else x
        if vectors is None:
            return x @ self.sparse.coef_t + self.sparse.intercept, self.sparse.temperature
        if self.dense is None:
            raise ValueError("this model was trained without embeddings")
        n = x.shape[1]
        head = self.dense
        z = x @ head.coef_t[:n] + (self.meta["embedding_weight"] * vectors) @ head.coef_t[n:] + head.intercept
        return z, head.temperature

    def probabilities(
        self, texts: Sequence[str], vectors: np.ndarray | None = None, x: sparse.csr_matrix | None = None
    ) -> np.ndarray:
        z, temperature = self.scores(texts, vectors, x)
        return _softmax(temperature * z)

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> list[str]:
        return self.labels[self.scores(texts, vectors)[0].argmax(axis=1)].tolist() if texts else []

    def reporting(self, texts: Sequence[str], x: sparse.csr_matrix | None = None) -> np.ndarray:
        """P(the text reports an event) for each text, from the detector; `x` as for `scores`."""
        if self.detector is None:
            raise ValueError("this model was trained without an event detector")
        x = _features(self.blocks, texts) if x is None else x
        z = x @ self.detector.coef_t + self.detector.intercept
        return _softmax(self.detector.temperature * z)[:, 1]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


# --- training ---------------------------------------------------------------------------------


def _block(name: str, texts: Sequence[str]) -> Block:
    """Vocabulary above the block's min_df and smoothed idf, ln((1 + n) / (1 + df)) + 1."""
    analyzer, min_df, weight = BLOCKS[name]
    df = Counter(term for text in texts for term in set(analyzer(text)))
    terms = sorted(t for t, count in df.items() if count >= min_df)
    idf = np.log((1 + len(texts)) / (1 + np.array([df[t] for t in terms], dtype=np.float64))) + 1.0
    return Block(name, np.array(terms, dtype=str), idf, weight)


def _linear(
    x: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray, learner: str = "svm"
) -> tuple[np.ndarray, np.ndarray]:
    """A linear classifier's coefficients for every class in `classes` (absent ones can never win).

    "svm": one-vs-rest linear SVM, fast; "logistic": multinomial logistic regression, slower to train but
    better with the dense embedding columns (5-fold CV weighted F1 +0.007 on CASE 2021, every seed).
    """
    if learner == "svm":
        from sklearn.svm import LinearSVC

        model = LinearSVC(C=1.0, class_weight="balanced", max_iter=10_000, random_state=0)
    else:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=20.0, class_weight="balanced", max_iter=5_000)
    model.fit(x, labels)
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # scikit-learn keeps one hyperplane for two classes
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    full_coef = np.zeros((len(classes), x.shape[1]))
    full_intercept = np.full(len(classes), -1e3)
    rows = np.searchsorted(classes, model.classes_)
    full_coef[rows], full_intercept[rows] = coef, intercept
    return full_coef, full_intercept


def _temperature(
    x: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray, seed: int = 0, learner: str = "svm"
) -> float:
    """The softmax temperature minimising log loss on held-out scores (inner stratified folds)."""
    from scipy.optimize import minimize_scalar
    from sklearn.model_selection import StratifiedKFold

    folds = min(5, int(np.unique(labels, return_counts=True)[1].max()))
    if folds < 2 or len(classes) < 2:
        return 1.0
    held_out = np.zeros((len(labels), len(classes)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # classes with fewer members than folds
        splits = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, labels))
    for train, test in splits:
        if len(np.unique(labels[train])) < 2:
            continue
        coef, intercept = _linear(x[train], labels[train], classes, learner)
        held_out[test] = np.clip(x[test] @ coef.T + intercept, -5.0, None)  # a class unseen in the fold: just unlikely
    gold = np.searchsorted(classes, labels)

    def loss(t: float) -> float:
        z = t * held_out
        z -= z.max(axis=1, keepdims=True)
        return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(gold)), gold]))

    return float(minimize_scalar(loss, bounds=(0.1, 100.0), method="bounded").x)


def _head(x: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray, seed: int, learner: str) -> Head:
    coef, intercept = _linear(x, labels, classes, learner)
    return Head(coef, intercept, _temperature(x, labels, classes, seed, learner))


@cache
def _description_vectors() -> np.ndarray:
    from storyline.embeddings import embed

    return embed([text for examples in DESCRIPTIONS.values() for text in examples])


def fit(
    texts: Sequence[str],
    labels: Sequence[str],
    seed: int = 0,
    vectors: np.ndarray | None = None,
    others: Sequence[str] = (),
) -> Model:
    """A fresh model on these snippets plus the descriptions of their labels; the dense head too when the
    snippets' embeddings are given, the detector when sentences that report no event (`others`) are. The
    eval's cross-validation calls this on each fold."""
    described = [(label, text) for label, examples in DESCRIPTIONS.items() for text in examples]
    used = set(labels)
    extra = [i for i, (label, _) in enumerate(described) if label in used]
    texts = list(texts) + [described[i][1] for i in extra]
    y = np.asarray(list(labels) + [described[i][0] for i in extra], dtype=str)
    classes = np.unique(y)
    blocks = tuple(_block(name, texts) for name in BLOCKS)
    x = _features(blocks, texts)
    meta = {
        "format": FORMAT,
        "examples": len(texts) - len(extra),
        "descriptions": len(extra),
        "char_n": list(CHAR_N),
        "cues": sorted(_FEATURE_CUES),
        "embedding_weight": EMBEDDING_WEIGHT if vectors is not None else None,
        "dense_learner": DENSE_LEARNER if vectors is not None else None,
    }
    dense = None
    if vectors is not None:
        embedded = np.vstack([vectors, _description_vectors()[extra]]).astype(np.float64)
        x_dense = sparse.hstack([x, sparse.csr_matrix(EMBEDDING_WEIGHT * embedded)]).tocsr()
        dense = _head(x_dense, y, classes, seed, DENSE_LEARNER)
    detector = _detector(x, _features(blocks, others)) if others else None
    meta["others"] = len(others)
    return Model(classes, blocks, _head(x, y, classes, seed, "svm"), dense, meta, detector)


def _detector(events: sparse.csr_matrix, others: sparse.csr_matrix) -> Head:
    """Logistic regression of event snippets against other sentences, classes weighted to balance; stored as
    a two-row head ("other" fixed at zero) whose softmax is the logistic probability."""
    from sklearn.linear_model import LogisticRegression

    x = sparse.vstack([events, others]).tocsr()
    y = np.r_[np.ones(events.shape[0]), np.zeros(others.shape[0])]
    model = LogisticRegression(C=DETECTOR_C, class_weight="balanced", max_iter=5_000).fit(x, y)
    coef = np.vstack([np.zeros(x.shape[1]), model.coef_[0]])
    return Head(coef, np.array([0.0, float(model.intercept_[0])]), 1.0)


def news_sentences(polnear_dir: Path, split: str = "train") -> tuple[list[str], list[int]]:
    """The sentences of PolNeAR's articles of a split (US political news of 2016, which mostly reports no
    event in ACLED's sense), and the article each comes from; rule-based sentence splitting, so training
    needs no parse."""
    import spacy

    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    paths = sorted((Path(polnear_dir) / "data" / split / "text").glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no PolNeAR {split} articles under {Path(polnear_dir) / 'data' / split / 'text'}")
    sentences, articles = [], []
    for number, doc in enumerate(splitter.pipe(p.read_text(encoding="utf-8") for p in paths)):
        for sentence in doc.sents:
            text = " ".join(sentence.text.split())
            if len(text.split()) >= MIN_SENTENCE_WORDS:
                sentences.append(text)
                articles.append(number)
    return sentences, articles


def read_tsv(path: Path) -> tuple[list[str], list[str]]:
    """Snippets and labels of a CASE 2021 task 2 file (columns id, EventSnippet, SubType; quotes are text)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["EventSnippet"] or "" for r in rows], [r["SubType"].strip() for r in rows]


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def train(tsv: Path, polnear_dir: Path, out: Path = WEIGHTS) -> dict:
    """Train the three heads on a labelled TSV and PolNeAR's train articles and write the weights; the digest
    lets the eval tell training data from new data. Embeds every snippet (torch; about a minute for 500
    snippets on one core)."""
    from storyline.embeddings import embed

    texts, labels = read_tsv(tsv)
    others, _ = news_sentences(polnear_dir)
    model = fit(texts, labels, vectors=embed(texts), others=others)
    model.meta["trained_on_sha256"] = file_digest(tsv)
    save(model, out)
    assert model.dense is not None
    return {
        "labels": len(model.labels),
        "examples": len(texts),
        "descriptions": model.meta["descriptions"],
        "features": int(model.sparse.coef.shape[1]),
        "temperature": round(model.sparse.temperature, 3),
        "temperature_with_embeddings": round(model.dense.temperature, 3),
        "other_sentences": len(others),
        "path": str(out),
        "bytes": Path(out).stat().st_size,
    }


# --- storage ----------------------------------------------------------------------------------


def save(model: Model, path: Path) -> None:
    """Plain arrays only: coefficients as float16 (predictions unchanged, a quarter of the size)."""
    arrays: dict[str, np.ndarray] = {
        "labels": model.labels.astype(str),
        "meta": np.array(json.dumps(model.meta)),
        "blocks": np.array([b.name for b in model.blocks]),
        "block_weights": np.array([b.weight for b in model.blocks], dtype=np.float32),
    }
    heads = {"": model.sparse} | ({"dense_": model.dense} if model.dense is not None else {})
    heads |= {"detector_": model.detector} if model.detector is not None else {}
    for prefix, head in heads.items():
        arrays[f"{prefix}coef"] = head.coef.astype(np.float16)
        arrays[f"{prefix}intercept"] = head.intercept.astype(np.float32)
        arrays[f"{prefix}temperature"] = np.float64(head.temperature)
    for b in model.blocks:
        arrays[f"{b.name}_terms"] = b.terms.astype(str)
        arrays[f"{b.name}_idf"] = b.idf.astype(np.float32)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        np.savez_compressed(f, **arrays)


def load(path: Path) -> Model:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{path}: weights format {meta.get('format')}, expected {FORMAT}; retrain")
        blocks = tuple(
            Block(str(name), z[f"{name}_terms"], z[f"{name}_idf"].astype(np.float64), float(weight))
            for name, weight in zip(z["blocks"].tolist(), z["block_weights"].tolist(), strict=True)
        )

        def head(prefix: str) -> Head:
            coef = z[f"{prefix}coef"].astype(np.float32)
            return Head(coef, z[f"{prefix}intercept"].astype(np.float64), float(z[f"{prefix}temperature"]))

        dense = head("dense_") if "dense_coef" in z.files else None
        detector = head("detector_") if "detector_coef" in z.files else None
        return Model(z["labels"], blocks, head(""), dense, meta, detector)


@cache
def shipped() -> Model:
    """The package's model, read once per process on first use."""
    return load(WEIGHTS)


# --- use ----------------------------------------------------------------------------------------


def read_claims(texts: list[str], model: Model | None = None) -> list[tuple[tuple[str, str, str, float], float]]:
    """Each text's type by the sparse head, as `classify` gives it, and P(it reports an event) by the detector,
    from one pass over its features: what extraction reads for every claim. Blank texts: BLANK and 0."""
    model = model or shipped()
    keep = [i for i, t in enumerate(texts) if t and t.strip()]
    results: list[tuple[tuple[str, str, str, float], float]] = [(BLANK, 0.0)] * len(texts)
    if keep:
        kept = [texts[i] for i in keep]
        x = _features(model.blocks, kept)
        typed = _typed(model, model.probabilities(kept, x=x))
        for i, row, report in zip(keep, typed, model.reporting(kept, x).tolist(), strict=True):
            results[i] = (row, round(float(report), 4))
    return results


# CASE 2021's classes of events that kill nobody by definition, and its class of no event at all
NON_LETHAL_CODES = frozenset({
    "DIPLO", "ATTRIB", "AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED", "NON_VIOL_TERRIT_TRANSFER",
    "PEACE_PROTEST",
})  # fmt: skip
NO_EVENT = "OTHER"


def lethal_types(
    texts: list[str], model: Model | None = None, embeddings: bool = False
) -> list[tuple[str, str, str, float]]:
    """Each text's likeliest type of those that can kill: how to read a claim that tells of its own dead where the
    classifier reads a kind that kills nobody ("A strike on a crowded market killed six" as a walkout, "Israeli
    forces killed nine … in a raid on the Jenin refugee camp" as a camp set up). `embeddings` as in `classify`."""
    if not texts:
        return []
    model = model or shipped()
    probabilities = model.probabilities(texts, _vectors(model, texts, embeddings))
    # nor a strategic development: looting, a foiled bomb, a base set up kill no one as such
    barred = [
        j
        for j, code in enumerate(model.labels)
        if code in NON_LETHAL_CODES or code == NO_EVENT or ACLED.get(code, ("",))[0] == "Strategic developments"
    ]
    probabilities[:, barred] = 0.0
    return _typed(model, probabilities)


def reporting(texts: list[str], model: Model | None = None) -> list[float]:
    """P(the text reports an event) for each text, in one batch: the detector's reading; 0 for blank texts."""
    return [report for _, report in read_claims(texts, model)]


def classify(
    texts: list[str], model: Model | None = None, embeddings: bool = False
) -> list[tuple[str, str, str, float]]:
    """(CASE 2021 code, ACLED event type, ACLED sub-event type, probability) for each text, in one batch.

    With `embeddings` (and a model that has the dense head) the texts are embedded first: more accurate,
    but torch is imported on first use and each text costs an embedding.
    """
    if not texts:
        return []
    model = model or shipped()
    keep = [i for i, t in enumerate(texts) if t and t.strip()]
    results: list[tuple[str, str, str, float]] = [BLANK] * len(texts)
    if keep:
        kept = [texts[i] for i in keep]
        vectors = _vectors(model, kept, embeddings)
        for i, row in zip(keep, _typed(model, model.probabilities(kept, vectors)), strict=True):
            results[i] = row
    return results


def _vectors(model: Model, texts: list[str], embeddings: bool) -> np.ndarray | None:
    """The texts' sentence embeddings for the dense head when asked for and shipped; torch loads on first use."""
    if not embeddings or model.dense is None:
        return None
    from storyline.embeddings import embed

    return embed(texts)


def _typed(model: Model, probabilities: np.ndarray) -> list[tuple[str, str, str, float]]:
    """(code, ACLED type, ACLED sub-type, probability) of each row's likeliest label."""
    best = probabilities.argmax(axis=1)
    found = []
    for j, p in zip(best.tolist(), probabilities[np.arange(len(best)), best].tolist(), strict=True):
        code = str(model.labels[j])
        found.append((code, *ACLED.get(code, (code, code)), round(float(p), 4)))
    return found
