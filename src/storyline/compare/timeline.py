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
            for index in claim.times:
                t = ann.times[index]
                if not t.value or t.granularity not in ("day", "days", "time"):
                    continue
                day = t.value[:10]
                if reference and abs(date.fromisoformat(day) - reference) > HORIZON:
                    continue
                # a day after publication is announced, not reported: "would appear in court on Monday"
                kind = "expected" if reference and day > reference.isoformat() else "happened"
                entries.setdefault(
                    (day, article.id + str(claim.start)),
                    TimelineEntry(
                        date=day,
                        kind=kind,
                        text=claim.text,
                        article=article.id,
                        outlet=article.label,
                        date_end=t.end_value,
                    ),
                )
    return sorted(entries.values(), key=lambda e: (e.date[:10], e.kind == "published", e.date))
