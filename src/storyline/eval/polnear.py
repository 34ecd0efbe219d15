"""Attribution extraction scored on PolNeAR (brat stand-off: Source, Cue, Content linked by an event).

Spans are tuples of character segments, because PolNeAR draws discontinuous
spans (a split quote is one content). A part matches exactly when it covers the
same characters (whitespace between segments ignored) and by overlap when the
two share a token. Predictions and truth are paired one to one, strongest
first, so one prediction cannot earn several hits. An article read by several
annotators counts once: its counts are averaged over them.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from storyline.extract.attribution_cues import CueModel
from storyline.extract.attribution_cues import weights as cue_weights
from storyline.extract.attributions import extract_attributions
from storyline.extract.nlp import nlp, parse_many
from storyline.model import Attribution

Segments = tuple[tuple[int, int], ...]
PARTS = ("source", "cue", "content")
_LINE = re.compile(r"^([TE]\d+)\t([^\t]*)")


@dataclass(frozen=True, slots=True)
class Spans:
    """One attribution as the metric sees it; None marks a part absent (a sourceless passive)."""

    source: Segments | None
    cue: Segments | None
    content: Segments | None


Reading = tuple[list[Spans], list[tuple[int, int]]]  # one annotator's attributions and the text they discarded
Labelled = tuple[str, str, list[Reading]]  # an article's name, its text, and its readings


@dataclass(frozen=True, slots=True)
class Counts:
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def scaled(self, factor: float) -> Counts:
        return Counts(self.tp * factor, self.fp * factor, self.fn * factor)


# --- reading brat --------------------------------------------------------------------------


def normalize(text: str, segments: Iterable[tuple[int, int]]) -> Segments | None:
    """Segments trimmed of edge whitespace and merged across whitespace-only gaps: one form per span."""
    out: list[list[int]] = []
    for start, end in sorted(segments):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if out and not text[out[-1][1] : start].strip():
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out) or None


def read_ann(ann: str, text: str) -> tuple[list[Spans], list[tuple[int, int]]]:
    """The attributions of one annotator's file, and the stretches the annotator discarded."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        match = _LINE.match(line)
        if not match:  # continuation of a span text that held a newline
            continue
        ident, info = match.groups()
        if ident.startswith("T"):
            label, offsets = info.split(" ", 1)
            segments = [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]
            spans[ident] = (label, segments)
        else:
            events.append(dict(arg.split(":", 1) for arg in info.split()))
    discarded = [seg for label, segs in spans.values() if label == "Discard" for seg in segs]
    attributions = [_attribution(event, spans, text) for event in events]
    # brat leaves an event with its trigger only beside the one the annotator went on to fill ("E3
    # Attribution-no-source:T11" next to "E4 Attribution-no-source:T11 Cue:T10 Content:T9"): no span to match
    return [a for a in attributions if a.source or a.cue or a.content], discarded


def _attribution(event: dict[str, str], spans: dict[str, tuple[str, list[tuple[int, int]]]], text: str) -> Spans:
    def part(*roles: str) -> Segments | None:
        return normalize(text, [seg for role in roles if role in event for seg in spans[event[role]][1]])

    return Spans(part("Source"), part("Cue"), part("Content", "Content2"))


def predicted(attribution: Attribution, text: str) -> Spans:
    """A Storyline attribution as segments; a content running over its own source and cue is cut around them.

    A split quote ("A," she said, "B.") comes back as one content stretch holding the
    source and cue; PolNeAR draws it as two pieces, and so does this. When the quotation goes on in the next
    sentence, the rest of the speaker's clause is no part of it either ("A," she said in a statement. "B.").
    """
    source = normalize(text, [(attribution.source.start, attribution.source.end)]) if attribution.source else None
    cue = normalize(text, [(attribution.cue.start, attribution.cue.end)]) if attribution.cue else None
    content_start, content_end = attribution.content.start, attribution.content.end
    holes = [(a, b) for a, b in sorted((source or ()) + (cue or ())) if content_start <= a and b <= content_end]
    pieces, start = [], content_start
    for hole_start, hole_end in holes:
        pieces.append((start, hole_start))
        start = hole_end
    if holes and (clause := _CLAUSE_BEFORE_QUOTE.match(text, start, content_end)):
        start = clause.end()  # the rest of the speaker's clause ("… he said in a statement. “B.”")
    pieces.append((start, content_end))
    return Spans(source, cue, normalize(text, [_strip_punct(text, a, b) for a, b in pieces]))


