"""Build a story's dossier: facts, the reconciled event, voices, framing and timeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.compare.facts import ClaimRef, fact_groups
from storyline.compare.reconcile import reconcile_event
from storyline.compare.sources import claim_source, independent_sources, relayed_sources
from storyline.compare.timeline import timeline
from storyline.compare.voices import framing, voices
from storyline.model import Annotations, Article, Dossier, DossierArticle, DossierAttribution


@dataclass(slots=True)
class StoryMaterial:
    """What the comparison needs of one story, as the store holds it."""

    id: str
    title: str
    articles: list[Article]
    annotations: dict[str, Annotations]
    syndication: dict[str, str | None] = field(default_factory=dict)  # article id -> copy group id


def build_dossier(story: StoryMaterial) -> Dossier:
    articles = sorted(story.articles, key=lambda a: (a.published is None, a.published, a.id))
    sources = independent_sources(articles, story.syndication)
    relayed = relayed_sources(articles, sources)
    refs = [
        ClaimRef(
            article=a,
            claim=c,
            annotations=story.annotations[a.id],
            source=claim_source(sources[a.id], c.speaker, relayed),
        )
        for a in articles
        if a.id in story.annotations
        for c in story.annotations[a.id].claims
    ]
    facts = fact_groups(refs)
    event = reconcile_event(articles, story.annotations, sources, facts)
    speakers = voices(articles, story.annotations)
    return Dossier(
        id=story.id,
        title=story.title,
        independent_sources=len(set(sources.values())),
        articles=[
            DossierArticle(
                id=a.id,
                outlet=a.label,
                title=a.title,
                url=a.url,
                published=a.published.isoformat() if a.published else None,
                syndication_group=story.syndication.get(a.id),
                source=sources[a.id],
                language=a.language,
            )
            for a in articles
        ],
        facts=facts,
        events=[event] if event else [],
        voices=speakers,
        framing=framing(articles, story.annotations),
        timeline=timeline(articles, story.annotations),
        attributions=[
            DossierAttribution(
                speaker=v.speaker,
                cue=s.cue,
                content=s.content,
                article=s.article,
                outlet=s.outlet,
                start=s.start,
                end=s.end,
                kind=s.kind,
            )
            for v in speakers
            for s in v.statements
        ],
    )
