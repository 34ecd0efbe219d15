"""Event sub-type classification on CASE 2021 task 2: the shipped model, and a fresh one cross-validated.

The shipped model is trained on the CASE 2021 dev file itself, so scoring it on that file measures fit, not
generalisation; `evaluate` says so (`seen_in_training`, from the file's digest stored with the weights).
The honest figure for that file is `cross_validate`: a fresh model per stratified fold, predictions pooled.
Both report the dense head (with sentence embeddings) at the top level and the sparse head, which article
extraction uses, under `without_embeddings`. `detection` measures the detector that decides which claims
report an event at all: the snippets it keeps and the sentences of political news it flags.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from storyline.extract.event_types import (
    WEIGHTS,
    classify,
    file_digest,
    fit,
    news_sentences,
    read_tsv,
    reporting,
    shipped,
)


def metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Weighted and macro F1 over the labels the gold file uses, accuracy, per-label F1 and support."""
    labels = sorted(set(gold))
    precision, recall, f1, support = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    return {
        "snippets": len(gold),
        "weighted_f1": round(float(f1_score(gold, predicted, labels=labels, average="weighted", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "per_label": {
            label: {
                "f1": round(float(f), 4),
                "precision": round(float(p), 4),
                "recall": round(float(r), 4),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
    }


def evaluate(path: Path) -> dict:
    """The shipped model on a labelled TSV, with embeddings and without."""
    texts, gold = read_tsv(path)
    predicted = [code for code, *_ in classify(texts, embeddings=True)]
    sparse_only = [code for code, *_ in classify(texts)]
    seen = shipped().meta.get("trained_on_sha256") == file_digest(path)
    return {
        "weights": WEIGHTS.name,
        "seen_in_training": seen,
        **metrics(gold, predicted),
        "without_embeddings": metrics(gold, sparse_only),
    }


def cross_validate(path: Path, folds: int = 5, seed: int = 0) -> dict:
    """Stratified k-fold: a fresh model trained on each fold's rest predicts the fold; the predictions are pooled.

    The snippets are embedded once; each fold's model sees only its training rows' vectors.
    """
    from storyline.embeddings import embed

    texts, gold = read_tsv(path)
    vectors = embed(texts)
    labels = np.asarray(gold)
    predicted = np.empty(len(texts), dtype=object)
    sparse_only = np.empty(len(texts), dtype=object)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # labels with fewer members than folds (OTHER has 2)
        splits = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, labels))
    for train, test in splits:
        model = fit([texts[i] for i in train], labels[train], seed=seed, vectors=vectors[train])
        held_out = [texts[i] for i in test]
        predicted[test] = model.predict(held_out, vectors[test])
        sparse_only[test] = model.predict(held_out)
    return {
        "folds": folds,
        "seed": seed,
        **metrics(gold, predicted.astype(str).tolist()),
        "without_embeddings": metrics(gold, sparse_only.astype(str).tolist()),
    }


def detection(path: Path, polnear_dir: Path, folds: int = 5, seed: int = 0) -> dict:
    """The event detector at extraction's threshold. Cross-validated: a fresh model per fold, the snippets
    split at random and PolNeAR's train sentences by article, so no article is on both sides. Held out: the
    shipped detector on PolNeAR's dev articles, which it never saw."""
    from sklearn.metrics import roc_auc_score

    from storyline.extract.events import EVENT_REPORT

    texts, labels = read_tsv(path)
    others, articles = news_sentences(polnear_dir, "train")
    rng = np.random.default_rng(seed)
    text_fold = rng.permutation(np.arange(len(texts)) % folds)
    article_fold = rng.integers(0, folds, size=max(articles) + 1)
    other_fold = article_fold[np.asarray(articles)]
    events, talk = np.zeros(len(texts)), np.zeros(len(others))
    for k in range(folds):
        model = fit(
            [t for t, f in zip(texts, text_fold, strict=True) if f != k],
            [label for label, f in zip(labels, text_fold, strict=True) if f != k],
            seed=seed,
            others=[t for t, f in zip(others, other_fold, strict=True) if f != k],
        )
        events[text_fold == k] = model.reporting([t for t, f in zip(texts, text_fold, strict=True) if f == k])
        talk[other_fold == k] = model.reporting([t for t, f in zip(others, other_fold, strict=True) if f == k])
    dev, _ = news_sentences(polnear_dir, "dev")
    flagged = np.asarray(reporting(dev)) >= EVENT_REPORT
    return {
        "threshold": EVENT_REPORT,
        "folds": folds,
        "seed": seed,
        "auc": round(float(roc_auc_score(np.r_[np.ones(len(events)), np.zeros(len(talk))], np.r_[events, talk])), 4),
        "snippets_kept": round(float((events >= EVENT_REPORT).mean()), 4),
        "polnear_train_sentences": len(others),
        "polnear_train_flagged": round(float((talk >= EVENT_REPORT).mean()), 4),
        "polnear_dev_sentences": len(dev),
        "polnear_dev_flagged_by_shipped": round(float(flagged.mean()), 4),
    }
