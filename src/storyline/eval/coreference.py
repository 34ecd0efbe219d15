"""Cross-document event coreference on ECB+: how well Storyline aligns what articles say happened.

Gold (the practice of Cybulska & Vossen 2015, Barhom et al. 2019, Cattan et al. 2021, Held et al.
2021): the event mentions (every `ACTION_*` and `NEG_ACTION_*` markable) whose first token lies
in a sentence listed in `ECBplus_coreference_sentences.csv`. A mention linked to a
`CROSS_DOC_COREF` instance belongs to that instance's cluster; one in an `INTRA_DOC_COREF` chain
(a chain with no cross-document instance) to a cluster of that chain, within its document; any
other mention is a singleton. Singletons stay in, as in the published figures.

System: the evaluation hands over whole topics (the two seminal events of a topic, `ecb` and
`ecbplus`, are not told apart for it) and Storyline decides which mentions of a topic refer to the
same event with its own alignment machinery (`storyline.compare.facts`): the claim similarity of
the mentions' sentences and the mention-level evidence of the extraction, clustered average-link.

Metrics: MUC (Vilain et al. 1995), B-cubed (Bagga & Baldwin 1998), CEAF-e (Luo 2005, phi4,
optimal alignment) and their mean, the CoNLL F1, as the reference scorer (Pradhan et al. 2014)
defines them, over all mentions of all topics at once (clusters never cross topics).
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

Cluster = Collection[str]

# --- metrics ---------------------------------------------------------------------------------


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": p, "r": r, "f1": _f1(p, r)}


def _clusters(clusters: Iterable[Cluster]) -> list[frozenset[str]]:
    return [frozenset(c) for c in clusters if c]


def _muc_recall(key: list[frozenset[str]], response: list[frozenset[str]]) -> float:
    """Vilain et al.: of the links a key cluster needs (size - 1), those the response keeps.

    A key cluster split into p parts by the response (a mention the response lacks is a part
    of its own) keeps size - p of them.
    """
    where = {m: i for i, c in enumerate(response) for m in c}
    needed = kept = 0
    for cluster in key:
        parts = {where.get(m, ("missing", m)) for m in cluster}
        needed += len(cluster) - 1
        kept += len(cluster) - len(parts)
    return kept / needed if needed else 0.0


def muc(key: Iterable[Cluster], response: Iterable[Cluster]) -> dict[str, float]:
    key, response = _clusters(key), _clusters(response)
    return _prf(_muc_recall(response, key), _muc_recall(key, response))


def _b3_recall(key: list[frozenset[str]], response: list[frozenset[str]]) -> float:
    where = {m: c for c in response for m in c}
    total = sum(len(c) for c in key)
    score = sum(len(cluster & where.get(m, frozenset())) / len(cluster) for cluster in key for m in cluster)
    return score / total if total else 0.0


def b_cubed(key: Iterable[Cluster], response: Iterable[Cluster]) -> dict[str, float]:
    """Per mention: the share of its key cluster in its response cluster (recall) and back (precision)."""
    key, response = _clusters(key), _clusters(response)
    return _prf(_b3_recall(response, key), _b3_recall(key, response))


def ceaf_e(key: Iterable[Cluster], response: Iterable[Cluster]) -> dict[str, float]:
    """Entity-based CEAF: the best one-to-one alignment of key and response clusters under phi4."""
    from scipy.optimize import linear_sum_assignment

    key, response = _clusters(key), _clusters(response)
    if not key or not response:
        return _prf(0.0, 0.0)
    where = {m: j for j, c in enumerate(response) for m in c}
    phi = np.zeros((len(key), len(response)))
    for i, cluster in enumerate(key):
        for m in cluster:
            if m in where:
                phi[i, where[m]] += 1
    sizes_k = np.array([len(c) for c in key], dtype=float)[:, None]
    sizes_r = np.array([len(c) for c in response], dtype=float)[None, :]
    phi = 2 * phi / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(phi, maximize=True)
    similarity = float(phi[rows, cols].sum())
    return _prf(similarity / len(response), similarity / len(key))


def conll(key: Iterable[Cluster], response: Iterable[Cluster]) -> dict[str, Any]:
    """MUC, B-cubed and CEAF-e with their mean F1 (the CoNLL F1)."""
    key, response = _clusters(key), _clusters(response)
    scores: dict[str, Any] = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceafe": ceaf_e(key, response)}
    scores["conll_f1"] = sum(s["f1"] for s in scores.values()) / 3
    return scores


def rounded(scores: dict[str, Any], digits: int = 4) -> dict[str, Any]:
    return {
        k: rounded(v, digits) if isinstance(v, dict) else round(v, digits) if isinstance(v, float) else v
        for k, v in scores.items()
    }


# --- gold mentions ---------------------------------------------------------------------------

EVENT_TAGS = ("ACTION_", "NEG_ACTION_")
SENTENCES_FILE = "ECBplus_coreference_sentences.csv"


@dataclass(frozen=True, slots=True)
class EventMention:
    """One gold event mention: where it is and which gold cluster it belongs to."""

    id: str  # "<document>/<m_id>", unique in the corpus
    topic: str
    document: str  # file stem: "1_10ecbplus"
    sentence: int  # ECB+ sentence number
    tokens: tuple[int, ...]  # ECB+ token ids (t_id), in the order annotated
    text: str
    tag: str  # ACTION_OCCURRENCE, NEG_ACTION_STATE, ...
    cluster: str  # gold cluster id: a cross-document instance, an in-document chain or the mention


def annotated_sentences(folder: Path) -> dict[str, set[int]]:
    """Document stem -> the numbers of its sentences annotated with coreference (the CSV's list)."""
    path = folder / SENTENCES_FILE
    if not path.exists():
        raise FileNotFoundError(f"no {SENTENCES_FILE} in {folder}")
    selected: dict[str, set[int]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            selected[f"{row['Topic'].strip()}_{row['File'].strip()}"].add(int(row["Sentence Number"]))
    return selected


def _is_event(tag: str) -> bool:
    return tag.startswith(EVENT_TAGS)


def read_mentions(path: Path, sentences: Collection[int]) -> list[EventMention]:
    """The gold event mentions of one ECB+ file that lie in the given sentences."""
    root = ET.parse(path).getroot()
    tokens = {int(t.get("t_id", "0")): t for t in root.iter("token")}
    markables = root.find("Markables")
    relations = root.find("Relations")
    document = path.stem
    # union-find over markable ids: sources join their relation's target; a target that names a
    # cross-document instance stands for that instance, so chains sharing it share one cluster
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra.startswith("instance:"):
            ra, rb = rb, ra
        if ra != rb:
            parent[ra] = rb

    instances: dict[str, str] = {}  # markable id of a tag descriptor -> instance id
    for markable in markables if markables is not None else []:
        if markable.get("instance_id"):
            instances[markable.get("m_id", "")] = markable.get("instance_id", "")
    for relation in relations if relations is not None else []:
        target = relation.find("target")
        if target is None:
            continue
        target_id = f"m:{target.get('m_id')}"
        if relation.tag == "CROSS_DOC_COREF" and relation.get("note"):
            union(target_id, f"instance:{relation.get('note')}")
        elif target.get("m_id") in instances:
            union(target_id, f"instance:{instances[target.get('m_id', '')]}")
        for source in relation.findall("source"):
            union(f"m:{source.get('m_id')}", target_id)

    found = []
    for markable in markables if markables is not None else []:
        anchors = tuple(int(a.get("t_id", "0")) for a in markable.findall("token_anchor"))
        if not anchors or not _is_event(markable.tag) or anchors[0] not in tokens:
            continue
        sentence = int(tokens[anchors[0]].get("sentence", "0"))
        if sentence not in sentences:
            continue
        m_id = markable.get("m_id", "")
        root_id = find(f"m:{m_id}")
        if root_id.startswith("instance:"):
            cluster = root_id.removeprefix("instance:")
        elif root_id != f"m:{m_id}":
            cluster = f"{document}/chain/{root_id.removeprefix('m:')}"
        else:
            cluster = f"{document}/{m_id}"
        found.append(
            EventMention(
                id=f"{document}/{m_id}",
                topic=path.parent.name,
                document=document,
                sentence=sentence,
                tokens=anchors,
                text=" ".join(tokens[a].text or "" for a in anchors if a in tokens),
                tag=markable.tag,
                cluster=cluster,
            )
        )
    return sorted(found, key=lambda m: (m.sentence, m.tokens))


def ecb_files(folder: Path) -> list[Path]:
    """The ECB+ XML files (`<folder>/ECB+/<topic>/*.xml`, or the topic folders directly under `folder`)."""
    base = folder / "ECB+" if (folder / "ECB+").is_dir() else folder
    paths = sorted(base.rglob("*.xml"), key=lambda p: (_topic_number(p.parent.name), p.name))
    if not paths:
        raise FileNotFoundError(f"no ECB+ XML files under {folder}")
    return paths


def _topic_number(topic: str) -> tuple[int, str]:
    return (int(topic), "") if topic.isdigit() else (10**9, topic)


def read_gold(folder: Path, topics: Collection[str] | None = None) -> dict[str, list[EventMention]]:
    """Topic -> its gold event mentions, from the files that have annotated sentences."""
    selected = annotated_sentences(folder)
    by_topic: dict[str, list[EventMention]] = defaultdict(list)
    for path in ecb_files(folder):
        if path.stem not in selected or (topics is not None and path.parent.name not in topics):
            continue
        by_topic[path.parent.name].extend(read_mentions(path, selected[path.stem]))
    return dict(by_topic)


def gold_clusters(mentions: Iterable[EventMention]) -> list[list[str]]:
    clusters: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        clusters[f"{m.topic}|{m.cluster}"].append(m.id)
    return list(clusters.values())


def clusters_of(labels: dict[str, str]) -> list[list[str]]:
    """Mention id -> label, as a list of clusters."""
    clusters: dict[str, list[str]] = defaultdict(list)
    for mention, label in labels.items():
        clusters[label].append(mention)
    return list(clusters.values())


def score(key: Sequence[Cluster], response: Sequence[Cluster]) -> dict[str, Any]:
    result = rounded(conll(key, response))
    result["mentions"] = sum(len(c) for c in key)
    result["gold_clusters"] = len(key)
    result["predicted_clusters"] = len(response)
    return result


# --- where the mentions are in Storyline's article text --------------------------------------


@dataclass(slots=True)
class SentenceLayout:
    """One ECB+ sentence as Storyline reads it: its text, and where its tokens and it are."""

    number: int
    text: str  # the sentence detokenized as `ecbplus.read_document` does
    tokens: dict[int, tuple[int, int]]  # t_id -> [start, end) in `text`
    start: int | None  # offset of `text` in the article's clean text; None for the URL and the title


def layout(path: Path, article_text: str) -> dict[int, SentenceLayout]:
    """Each sentence of an ECB+ file with its token offsets and its place in the article text.

    `read_document` writes one sentence a line, after dropping a leading URL line and a headline
    (which become the article's URL and title); the lines left are the last sentences, in order.
    """
    from storyline.eval.ecbplus import _detokenize

    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for token in root.iter("token"):
        by_sentence[int(token.get("sentence", "0"))].append((int(token.get("t_id", "0")), token.text or ""))
    numbers = sorted(by_sentence)
    lines = article_text.split("\n")
    dropped = len(numbers) - len(lines)
    offsets: dict[int, int] = {}
    position = 0
    for number, line in zip(numbers[dropped:], lines, strict=True):
        offsets[number] = position
        position += len(line) + 1
    found = {}
    for number in numbers:
        words = by_sentence[number]
        text = _detokenize([w for _, w in words])
        spans, cursor = {}, 0
        for t_id, word in words:
            shown = word.replace("``", "“").replace("''", "”")
            at = text.find(shown, cursor) if shown else -1
            if at < 0:
                spans[t_id] = (cursor, cursor)
                continue
            spans[t_id] = (at, at + len(shown))
            cursor = at + len(shown)
        start = offsets.get(number)
        if start is not None and article_text[start : start + len(text)] != text:
            start = None
        found[number] = SentenceLayout(number=number, text=text, tokens=spans, start=start)
    return found


# --- the system: Storyline's alignment of the gold mentions ----------------------------------

ACTOR_TYPES = {"PERSON", "ORG", "NORP"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
MIN_EVENT_CONFIDENCE = 0.5  # a sentence's event sub-type counts only when the classifier is this sure


@dataclass(slots=True)
class Document:
    """One ECB+ file as the system sees it: the article, its annotations and its sentences."""

    path: Path
    article: Any  # storyline.model.Article
    annotations: Any  # storyline.model.Annotations | None
    sentences: dict[int, SentenceLayout]


def _head(doc: Any, spans: list[tuple[int, int]]) -> Any | None:
    """The syntactic head of the tokens covering the character spans: the one whose head is outside."""
    inside = [t for t in doc if any(t.idx < end and start < t.idx + len(t.text) for start, end in spans)]
    if not inside:
        return None
    indexes = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in indexes or t.head.i == t.i), inside[0])


def _in_sentence(start: int, end: int, sentence: SentenceLayout) -> bool:
    return sentence.start is not None and sentence.start <= start and end <= sentence.start + len(sentence.text)


def _place_key(place: Any) -> str:
    return f"geo:{place.geonameid}" if place.geonameid else f"place:{place.country or ''}:{place.name.casefold()}"


def sentence_evidence(document: Document, number: int) -> dict[str, frozenset[str]]:
    """Entity keys, place keys and days the stored annotations find in one sentence.

    The headline is not part of the article's text (it is the title), so its names are found
    by the article's own entity mentions written in it.
    """
    sentence = document.sentences[number]
    ann = document.annotations
    actors: set[str] = set()
    places: set[str] = set()
    days: set[str] = set()
    if ann is None:
        return {"entities": frozenset(), "places": frozenset(), "days": frozenset()}
    lowered = f" {sentence.text.casefold()} "
    for entity in ann.entities:
        if sentence.start is not None:
            named = any(_in_sentence(m.start, m.end, sentence) for m in entity.mentions)
        else:
            named = any(len(m.text) > 2 and f" {m.text.casefold()} " in lowered for m in entity.mentions)
        if not named:
            continue
        if entity.type in ACTOR_TYPES:
            actors.add(entity.key)
        if entity.type in PLACE_TYPES:
            places.add(_place_key(entity.place) if entity.place else entity.key)
    for time in ann.times:
        if _in_sentence(time.start, time.end, sentence) and time.value and time.granularity == "day":
            days.add(time.value[:10])
    return {"entities": frozenset(actors), "places": frozenset(places), "days": frozenset(days)}


def load_documents(
    folder: Path, gold: dict[str, list[EventMention]], cache: Path | None = None, n_process: int = 1
) -> dict[str, Document]:
    """Read, and annotate with the real extraction (cached), every file that has gold mentions."""
    from storyline.eval.ecbplus import annotate_cached, read_document

    wanted = {m.document for mentions in gold.values() for m in mentions}
    paths = [p for p in ecb_files(folder) if p.stem in wanted]
    articles = {p.stem: read_document(p) for p in paths}
    annotations = annotate_cached(list(articles.values()), cache, n_process=n_process)
    return {
        p.stem: Document(
            path=p,
            article=articles[p.stem],
            annotations=annotations.get(articles[p.stem].id),
            sentences=layout(p, articles[p.stem].text),
        )
        for p in paths
    }


def mention_refs(
    gold: dict[str, list[EventMention]], documents: dict[str, Document], n_process: int = 1
) -> dict[str, list[Any]]:
    """Topic -> a `compare.mentions.MentionRef` for each gold mention, in the gold order.

    The trigger is the lemma of the mention's syntactic head in a spaCy parse of its sentence;
    the sentence's event sub-type comes from the event-type classifier.
    """
    from storyline.compare.mentions import MentionRef
    from storyline.extract.event_types import classify
    from storyline.extract.nlp import parse_many

    keys = sorted({(m.document, m.sentence) for mentions in gold.values() for m in mentions})
    texts = [documents[d].sentences[s].text for d, s in keys]
    parses = dict(zip(keys, parse_many(texts, n_process=n_process), strict=True))
    types = {
        key: sub if confidence >= MIN_EVENT_CONFIDENCE else None
        for key, (_, _, sub, confidence) in zip(keys, classify(texts), strict=True)
    }
    evidence = {key: sentence_evidence(documents[key[0]], key[1]) for key in keys}
    found: dict[str, list[Any]] = {}
    for topic, mentions in gold.items():
        refs = []
        for m in mentions:
            document = documents[m.document]
            sentence = document.sentences[m.sentence]
            spans = [sentence.tokens[t] for t in m.tokens if t in sentence.tokens]
            head = _head(parses[(m.document, m.sentence)], spans)
            trigger = head.lemma_.casefold() if head is not None else m.text.casefold()
            words = " ".join(sentence.text[a:b] for a, b in spans)
            refs.append(
                MentionRef(
                    article=document.article.id,
                    sentence=m.sentence,
                    text=sentence.text,
                    trigger=trigger,
                    words=words,
                    event_type=types[(m.document, m.sentence)],
                    **evidence[(m.document, m.sentence)],
                )
            )
        found[topic] = refs
    return found


def article_texts(documents: dict[str, Document]) -> dict[str, str]:
    return {d.article.id: "\n".join(filter(None, [d.article.title, d.article.text])) for d in documents.values()}


def article_entities(documents: dict[str, Document]) -> dict[str, list[str]]:
    from storyline.compare.mentions import named_entities

    return {d.article.id: named_entities(d.annotations) for d in documents.values()}


def predict(
    gold: dict[str, list[EventMention]],
    refs: dict[str, list[Any]],
    texts: dict[str, str],
    settings: Any = None,
    groups: dict[str, str] | None = None,
    entities: dict[str, list[str]] | None = None,
) -> dict[str, str]:
    """Mention id -> predicted cluster label, topic by topic.

    With `groups` (article id -> predicted story), mentions are aligned within each story only.
    """
    from storyline.compare.mentions import DEFAULT, cluster_mentions

    settings = settings or DEFAULT
    labels: dict[str, str] = {}
    for topic, mentions in gold.items():
        parts: dict[str, list[int]] = defaultdict(list)
        for i, ref in enumerate(refs[topic]):
            parts[groups.get(ref.article, ref.article) if groups is not None else ""].append(i)
        for part, members in parts.items():
            chosen = [refs[topic][i] for i in members]
            for c, cluster in enumerate(cluster_mentions(chosen, texts, settings, entities)):
                for k in cluster:
                    labels[mentions[members[k]].id] = f"{topic}|{part}|{c}"
    return labels


def same_lemma(gold: dict[str, list[EventMention]], refs: dict[str, list[Any]]) -> dict[str, str]:
    """The baseline: mentions of a topic with the same head lemma form one cluster."""
    return {m.id: f"{topic}|{ref.trigger}" for topic in gold for m, ref in zip(gold[topic], refs[topic], strict=True)}


def score_labels(gold: dict[str, list[EventMention]], labels: dict[str, str], topics: Iterable[str]) -> dict[str, Any]:
    topics = list(topics)
    chosen = [m for t in topics for m in gold[t]]
    result = score(gold_clusters(chosen), clusters_of({m.id: labels[m.id] for m in chosen}))
    result["topics"] = len(topics)
    return result


def halves(topics: Iterable[str]) -> dict[str, list[str]]:
    """Tuning half (odd topic numbers) and held-out half (even)."""
    topics = list(topics)
    return {
        "odd": [t for t in topics if t.isdigit() and int(t) % 2 == 1],
        "even": [t for t in topics if not (t.isdigit() and int(t) % 2 == 1)],
    }


def evaluate(
    folder: Path,
    cache: Path | None = None,
    threshold: float | None = None,
    n_process: int = 1,
    stories: bool = False,
) -> dict[str, Any]:
    """The whole evaluation: system and same-lemma baseline, on all topics and on both halves."""
    from dataclasses import replace

    from storyline.compare.mentions import DEFAULT

    gold = read_gold(folder)
    documents = load_documents(folder, gold, cache, n_process=n_process)
    refs = mention_refs(gold, documents, n_process=n_process)
    texts, entities = article_texts(documents), article_entities(documents)
    settings = DEFAULT if threshold is None else replace(DEFAULT, threshold=threshold)
    labels = predict(gold, refs, texts, settings, entities=entities)
    result = score_labels(gold, labels, gold)
    result["threshold"] = settings.threshold
    parts = halves(gold)
    result["halves"] = {name: score_labels(gold, labels, topics) for name, topics in parts.items()}
    baseline = same_lemma(gold, refs)
    result["same_lemma_baseline"] = score_labels(gold, baseline, gold)
    result["same_lemma_baseline"]["halves"] = {
        name: score_labels(gold, baseline, topics) for name, topics in parts.items()
    }
    if stories:
        groups = predicted_stories(documents)
        within = predict(gold, refs, texts, settings, groups, entities)
        result["within_predicted_stories"] = score_labels(gold, within, gold)
        result["within_predicted_stories"]["halves"] = {
            name: score_labels(gold, within, topics) for name, topics in parts.items()
        }
        result["within_predicted_stories"]["stories"] = len(set(groups.values()))
    return result


def predicted_stories(documents: dict[str, Document]) -> dict[str, str]:
    """Article id -> story, from Storyline's story clustering of all the articles (a re-cluster)."""
    from storyline.stories import features, recluster

    feats = [features(d.article, d.annotations) for d in documents.values()]
    return {a.article: a.story for a in recluster(feats)[1]}
