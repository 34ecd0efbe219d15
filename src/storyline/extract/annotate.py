"""Run every annotator over one parse of each article, in the order their inputs require."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from storyline.extract.attributions import extract_attributions, is_act
from storyline.extract.claims import extract_claims, reference_day
from storyline.extract.entities import extract_entities
from storyline.extract.events import extract_events
from storyline.extract.namings import headline, namings
from storyline.extract.nlp import parse_many
from storyline.extract.quantities import extract_quantities
from storyline.extract.structure import headings, sentences
from storyline.extract.times import resolve_times
from storyline.ingest.errors import IngestError
from storyline.model import Annotations, Article, Attribution


def _in_heading(attribution: Attribution, heads: list[tuple[int, int]]) -> bool:
    """A cue or source inside a heading ("Cuba Confirms Losses") is a title, not somebody speaking; a post's
    signature is a line of its own, and speaks for the paragraph above it."""
    if attribution.kind == "post":
        return False
    parts = [p for p in (attribution.cue, attribution.source) if p is not None]
    return any(start <= p.start < end or p.start < start < p.end for p in parts for start, end in heads)


def annotate(doc: Doc, article: Article, title: Doc | None = None) -> Annotations:
    """Every annotation of one article, from the parse of its text and of its headline (`title`)."""
    heads = headings(article.text)
    sents = sentences(doc, heads)
    entities = extract_entities(doc, heads)
    times = resolve_times(doc, article.published)
    people = [(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions]
    # the casualty cues, the cue model, the attribution rules and the event classifier read English: another
    # language would get confident nonsense ("La" said "municipalidad indicó…", German "die" a death)
    english = (article.language or "en") == "en"
    reference = reference_day(article.published, times)
    quantities = extract_quantities(doc, people, times, reference, english)
    found = extract_attributions(doc, entities) if english else []
    # an act of force the cue model read as a stance ("Police fired tear gas") is no statement: its doer is a side
    attributions = [a for a in found if not _in_heading(a, heads) and not is_act(doc, a)]
    claims = extract_claims(doc, sents, entities, times, quantities, attributions, reference, article.outlet)
    events = extract_events(doc, claims, entities, times, quantities, attributions, reference) if english else []
    named = namings(doc) + (namings(title, title=True) if title is not None else []) if english else []
    return Annotations(
        article_id=article.id,
        content_hash=article.content_hash,
        sentences=sents,
        headings=heads,
        entities=entities,
        times=times,
        quantities=quantities,
        attributions=attributions,
        claims=claims,
        events=events,
        namings=named,
    )


def annotate_many(articles: Iterable[Article], n_process: int = 1) -> Iterator[Annotations | IngestError]:
    """Annotate articles in order; spaCy batches the parsing (and forks when n_process > 1). Headlines are
    parsed first, in one batch in this process: they are a few words each.

    An article whose text trips a fault in an annotator comes back as an error naming it, as a reader's bad
    input does, and the rest go on."""
    articles = list(articles)
    titles = list(parse_many(headline(a.title or "", a.text) for a in articles))
    docs = parse_many((a.text for a in articles), n_process=n_process)
    for article, doc, title in zip(articles, docs, titles, strict=True):
        try:
            yield annotate(doc, article, title)
        except Exception as error:  # any fault in any annotator: named in the error
            yield IngestError(article.source or article.id, f"extraction failed: {type(error).__name__}: {error}")
