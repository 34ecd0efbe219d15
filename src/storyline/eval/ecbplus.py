"""Story clustering on ECB+: articles in, stories out, scored against the corpus's own grouping.

Each ECB+ file is one article (tokens joined back into text; a leading URL line becomes the
article's URL and the headline after it its title). The gold story of an article is its topic
number plus the `ecb` / `ecbplus` suffix of its file name: each topic holds two different
real-world events of the same kind (two earthquakes, two rehab check-ins, ...).

Every article goes through the real extraction (`annotate_many`) and the incremental
clustering in a shuffled order, then through a re-cluster from the same annotations.
ECB+ articles have no publication dates, so this also shows clustering without them.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict
from itertools import combinations
from pathlib import Path
from typing import Any

from storyline.ingest.errors import IngestError
from storyline.model import Annotations, Article
from storyline.stories.features import ArticleFeatures

_NO_SPACE_BEFORE = set(", . ; : ! ? ) ] } % '' 's n't 're 've 'll 'd 'm".split())
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}
_IN_NUMBER = {",", ".", ":", "/"}
_URL = re.compile(r"^https?\s*:")
DEFAULT_SEED = 1


def _glued(tokens: list[str], i: int) -> bool:
    """Token i is a separator the corpus split out of a number: "120 , 000", "8 : 20", "11 / 28 / 05". (Hyphens
    stay apart: the corpus writes a dash between words the same way.)"""
    if not 0 < i < len(tokens) - 1 or tokens[i] not in _IN_NUMBER:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if tokens[i] == ",":  # a thousands group, not a list or a date ("May 5 , 2008")
        return before.isdigit() and len(before) <= 3 and after.isdigit() and len(after) == 3
    return before[-1:].isdigit() and after[:1].isdigit()


def _detokenize(tokens: list[str]) -> str:
    text = ""
    for i, token in enumerate(tokens):
        joined = _glued(tokens, i) or _glued(tokens, i - 1)
        if i and not joined and token not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER:
            text += " "
        text += token
    return text.replace("``", "“").replace("''", "”")


def gold_story(path: Path) -> str:
    topic = path.name.split("_", 1)[0]
    return f"{topic}{'ecbplus' if path.stem.endswith('ecbplus') else 'ecb'}"


def read_document(path: Path) -> Article:
    """One ECB+ file as an Article: URL and headline when the file starts with them, then the text."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    lines = [_detokenize(sentences[k]) for k in sorted(sentences)]
    url = title = None
    if lines and _URL.match(lines[0]):
        url = "".join(sentences[min(sentences)])
        lines = lines[1:]
        if lines and len(lines[0].split()) <= 25 and not lines[0].endswith("."):
            title, lines = lines[0], lines[1:]
    return Article(url=url, title=title, text="\n".join(lines), outlet=None, source=str(path), id=path.stem)


def read_corpus(folder: Path) -> list[tuple[Article, str]]:
    """Every `*.xml` under the folder (ECB+ layout: one folder per topic), with its gold story."""
    paths = sorted(folder.rglob("*.xml"), key=lambda p: (p.parent.name, p.name))
    if not paths:
        raise FileNotFoundError(f"no ECB+ XML files under {folder}")
    return [(read_document(p), gold_story(p)) for p in paths]


