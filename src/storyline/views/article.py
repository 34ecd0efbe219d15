"""One article and its annotations, as JSON and as a terminal rendering."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.model import Annotations, Article, figure
from storyline.views.dossier import place_text


def article_json(article: Article, annotations: Annotations) -> dict[str, Any]:
    data = article.to_dict()
    data["annotations"] = asdict(annotations)
    return data


def _table(title: str, *columns: str) -> Table:
    return Table(*columns, title=title, title_justify="left", show_lines=False, expand=False)


def render_article(console: Console, article: Article, ann: Annotations) -> None:
    published = article.published.isoformat() if article.published else "date unknown"
    console.print(f"[bold]{article.title or '(untitled)'}[/bold]")
    console.print(f"{article.outlet or 'unknown outlet'} · {published} · {article.url or article.source}")
    console.print(f"{article.words} words, {len(ann.claims)} claims, {len(article.removed)} boilerplate cuts\n")

    entities = _table("Entities", "id", "type", "name", "mentions", "place")
    for e in ann.entities:
        place = place_text(e.place) if e.place else (e.country or "")
        entities.add_row(e.id, e.type, e.name, str(len(e.mentions)), place)
    console.print(entities)

    times = _table("Times", "text", "value", "until", "granularity")
    for t in ann.times:
        times.add_row(t.text, t.value or "—", t.end_value or "", t.granularity or "")
    console.print(times)

    quantities = _table("Quantities", "text", "value", "low–high", "counts", "kind", "role")
    for q in ann.quantities:
        bounds = f"{q.low if q.low is not None else ''}–{q.high if q.high is not None else ''}"
        quantities.add_row(
            q.text,
            figure(q.value) or "—",
            bounds,
            q.counted.text if q.counted else "",
            q.kind,
            q.role,
        )
    console.print(quantities)

    voices = _table("Attributions", "speaker", "cue", "content")
    for a in ann.attributions:
        voices.add_row(a.speaker or "?", a.cue.text if a.cue else "", a.content.text[:120])
    console.print(voices)

    events = _table("Events", "type", "sub-type", "date", "place", "actors", "fatalities", "main")
    for index, ev in enumerate(ann.events):
        place = f"{ev.location.name}, {ev.location.country}" if ev.location else ""
        actors = " / ".join(a.name for a in (ev.actor1, ev.actor2) if a)
        deaths = "" if ev.fatalities_best is None else f"{ev.fatalities_low}/{ev.fatalities_best}/{ev.fatalities_high}"
        main = "background" if ev.background else ("main" if index == 0 else "")
        events.add_row(ev.event_type, ev.sub_event_type, ev.date or "", place, actors, deaths, main)
    console.print(events)

    claims = _table("Claims", "#", "speaker", "hedges", "text")
    for index, c in enumerate(ann.claims):
        claims.add_row(str(index), c.speaker or "(outlet)", ", ".join(c.hedges), c.text[:140])
    console.print(claims)
