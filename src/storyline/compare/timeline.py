"""The story in order: dated happenings from the claims, what they expect to come, and when each article
appeared."""

from __future__ import annotations

from datetime import date, timedelta

from storyline.model import Annotations, Article, TimelineEntry

HORIZON = timedelta(days=365)  # dates further from publication are background, not the story's timeline


def timeline(articles: list[Article], annotations: dict[str, Annotations]) -> list[TimelineEntry]:
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for article in articles:
        if article.published:
            entries[(article.published.isoformat(), article.id)] = TimelineEntry(
                date=article.published.isoformat(),
                kind="published",
                text=article.title or "(untitled)",
                article=article.id,
                outlet=article.label,
            )
        ann = annotations.get(article.id)
        if ann is None:
            continue
        reference = article.published.date() if article.published else None
        for claim in ann.claims:
            days = [
                t
                for t in (ann.times[i] for i in claim.times)
                if t.value
                and t.granularity in ("day", "days", "time")
                and not (reference and abs(date.fromisoformat(t.value[:10]) - reference) > HORIZON)
            ]
            if not days:
                continue
            # once, at the earliest day it names: "killed on Monday night, officials said on Tuesday" is Monday's
            first = min(days, key=lambda t: t.value)
            day = first.value[:10]
            # a day after publication is announced, not reported: "would appear in court on Monday"
            kind = "expected" if reference and day > reference.isoformat() else "happened"
            entries[(day, article.id + str(claim.start))] = TimelineEntry(
                date=day, kind=kind, text=claim.text, article=article.id, outlet=article.label, date_end=first.end_value
            )
    return sorted(entries.values(), key=lambda e: (e.date[:10], e.kind == "published", e.date))
