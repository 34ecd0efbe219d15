"""Event sub-types of claim sentences: the CASE 2021 task 2 labels, mapped to ACLED's vocabulary.

A linear SVM over three TF-IDF blocks: word 1–2-grams, character 3–5-grams within words (inflections and
spelling variants the words miss) and hits of a small cue lexicon written from ACLED's codebook, which
carries what a few hundred labelled snippets cannot teach. A softmax with a temperature fitted on
cross-validated scores turns the SVM's margins into probabilities (better calibrated than a logistic
regression on the same features, and many times faster to train).

The weights ship as plain arrays (npz, loaded without pickle): vocabularies, idf, coefficients, intercepts,
labels, temperature. Prediction is numpy/scipy only; scikit-learn is imported only to train.
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

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "event_types.npz"
FORMAT = 1

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

# cue words per class, from ACLED's codebook definitions; the SVM learns how far to trust each
_CUES = {
    "PEACE_PROTEST": r"protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ers)?|sit-?ins?|picket\w*|vigils?"
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
    r"|recovered|seized (?:\w+ )?(?:weapons|arms|explosives|ammunition)|shot down|foiled",
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


def _cues(text: str) -> list[str]:
    text = text.lower()
    return [f"cue:{label}" for label, pattern in _CUE_PATTERNS.items() for _ in pattern.finditer(text)]


# block name -> (analyzer, min document frequency, weight of the block's unit-length vector)
BLOCKS: dict[str, tuple[Callable[[str], list[str]], int, float]] = {
    "word": (_words, 2, 1.0),
    "char": (_chars, 3, 1.0),
    "cue": (_cues, 1, 0.5),
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
class Model:
    """The classifier as plain arrays: what `save` writes and `load` reads back."""

    labels: np.ndarray  # str
    blocks: tuple[Block, ...]
    coef: np.ndarray  # labels x features
    intercept: np.ndarray
    temperature: float
    meta: dict
    coef_t: np.ndarray = field(init=False, repr=False)  # features x labels, contiguous for the sparse product

    def __post_init__(self) -> None:
        self.coef_t = np.ascontiguousarray(self.coef.T)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return _features(self.blocks, texts) @ self.coef_t + self.intercept

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return _softmax(self.temperature * self.scores(texts))

    def predict(self, texts: Sequence[str]) -> list[str]:
        return self.labels[self.scores(texts).argmax(axis=1)].tolist() if texts else []


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


def _svm(x: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest linear SVM; coefficients for every class in `classes` (absent ones can never win)."""
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=1.0, class_weight="balanced", max_iter=10_000, random_state=0).fit(x, labels)
    coef, intercept = svm.coef_, svm.intercept_
    if len(svm.classes_) == 2:  # scikit-learn keeps one hyperplane for two classes
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    full_coef = np.zeros((len(classes), x.shape[1]))
    full_intercept = np.full(len(classes), -1e3)
    rows = np.searchsorted(classes, svm.classes_)
    full_coef[rows], full_intercept[rows] = coef, intercept
    return full_coef, full_intercept


def _temperature(x: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray, seed: int = 0) -> float:
    """The softmax temperature minimising log loss on held-out SVM scores (inner stratified folds)."""
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
        coef, intercept = _svm(x[train], labels[train], classes)
        held_out[test] = np.clip(x[test] @ coef.T + intercept, -5.0, None)  # a class unseen in the fold: just unlikely
    gold = np.searchsorted(classes, labels)

    def loss(t: float) -> float:
        z = t * held_out
        z -= z.max(axis=1, keepdims=True)
        return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(gold)), gold]))

    return float(minimize_scalar(loss, bounds=(0.1, 100.0), method="bounded").x)


def fit(texts: Sequence[str], labels: Sequence[str], seed: int = 0) -> Model:
    """A fresh model on these snippets; the eval's cross-validation calls this on each fold."""
    texts, y = list(texts), np.asarray(labels, dtype=str)
    classes = np.unique(y)
    blocks = tuple(_block(name, texts) for name in BLOCKS)
    x = _features(blocks, texts)
    coef, intercept = _svm(x, y, classes)
    meta = {"format": FORMAT, "examples": len(texts), "char_n": list(CHAR_N), "cues": sorted(_CUES)}
    return Model(classes, blocks, coef, intercept, _temperature(x, y, classes, seed), meta)


def read_tsv(path: Path) -> tuple[list[str], list[str]]:
    """Snippets and labels of a CASE 2021 task 2 file (columns id, EventSnippet, SubType; quotes are text)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["EventSnippet"] or "" for r in rows], [r["SubType"].strip() for r in rows]


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def train(tsv: Path, out: Path = WEIGHTS) -> dict:
    """Train on a labelled TSV and write the weights; the digest lets the eval tell training data from new data."""
    texts, labels = read_tsv(tsv)
    model = fit(texts, labels)
    model.meta["trained_on_sha256"] = file_digest(tsv)
    save(model, out)
    return {
        "labels": len(model.labels),
        "examples": len(texts),
        "features": int(model.coef.shape[1]),
        "temperature": round(model.temperature, 3),
        "path": str(out),
        "bytes": Path(out).stat().st_size,
    }


# --- storage ----------------------------------------------------------------------------------


def save(model: Model, path: Path) -> None:
    """Plain arrays only: coefficients as float16 (predictions unchanged, a quarter of the size)."""
    arrays: dict[str, np.ndarray] = {
        "labels": model.labels.astype(str),
        "coef": model.coef.astype(np.float16),
        "intercept": model.intercept.astype(np.float32),
        "temperature": np.float64(model.temperature),
        "meta": np.array(json.dumps(model.meta)),
        "blocks": np.array([b.name for b in model.blocks]),
        "block_weights": np.array([b.weight for b in model.blocks], dtype=np.float32),
    }
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
        return Model(
            z["labels"],
            blocks,
            z["coef"].astype(np.float32),
            z["intercept"].astype(np.float64),
            float(z["temperature"]),
            meta,
        )


@cache
def shipped() -> Model:
    """The package's model, read once per process on first use."""
    return load(WEIGHTS)


# --- use ----------------------------------------------------------------------------------------


def classify(texts: list[str], model: Model | None = None) -> list[tuple[str, str, str, float]]:
    """(CASE 2021 code, ACLED event type, ACLED sub-event type, probability) for each text, in one batch."""
    if not texts:
        return []
    model = model or shipped()
    keep = [i for i, t in enumerate(texts) if t and t.strip()]
    results: list[tuple[str, str, str, float]] = [BLANK] * len(texts)
    if keep:
        probabilities = model.probabilities([texts[i] for i in keep])
        best = probabilities.argmax(axis=1)
        for i, j, p in zip(keep, best.tolist(), probabilities[np.arange(len(keep)), best].tolist(), strict=True):
            code = str(model.labels[j])
            results[i] = (code, *ACLED.get(code, (code, code)), round(float(p), 4))
    return results