# what is left of a speaker's clause after its cue when the quotation goes on in the next sentence
_CLAUSE_BEFORE_QUOTE = re.compile(r"[^\"“”‘]*?[.!?:]\s+(?=[\"“‘'])")  # an apostrophe may be a possessive's


def _strip_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """Commas and spaces left at the cut between a quote and its speaker belong to neither."""
    while start < end and text[start] in " ,\n":
        start += 1
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    return start, end


# --- matching ------------------------------------------------------------------------------


class Tokens:
    """Token boundaries of a text, to tell which tokens a span touches."""

    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in bounds]
        self.ends = [end for _, end in bounds]

    def of(self, segments: Segments | None) -> frozenset[int]:
        return frozenset(
            i for s, e in segments or () for i in range(bisect_right(self.ends, s), bisect_left(self.starts, e))
        )


def exact(a: Segments | None, b: Segments | None, tokens: Tokens) -> float:
    """1 when the parts cover the same characters (both absent counts), else 0."""
    return 1.0 if a == b else 0.0


def overlap(a: Segments | None, b: Segments | None, tokens: Tokens) -> float:
    """Shared tokens (positive when the parts share one), 1 when both are absent, else 0."""
    if a is None and b is None:
        return 1.0
    return float(len(tokens.of(a) & tokens.of(b)))


Similarity = Callable[[Segments | None, Segments | None, Tokens], float]


