"""The story in order: dated happenings from the claims, what they expect to come, and when each article
appeared."""

from __future__ import annotations

from datetime import date, timedelta

from storyline.model import Annotations, Article, TimelineEntry
from storyline.stories.text import after_dateline

HORIZON = timedelta(days=365)  # dates further from publication are background, not the story's timeline


def timeline(articles: list[Article], annotations: dict[str, Annotations]) -> list[TimelineEntry]:
    """Dated claims and publications in order; a sentence that copies carry word for word is listed once, from
    the first article that has it."""
    entries: dict[tuple[str, str], TimelineEntry] = {}
    told: set[tuple[str, str]] = set()
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
            # once, at the day of what it tells (`Claim.when`), else at the earliest day it names
            main = ann.times[claim.when] if claim.when is not None else None
            when = main if main in days else min(days, key=lambda t: t.value)
            day = when.value[:10]
            # a day after publication is announced, not reported: "would appear in court on Monday"
            kind = "expected" if reference and day > reference.isoformat() else "happened"
            words = " ".join(claim.text[after_dateline(claim.text) :].split())
            if (day, words) in told:
                continue  # a syndicated copy's sentence: the first report of it stands
            told.add((day, words))
            entries[(day, article.id + str(claim.start))] = TimelineEntry(
                date=day, kind=kind, text=claim.text, article=article.id, outlet=article.label, date_end=when.end_value
            )
    return sorted(entries.values(), key=lambda e: (e.date[:10], e.kind == "published", e.date))