# --- metrics ---------------------------------------------------------------------------------


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        gold_members[label].add(item)
        pred_members[predicted[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        overlap = len(gold_members[gold[item]] & pred_members[predicted[item]])
        precision += overlap / len(pred_members[predicted[item]])
        recall += overlap / len(gold_members[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    same_gold = same_pred = both = 0
    for a, b in combinations(sorted(gold), 2):
        g, p = gold[a] == gold[b], predicted[a] == predicted[b]
        same_gold += g
        same_pred += p
        both += g and p
    precision = both / same_pred if same_pred else 1.0
    recall = both / same_gold if same_gold else 1.0
    return precision, recall, _f1(precision, recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def split_kept(gold: dict[str, str], predicted: dict[str, str]) -> tuple[int, int]:
    """Topics whose two events (ecb, ecbplus) land mostly in different predicted stories."""
    majority: dict[str, Counter[str]] = defaultdict(Counter)
    for item, label in gold.items():
        majority[label][predicted[item]] += 1
    topics = {label.removesuffix("plus").removesuffix("ecb") for label in gold.values()}
    kept = 0
    for topic in topics:
        ecb, plus = majority.get(topic + "ecb"), majority.get(topic + "ecbplus")
        if ecb and plus and ecb.most_common(1)[0][0] != plus.most_common(1)[0][0]:
            kept += 1
    return kept, len(topics)


def scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score

    items = sorted(gold)
    p, r, f = bcubed(gold, predicted)
    _, _, pf = pairwise(gold, predicted)
    kept, topics = split_kept(gold, predicted)
    return {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(f, 4),
        "pairwise_f1": round(pf, 4),
        "ari": round(float(adjusted_rand_score([gold[i] for i in items], [predicted[i] for i in items])), 4),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(predicted.values())),
        "topics_split_kept": kept,
        "topics": topics,
    }


# --- the run ---------------------------------------------------------------------------------


def _extraction_fingerprint() -> str:
    """A hash of the extraction code, so cached annotations from older annotators are not reused."""
    import storyline.extract as extract

    digest = hashlib.sha256()
    for path in sorted(Path(extract.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def annotate_cached(
    articles: list[Article], cache: Path | None, n_process: int = 1, on_progress: Callable[[int], None] | None = None
) -> dict[str, Annotations]:
    """Annotations of every article from the real extraction, reusing a cache file when given one.

    The cache is JSON Lines headed by a fingerprint of the extraction code: written by another
    version of the annotators, it is ignored and rewritten.
    """
    from pydantic import TypeAdapter

    from storyline.extract import annotate_many

    adapter = TypeAdapter(Annotations)
    header = json.dumps({"extraction": _extraction_fingerprint()})
    cached: dict[str, Annotations] = {}
    if cache is not None and cache.exists():
        lines = cache.read_text(encoding="utf-8").splitlines()
        if lines and lines[0] == header:
            for line in lines[1:]:
                annotations = adapter.validate_python(json.loads(line))
                cached[annotations.article_id + annotations.content_hash] = annotations
    result = {a.id: cached[a.id + a.content_hash] for a in articles if a.id + a.content_hash in cached}
    missing = [a for a in articles if a.id not in result]
    for annotations in annotate_many(missing, n_process=n_process):
        if isinstance(annotations, IngestError):
            raise annotations  # an evaluation scores every article or none
        result[annotations.article_id] = annotations
        cached[annotations.article_id + annotations.content_hash] = annotations
        if on_progress:
            on_progress(len(result))
    if cache is not None and missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        body = [json.dumps(asdict(a), ensure_ascii=False) for a in cached.values()]
        cache.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    return result


def embed_cached(articles: list[Article], found: dict[str, ArticleFeatures], cache: Path | None) -> None:
    """Sentence embeddings of the articles' features, reusing a cache keyed by the text embedded."""
    import numpy as np

    from storyline.stories.features import embed_features, embedded_text

    def key(article: Article) -> str:
        return hashlib.sha256(embedded_text(article).encode("utf-8")).hexdigest()[:16]

    path = cache.with_name(cache.name + ".embeddings.npz") if cache is not None else None
    stored = dict(np.load(path)) if path is not None and path.exists() else {}
    for a in articles:
        if key(a) in stored:
            found[a.id].embedding = stored[key(a)].astype(np.float32)
    missing = [a for a in articles if found[a.id].embedding is None]
    embed_features([found[a.id] for a in missing], missing)
    if path is not None and missing:
        stored.update({key(a): found[a.id].embedding for a in missing if found[a.id].embedding is not None})
        np.savez(path, **stored)


def run(
    corpus: Iterable[tuple[Article, str]], found: dict[str, ArticleFeatures], seed: int, settings: Any = None
) -> dict[str, Any]:
    """Incremental clustering in a shuffled order, then a re-cluster, both scored."""
    from storyline.stories import cluster, recluster

    items = list(corpus)
    random.Random(seed).shuffle(items)
    gold = {a.id: label for a, label in items}
    order = [found[a.id] for a, _ in items]
    index, placed = cluster(order, settings)
    rebuilt = {a.article: a.story for a in recluster(order, settings)[1]}
    return {
        "seed": seed,
        "articles": len(items),
        "incremental": scores(gold, {f.id: index.story_id(f.id) for f in order}),
        "recluster": scores(gold, rebuilt),
        "stories_split": sum(a.split is not None for a in placed),
        "syndication_groups": len(index.syndication.members),
        "articles_in_syndication_groups": sum(len(m) for m in index.syndication.members.values()),
    }


def evaluate(
    folder: Path, seeds: list[int], cache: Path | None = None, n_process: int = 1, settings: Any = None
) -> dict[str, Any]:
    from storyline.stories import features

    corpus = read_corpus(folder)
    annotations = annotate_cached([a for a, _ in corpus], cache, n_process=n_process)
    found = {a.id: features(a, annotations.get(a.id)) for a, _ in corpus}
    embed_cached([a for a, _ in corpus], found, cache)
    runs = [run(corpus, found, seed, settings) for seed in seeds]
    return {"runs": runs, "mean": _mean(runs)}


def _mean(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in ("incremental", "recluster"):
        keys = runs[0][part].keys()
        out[part] = {k: round(sum(r[part][k] for r in runs) / len(runs), 4) for k in keys}
    return out
