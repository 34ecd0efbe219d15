"""What the pages show, computed from a dossier and its articles: the source-comparison matrix, the
evidence behind each cell, the highlighted article text, and the timeline and map drawn as SVG.

Everything that came from an article passes through `markupsafe.escape` here or through Jinja's
autoescaping in the templates; nothing article-derived ever becomes markup or a link target unchecked.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from storyline.model import (
    Annotations,
    Article,
    Dossier,
    DossierArticle,
    FactGroup,
    FactSource,
    TimelineEntry,
    figure,
)
from storyline.views.dates import short_date

CONTEXT_CHARS = 320  # the most of a paragraph shown either side of a sentence


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None: never a javascript:, data: or other active link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# --- the source-comparison matrix -----------------------------------------------------------------


@dataclass(slots=True)
class Column:
    key: str
    label: str
    source: str
    articles: list[DossierArticle]
    copy_of: str | None = None  # the outlet this one republished


@dataclass(slots=True)
class SourceGroup:
    key: str
    number: int
    columns: list[Column]

    @property
    def label(self) -> str:
        return " + ".join(c.label for c in self.columns)


@dataclass(slots=True)
class Evidence:
    article: str
    outlet: str | None
    title: str | None
    published: str | None
    attributed_to: str | None
    hedges: list[str]
    value: float | None
    before: str
    sentence: str
    after: str
    start: int
    end: int
    exact: bool  # the offsets point at this sentence in the stored article text


@dataclass(slots=True)
class Cell:
    id: str
    state: str  # states | conflicts | silent
    figures: list[str]
    evidence: list[Evidence]
    earlier: bool = False  # an updated figure: this outlet gave only earlier values

    @property
    def label(self) -> str:
        return {"states": "states it", "conflicts": "conflicts", "silent": "silent"}[self.state]


@dataclass(slots=True)
class Row:
    index: int
    fact: FactGroup
    cells: list[Cell]
    reference: float | None = None


@dataclass(slots=True)
class Matrix:
    groups: list[SourceGroup]
    columns: list[Column]
    rows: list[Row]


def _column_key(article: DossierArticle) -> str:
    return article.outlet.casefold().strip() if article.outlet else f"article:{article.id}"


def build_columns(dossier: Dossier) -> tuple[list[SourceGroup], list[Column], dict[str, Column]]:
    articles = sorted(dossier.articles, key=lambda a: (a.published is None, a.published or "", a.id))
    columns: dict[str, Column] = {}
    by_article: dict[str, Column] = {}
    for a in articles:
        key = _column_key(a)
        column = columns.get(key)
        if column is None:
            label = a.outlet or f"(no outlet) {(a.title or a.id)[:40]}"
            column = columns[key] = Column(key=key, label=label, source=a.source, articles=[])
        column.articles.append(a)
        by_article[a.id] = column
    # a column republishing another outlet's copy: its articles share a syndication group with an earlier one
    first_in_group: dict[str, Column] = {}
    for a in articles:
        if not a.syndication_group:
            continue
        column = by_article[a.id]
        first = first_in_group.setdefault(a.syndication_group, column)
        if first is not column and column.copy_of is None:
            column.copy_of = first.label
    groups: dict[str, SourceGroup] = {}
    for column in columns.values():
        group = groups.get(column.source)
        if group is None:
            group = groups[column.source] = SourceGroup(key=column.source, number=len(groups) + 1, columns=[])
        group.columns.append(column)
    ordered = [c for g in groups.values() for c in g.columns]
    return list(groups.values()), ordered, by_article


def _reference(fact: FactGroup, sources_of: dict[str, str]) -> float | None:
    """The figure a slot fact settles on: the latest update, or the one with most independent sources."""
    if not fact.slot and len(fact.values) < 2:
        return None
    if fact.status == "updated" and fact.sequence:
        return fact.sequence[-1].get("value")
    support: dict[float, set[str]] = {}
    latest: dict[float, str] = {}
    for s in fact.sources:
        if s.value is None:
            continue
        support.setdefault(s.value, set()).add(sources_of.get(s.article, s.article))
        latest[s.value] = max(latest.get(s.value, ""), s.published or "")
    if not support:
        return None
    return max(support, key=lambda v: (len(support[v]), latest[v]))


def evidence_for(source: FactSource, article: Article | None, title: str | None) -> Evidence:
    sentence, before, after, exact = source.text, "", "", False
    start, end = source.start, source.end
    if article is not None:
        body = article.text
        if not (0 <= start < end <= len(body) and body[start:end] == source.text):
            found = body.find(source.text) if source.text else -1
            if found >= 0:
                start, end = found, found + len(source.text)
        if 0 <= start < end <= len(body) and body[start:end] == source.text:
            exact = True
            para_start = body.rfind("\n", 0, start) + 1
            para_end = body.find("\n", end)
            para_end = len(body) if para_end < 0 else para_end
            before = body[max(para_start, start - CONTEXT_CHARS) : start]
            after = body[end : min(para_end, end + CONTEXT_CHARS)]
            if start - CONTEXT_CHARS > para_start:
                before = "…" + before
            if end + CONTEXT_CHARS < para_end:
                after += "…"
            sentence = body[start:end]
    return Evidence(
        article=source.article,
        outlet=source.outlet,
        title=title,
        published=source.published,
        attributed_to=source.attributed_to,
        hedges=list(source.hedges),
        value=source.value,
        before=before,
        sentence=sentence,
        after=after,
        start=start,
        end=end,
        exact=exact,
    )


def build_matrix(dossier: Dossier, articles: dict[str, Article]) -> Matrix:
    groups, columns, by_article = build_columns(dossier)
    sources_of = {a.id: a.source for a in dossier.articles}
    titles = {a.id: a.title for a in dossier.articles}
    rows = []
    for r, fact in enumerate(dossier.facts):
        reference = _reference(fact, sources_of)
        per_column: dict[str, list[FactSource]] = {}
        for s in fact.sources:
            column = by_article.get(s.article)
            key = column.key if column else (s.outlet or "").casefold().strip()
            per_column.setdefault(key, []).append(s)
        cells = []
        for c, column in enumerate(columns):
            found = per_column.get(column.key, [])
            figures = []
            for s in found:
                if s.value is not None and figure(s.value) not in figures:
                    figures.append(figure(s.value))
            if not found:
                state = "silent"
            elif reference is not None and figures and figure(reference) not in figures:
                state = "conflicts"
            else:
                state = "states"
            cells.append(
                Cell(
                    id=f"cell-{r}-{c}",
                    state=state,
                    figures=figures,
                    evidence=[evidence_for(s, articles.get(s.article), titles.get(s.article)) for s in found],
                    earlier=state == "conflicts" and fact.status == "updated",
                )
            )
        rows.append(Row(index=r, fact=fact, cells=cells, reference=reference))
    return Matrix(groups=groups, columns=columns, rows=rows)


# --- the article text with its annotations ----------------------------------------------------------


@dataclass(slots=True)
class Layer:
    start: int
    end: int
    css: str
    note: str = ""


def annotation_layers(ann: Annotations | None) -> list[Layer]:
    if ann is None:
        return []
    layers: list[Layer] = []
    for claim in ann.claims:
        note = "claim" + (f" by {claim.speaker}" if claim.speaker else " (outlet's own voice)")
        if claim.hedges:
            note += f", hedged: {', '.join(claim.hedges)}"
        layers.append(Layer(claim.start, claim.end, "claim" + (" hedged" if claim.hedges else ""), note))
    for a in ann.attributions:
        speaker = a.speaker or "unnamed source"
        layers.append(Layer(a.content.start, a.content.end, "attr-content", f"said by {speaker} ({a.kind})"))
        if a.source:
            layers.append(Layer(a.source.start, a.source.end, "attr-source", f"source: {speaker}"))
        if a.cue:
            layers.append(Layer(a.cue.start, a.cue.end, "attr-cue", "attribution cue"))
    for e in ann.entities:
        label = e.type.lower()
        place = f", {e.place.name} {e.place.country or ''}" if e.place else ""
        for m in e.mentions:
            layers.append(Layer(m.start, m.end, f"ent ent-{label}", f"{e.name} ({e.type}{place})"))
    for t in ann.times:
        value = t.value or "unresolved"
        if t.end_value:
            value += f" to {t.end_value}"
        layers.append(Layer(t.start, t.end, "time", f"{t.label.lower()}: {value}"))
    for q in ann.quantities:
        counted = f" {q.counted.text}" if q.counted else ""
        value = figure(q.value) if q.value is not None else "?"
        layers.append(Layer(q.start, q.end, "qty", f"{value}{counted} ({q.kind}, {q.role})"))
    return layers


def highlight_text(article: Article, ann: Annotations | None, target: tuple[int, int] | None = None) -> Markup:
    """The clean text as HTML: one <span> per stretch with the classes of every annotation covering it,
    the removed boilerplate struck through where it stood, and an optional target span marked."""
    body = article.text
    layers = [la for la in annotation_layers(ann) if 0 <= la.start < la.end <= len(body)]
    if target and 0 <= target[0] < target[1] <= len(body):
        layers.append(Layer(target[0], target[1], "target", "the sentence you came from"))
    removals: dict[int, list] = {}
    for removal in article.removed:
        removals.setdefault(min(max(removal.at, 0), len(body)), []).append(removal)
    cuts = {0, len(body), *removals}
    for la in layers:
        cuts.update((la.start, la.end))
    points = sorted(cuts)
    out: list[str] = []
    target_open = False
    for n, start in enumerate(points):
        for removal in removals.get(start, []):
            out.append(
                f'<del class="boilerplate" title="removed as boilerplate: {escape(removal.reason)}">'
                f"{escape(removal.text.strip())}</del>"
            )
        if n + 1 >= len(points):
            break
        end = points[n + 1]
        if end <= start:
            continue
        active = [la for la in layers if la.start <= start and la.end >= end]
        chunk = escape(body[start:end])
        if not active:
            out.append(str(chunk))
            continue
        classes = " ".join(dict.fromkeys(c for la in active for c in la.css.split()))
        notes = "; ".join(dict.fromkeys(la.note for la in active if la.note))
        anchor = ""
        if any(la.css == "target" for la in active) and not target_open:
            anchor, target_open = ' id="hl"', True
        out.append(f'<span class="{escape(classes)}" title="{escape(notes)}"{anchor}>{chunk}</span>')
    return Markup("".join(out))


def legend_counts(ann: Annotations | None) -> dict[str, int]:
    if ann is None:
        return {}
    return {
        "entities": sum(len(e.mentions) for e in ann.entities),
        "quantities": len(ann.quantities),
        "dates": len(ann.times),
        "attributions": len(ann.attributions),
        "claims": len(ann.claims),
    }


# --- the timeline chart ---------------------------------------------------------------------------


def _when(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if len(value) <= 10:
        return parsed.replace(hour=12)
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def timeline_svg(entries: list[TimelineEntry]) -> Markup:
    dated = [(e, _when(e.date)) for e in entries]
    dated = [(e, t) for e, t in dated if t is not None]
    if not dated:
        return Markup('<p class="empty">No dated entries.</p>')
    lanes = ["reported happenings"]
    for e, _ in dated:
        if e.kind == "published":
            name = e.outlet or "unknown outlet"
            if name not in lanes:
                lanes.append(name)
    ends = [t for _, t in dated] + [t for e, _ in dated if e.date_end and (t := _when(e.date_end))]
    first, last = min(ends), max(ends)
    span = max(last - first, timedelta(hours=12))
    pad = max(span * 0.06, timedelta(hours=6))
    t0, t1 = first - pad, last + pad
    left, right, lane_h, top = 170, 24, 34, 34
    width = 960
    height = top + lane_h * len(lanes) + 30
    inner = width - left - right

    def x(t: datetime) -> float:
        return left + inner * ((t - t0) / (t1 - t0))

    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} entries" xmlns="http://www.w3.org/2000/svg">'
    ]
    days = (t1 - t0).days + 1
    step = 1 if days <= 16 else 7 if days <= 120 else 30
    day = datetime(t0.year, t0.month, t0.day)
    while day <= t1:
        if day >= t0:
            px = x(day)
            parts.append(f'<line class="tick" x1="{px:.1f}" y1="{top - 8}" x2="{px:.1f}" y2="{height - 26}"/>')
            parts.append(f'<text class="tick-label" x="{px + 3:.1f}" y="{height - 10}">{day:%-d %b}</text>')
        day += timedelta(days=step)
    for n, lane in enumerate(lanes):
        y = top + n * lane_h + lane_h / 2
        parts.append(f'<line class="lane" x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"/>')
        parts.append(f'<text class="lane-label" x="{left - 10}" y="{y + 4:.1f}">{escape(_clip(lane, 24))}</text>')
    for e, t in sorted(dated, key=lambda item: item[1]):
        lane = 0 if e.kind != "published" else lanes.index(e.outlet or "unknown outlet")
        y = top + lane * lane_h + lane_h / 2
        px = x(t)
        tip = escape(f"{short_date(e.date)} · {e.outlet or 'unknown outlet'}: {e.text}")
        href = f"/articles/{escape(e.article)}"
        if e.kind != "published":
            end = _when(e.date_end) if e.date_end else None
            if end and end > t:
                parts.append(
                    f'<rect class="span" x="{px:.1f}" y="{y - 5:.1f}" width="{max(x(end) - px, 2):.1f}" height="10" '
                    'rx="4"/>'
                )
            parts.append(
                f'<a href="{href}"><path class="{e.kind}" d="M{px:.1f},{y - 7:.1f} l7,7 l-7,7 l-7,-7 z">'
                f"<title>{tip}</title></path></a>"
            )
        else:
            parts.append(
                f'<a href="{href}"><circle class="published" cx="{px:.1f}" cy="{y:.1f}" r="6">'
                f"<title>{tip}</title></circle></a>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


# --- the map --------------------------------------------------------------------------------------


@dataclass(slots=True)
class MapPoint:
    name: str
    country: str | None
    lat: float
    lon: float
    kind: str  # event | place
    weight: int = 1


def map_points(dossier: Dossier, annotations: dict[str, Annotations], most: int = 12) -> list[MapPoint]:
    points: dict[tuple[str, str | None], MapPoint] = {}
    for event in dossier.events:
        loc = event.location
        if loc and loc.lat is not None and loc.lon is not None:
            points[(loc.name, loc.country)] = MapPoint(loc.name, loc.country, loc.lat, loc.lon, "event", 1000)
    counts: Counter[tuple[str, str | None]] = Counter()
    where: dict[tuple[str, str | None], tuple[float, float]] = {}
    for ann in annotations.values():
        for entity in ann.entities:
            place = entity.place
            if place is None or place.lat is None or place.lon is None or place.precision == "continent":
                continue
            key = (place.name, place.country)
            counts[key] += len(entity.mentions)
            where[key] = (place.lat, place.lon)
    for key, count in counts.most_common(most):
        if key not in points:
            points[key] = MapPoint(key[0], key[1], where[key][0], where[key][1], "place", count)
    return list(points.values())


def _step(span: float) -> float:
    for step in (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45, 90):
        if span / step <= 6:
            return step
    return 90


def map_svg(points: list[MapPoint]) -> Markup:
    """An equirectangular projection of the story's places, with a graticule and a world locator inset."""
    if not points:
        return Markup('<p class="empty">No geocoded places.</p>')
    lats = [p.lat for p in points]
    lons = [p.lon for p in points]
    lat_span = max(max(lats) - min(lats), 0.4)
    lon_span = max(max(lons) - min(lons), 0.4)
    pad = 0.25
    south = max(-89.0, min(lats) - lat_span * pad - 0.1)
    north = min(89.0, max(lats) + lat_span * pad + 0.1)
    west = max(-180.0, min(lons) - lon_span * pad - 0.1)
    east = min(180.0, max(lons) + lon_span * pad + 0.1)
    k = math.cos(math.radians((south + north) / 2))  # keep shapes right at this latitude
    width, height = 640, 400
    # widen the box to the frame's proportions, so the map fills it
    if (east - west) * k / (north - south) < width / height:
        extra = ((north - south) * width / height / k - (east - west)) / 2
        west, east = max(-180.0, west - extra), min(180.0, east + extra)
    else:
        extra = ((east - west) * k * height / width - (north - south)) / 2
        south, north = max(-89.0, south - extra), min(89.0, north + extra)
    scale = min(width / ((east - west) * k), height / (north - south))
    used_w, used_h = (east - west) * k * scale, (north - south) * scale
    ox, oy = (width - used_w) / 2, (height - used_h) / 2

    def project(lat: float, lon: float) -> tuple[float, float]:
        return ox + (lon - west) * k * scale, oy + (north - lat) * scale

    parts = [
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg" '
        f'aria-label="Map of {len(points)} places">',
        f'<rect class="sea" x="{ox:.1f}" y="{oy:.1f}" width="{used_w:.1f}" height="{used_h:.1f}"/>',
    ]
    step = _step(max(north - south, (east - west)))
    value = math.floor(south / step) * step
    while value <= north:
        if value >= south:
            _, y = project(value, west)
            parts.append(f'<line class="grid" x1="{ox:.1f}" y1="{y:.1f}" x2="{ox + used_w:.1f}" y2="{y:.1f}"/>')
            parts.append(
                f'<text class="grid-label" x="{ox + 4:.1f}" y="{y - 3:.1f}">{_degrees(value, "N", "S")}</text>'
            )
        value += step
    value = math.floor(west / step) * step
    while value <= east:
        if value >= west:
            x, _ = project(south, value)
            parts.append(f'<line class="grid" x1="{x:.1f}" y1="{oy:.1f}" x2="{x:.1f}" y2="{oy + used_h:.1f}"/>')
            parts.append(
                f'<text class="grid-label" x="{x + 3:.1f}" y="{oy + used_h - 4:.1f}">{_degrees(value, "E", "W")}</text>'
            )
        value += step
    drawn = []  # (point, x, y, radius, label)
    for p in points:
        x, y = project(p.lat, p.lon)
        radius = 9 if p.kind == "event" else 4 + min(p.weight, 8) * 0.4
        drawn.append((p, x, y, radius, p.name + (f", {p.country}" if p.country else "")))
    placed = [(x - r, y - r, 2 * r, 2 * r) for _, x, y, r, _ in drawn]  # labels keep off every dot
    labels = {}
    for p, x, y, r, label in sorted(drawn, key=lambda d: d[0].kind != "event"):  # the event's label first
        labels[id(p)] = _label_position(x + r + 3, y + 4, len(label) * (8 if p.kind == "event" else 6.5), placed)
    for p, x, y, r, label in sorted(drawn, key=lambda d: d[0].kind == "event"):  # the event's dot on top
        tip = escape(f"{p.name} ({p.lat:.3f}, {p.lon:.3f})" + (" — the event" if p.kind == "event" else ""))
        lx, ly = labels[id(p)]
        parts.append(
            f'<g class="pt {p.kind}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{tip}</title></circle>'
            f'<text x="{lx:.1f}" y="{ly:.1f}">{escape(label)}</text></g>'
        )
    # world locator: the whole globe, this view's box and the event
    iw, ih, ix, iy = 144, 72, width - 150, 6
    parts.append(f'<g class="inset"><rect class="inset-bg" x="{ix}" y="{iy}" width="{iw}" height="{ih}"/>')
    for lat in (-60, -30, 0, 30, 60):
        y = iy + (90 - lat) / 180 * ih
        parts.append(f'<line class="inset-grid" x1="{ix}" y1="{y:.1f}" x2="{ix + iw}" y2="{y:.1f}"/>')
    for lon in range(-150, 180, 30):
        x = ix + (lon + 180) / 360 * iw
        parts.append(f'<line class="inset-grid" x1="{x:.1f}" y1="{iy}" x2="{x:.1f}" y2="{iy + ih}"/>')
    bx, by = ix + (west + 180) / 360 * iw, iy + (90 - north) / 180 * ih
    bw, bh = max((east - west) / 360 * iw, 2), max((north - south) / 180 * ih, 2)
    parts.append(f'<rect class="inset-box" x="{bx:.1f}" y="{by:.1f}" width="{bw:.1f}" height="{bh:.1f}"/></g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _label_position(
    x: float, baseline: float, width: float, placed: list[tuple[float, float, float, float]]
) -> tuple[float, float]:
    """Where a label right of its dot overlaps neither a dot nor a label placed before: the first free
    line of a few below and above, else its own line; the chosen box joins `placed`."""

    def free(box: tuple[float, float, float, float]) -> bool:
        return all(
            box[0] >= o[0] + o[2] or o[0] >= box[0] + box[2] or box[1] >= o[1] + o[3] or o[1] >= box[1] + box[3]
            for o in placed
        )

    for dy in (0.0, 14.0, -14.0, 28.0, -28.0, 42.0):
        box = (x, baseline + dy - 11, width, 14)
        if free(box):
            placed.append(box)
            return x, baseline + dy
    placed.append((x, baseline - 11, width, 14))
    return x, baseline


def _degrees(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value > 0 else negative if value < 0 else ""
    return f"{abs(value):g}°{hemisphere}"