def pair(gold: Sequence[object], pred: Sequence[object], score: Callable[[object, object], float]) -> int:
    """How many one-to-one pairs match, taking the strongest candidate pairs first."""
    candidates = sorted(
        ((s, g, p) for g, gi in enumerate(gold) for p, pi in enumerate(pred) if (s := score(gi, pi)) > 0),
        key=lambda c: -c[0],
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
    return len(used_gold)


def counts(gold: Sequence[object], pred: Sequence[object], score: Callable[[object, object], float]) -> Counts:
    tp = pair(gold, pred, score)
    return Counts(tp, len(pred) - tp, len(gold) - tp)


def part_counts(gold: Sequence[Spans], pred: Sequence[Spans], same: Similarity, tokens: Tokens) -> dict[str, Counts]:
    """Counts for each part on its own (absent parts are not spans to find) and for whole attributions."""
    result = {}
    for name in PARTS:
        gold_parts = [getattr(g, name) for g in gold if getattr(g, name)]
        pred_parts = [getattr(p, name) for p in pred if getattr(p, name)]
        result[name] = counts(gold_parts, pred_parts, lambda g, p: same(g, p, tokens))
    result["attribution"] = counts(gold, pred, lambda g, p: _whole(g, p, same, tokens))
    return result


def _whole(gold: Spans, pred: Spans, same: Similarity, tokens: Tokens) -> float:
    scores = [same(getattr(gold, name), getattr(pred, name), tokens) for name in PARTS]
    return sum(scores) if all(scores) else 0.0


def prf(c: Counts) -> dict[str, float]:
    p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0
    r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def article_counts(
    annotations: Sequence[tuple[list[Spans], list[tuple[int, int]]]],
    pred: Sequence[Spans],
    same: Similarity,
    tokens: Tokens,
) -> dict[str, Counts]:
    """Counts against each annotator, averaged; predictions inside an annotator's discarded text are dropped."""
    total = {name: Counts() for name in (*PARTS, "attribution")}
    for gold, discarded in annotations:
        kept = [p for p in pred if not _inside_any(p, discarded)]
        for name, c in part_counts(gold, kept, same, tokens).items():
            total[name] += c.scaled(1 / len(annotations))
    return total


def _inside_any(spans: Spans, stretches: list[tuple[int, int]]) -> bool:
    anchor = spans.cue or spans.content or ()
    return any(s <= anchor[0][0] < e for s, e in stretches) if anchor else False


# --- the run -------------------------------------------------------------------------------


def load_split(polnear_dir: Path, split: str) -> list[Labelled]:
    """(name, text, annotations by annotator) for every article of a split."""
    data = polnear_dir / "data" / split
    articles = []
    for path in sorted((data / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        anns = sorted((data / "attributions").glob(f"{path.stem}_*.ann"))
        articles.append((path.stem, text, [read_ann(a.read_text(encoding="utf-8"), text) for a in anns]))
    if not articles:
        raise FileNotFoundError(f"no PolNeAR {split} articles under {data / 'text'}")
    return articles


def score_docs(
    articles: Sequence[Labelled], docs: Iterable[Doc], cues: CueModel | None = None
) -> tuple[dict[str, dict[str, Counts]], float]:
    """Counts by matching mode and part, and the seconds spent extracting (parsing excluded); `cues` replaces the
    shipped cue model."""
    totals = _zero()
    spent = 0.0
    for (_, text, readings), doc in zip(articles, docs, strict=True):
        began = time.perf_counter()
        attributions = extract_attributions(doc, [], cues)
        spent += time.perf_counter() - began
        pred = [predicted(a, text) for a in attributions]
        tokens = Tokens([(t.idx, t.idx + len(t)) for t in doc])
        for mode, same in (("exact", exact), ("overlap", overlap)):
            for name, c in article_counts(readings, pred, same, tokens).items():
                totals[mode][name] += c
    return totals, spent


def agreement(polnear_dir: Path) -> dict:
    """How well PolNeAR's annotators agree: on every article of every split read by several of them, each
    reading is scored against the others as the system is scored against them all, the article counted once.

    This is the ceiling the system's figures sit under: a second annotator is what a perfect reader
    of the guidelines looks like to this metric.
    """
    data = Path(polnear_dir) / "data"
    splits = sorted(p.name for p in data.iterdir() if (p / "text").is_dir()) if data.is_dir() else []
    shared = [a for split in splits for a in load_split(Path(polnear_dir), split) if len(a[2]) > 1]
    totals = _zero()
    for _, text, readings in shared:
        tokens = Tokens([(t.idx, t.idx + len(t)) for t in nlp().tokenizer(text)])
        for i, (gold, _) in enumerate(readings):
            others = readings[:i] + readings[i + 1 :]
            for mode, same in (("exact", exact), ("overlap", overlap)):
                for name, c in article_counts(others, gold, same, tokens).items():
                    totals[mode][name] += c.scaled(1 / len(readings))
    result: dict = {"articles": len(shared), "readings": sum(len(a[2]) for a in shared)}
    for mode, by_part in totals.items():
        result[mode] = {name: prf(c) for name, c in by_part.items()}
    return result


def evaluate(polnear_dir: Path, split: str = "dev", n_process: int = 1, folds: int | None = None) -> dict:
    """P/R/F1 of source, cue, content and whole attributions, exact and by token overlap, and the annotators'
    agreement with one another on the same metric. With `folds`, the train split is scored cross-fitted: each
    fold by a cue model fitted on the others, since the shipped model has seen every train article."""
    if folds is not None and split != "train":
        raise ValueError(f"cross-fitting scores the split the cue model learns from: use train, not {split}")
    articles = [a for a in load_split(Path(polnear_dir), split) if a[2]]
    docs = parse_many((text for _, text, _ in articles), n_process=n_process)
    result: dict = {"split": split, "articles": len(articles)}
    if folds is None:
        cue_weights()  # read once before the clock starts: ms_per_article is extraction, not loading
        totals, spent = score_docs(articles, docs)
        result["ms_per_article"] = round(1000 * spent / max(1, len(articles)), 2)
    else:
        totals = cross_fitted(articles, docs, folds)
        result["folds"] = folds
    for mode, by_part in totals.items():
        result[mode] = {name: prf(c) for name, c in by_part.items()}
    result["annotator_agreement"] = agreement(polnear_dir)
    return result


def cross_fitted(articles: Sequence[Labelled], docs: Iterable[Doc], folds: int) -> dict[str, dict[str, Counts]]:
    """Counts with each of `folds` consecutive blocks of articles scored by a cue model fitted on the rest."""
    from storyline.extract.attribution_training import blocks, examples, fit_model

    if not 2 <= folds <= len(articles):  # before the parse, which takes minutes on train
        raise ValueError(f"folds must be between 2 and the {len(articles)} articles, not {folds}")
    docs = list(docs)
    rows = [examples(doc, [gold for gold, _ in readings]) for (_, _, readings), doc in zip(articles, docs, strict=True)]
    totals = _zero()
    for start, end in blocks(len(articles), folds):
        model = fit_model([article for i, article in enumerate(rows) if not start <= i < end])
        counts, _ = score_docs(articles[start:end], docs[start:end], model)
        for mode, by_part in counts.items():
            for name, c in by_part.items():
                totals[mode][name] += c
    return totals


def _zero() -> dict[str, dict[str, Counts]]:
    return {mode: {name: Counts() for name in (*PARTS, "attribution")} for mode in ("exact", "overlap")}
