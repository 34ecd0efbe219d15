"""Server-rendered pages: the story list, a story's page, an article's page, search results."""

from __future__ import annotations

from datetime import date
from math import ceil
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from storyline import store
from storyline.extract.places import country_name
from storyline.views.dates import short_date
from storyline.views.dossier import event_date, place_text, slot_label, statement_html, status_label, step_figure
from storyline.web import queries, render, search

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.autoescape = True
templates.env.filters["short_date"] = short_date
templates.env.filters["figure"] = render.figure
templates.env.filters["safe_url"] = render.safe_url
templates.env.filters["statement_html"] = statement_html
templates.env.filters["place_text"] = place_text
templates.env.filters["slot_label"] = slot_label
templates.env.filters["country_name"] = lambda code: country_name(code) or ""
templates.env.filters["status_label"] = status_label
templates.env.filters["step_figure"] = step_figure
templates.env.filters["event_date"] = event_date


def marked(snippet: str, spans: list[tuple[int, int]]) -> Markup:
    """A search snippet with its matches in <mark>, everything else escaped."""
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out.append(str(escape(snippet[last:start])))
        out.append(f"<mark>{escape(snippet[start:end])}</mark>")
        last = end
    out.append(str(escape(snippet[last:])))
    return Markup("".join(out))


templates.env.globals["marked"] = marked


def error_page(request: Request, status: int, detail: str) -> Response:
    return templates.TemplateResponse(request, "error.html", {"status": status, "detail": detail}, status_code=status)


def _engine(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.engine


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(422, f"not a date (YYYY-MM-DD): {value!r}") from exc


@router.get("/", response_class=HTMLResponse)
def story_list(
    request: Request,
    q: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    place: str | None = None,
    entity: str | None = None,
    event_type: str | None = None,
    outlet: str | None = None,
    sort: str = "latest",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    engine = _engine(request)
    per_page = 20
    filters = queries.StoryFilters(
        date_from=_date(date_from),
        date_to=_date(date_to),
        place=place or None,
        entity=entity or None,
        event_type=event_type or None,
        outlet=outlet or None,
        q=q or None,
        sort=sort if sort in queries.SORTS else "latest",
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    total, stories = queries.list_stories(engine, filters)
    params = {
        k: v
        for k, v in {
            "q": q,
            "date_from": date_from,
            "date_to": date_to,
            "place": place,
            "entity": entity,
            "event_type": event_type,
            "outlet": outlet,
            "sort": sort,
        }.items()
        if v
    }
    pages = max(1, ceil(total / per_page))
    return templates.TemplateResponse(
        request,
        "stories.html",
        {
            "stories": stories,
            "total": total,
            "page": page,
            "pages": pages,
            "prev_url": "/?" + urlencode({**params, "page": page - 1}) if page > 1 else None,
            "next_url": "/?" + urlencode({**params, "page": page + 1}) if page < pages else None,
            "f": params,
            "facets": queries.facets(engine),
            "filtered": any(k != "sort" for k in params),
        },
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    engine = _engine(request)
    dossiers = store.load_dossiers(engine, [story_id])
    if not dossiers:
        raise HTTPException(404, f"No story {story_id!r}.")
    dossier = dossiers[0]
    ids = [a.id for a in dossier.articles]
    articles = {a.id: a for a in store.list_articles(engine, ids)}
    annotations = store.load_annotations(engine, ids)
    matrix = render.build_matrix(dossier, articles)
    published = sorted(a.published for a in dossier.articles if a.published)
    disputes = [row for row in matrix.rows if row.fact.status in ("conflicting", "updated")]
    outlets = sorted({t.outlet for t in dossier.framing})
    framing = {
        outlet: {
            "own": [t for t in dossier.framing if t.outlet == outlet and t.voice == "own"],
            "quoted": [t for t in dossier.framing if t.outlet == outlet and t.voice == "quoted"],
        }
        for outlet in outlets
    }
    return templates.TemplateResponse(
        request,
        "story.html",
        {
            "d": dossier,
            "matrix": matrix,
            "source_number": {g.key: g.number for g in matrix.groups},
            "disputes": disputes,
            "framing": framing,
            "span": (published[0], published[-1]) if published else None,
            "outlets": sorted({a.outlet for a in dossier.articles if a.outlet}),
            "timeline_svg": render.timeline_svg(dossier.timeline),
            "map_svg": render.map_svg(render.map_points(dossier, annotations)),
            "articles_by_id": {a.id: a for a in dossier.articles},
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, hl: str | None = None) -> Response:
    engine = _engine(request)
    article = store.get_article(engine, article_id)
    if article is None:
        raise HTTPException(404, f"No article matches {article_id!r}.")
    annotations = store.load_annotations(engine, [article.id]).get(article.id)
    if annotations is not None and annotations.content_hash != article.content_hash:
        annotations = None  # annotations of an older revision: offsets no longer fit
    target = None
    if hl:
        start, _, end = hl.partition("-")
        if start.isdigit() and end.isdigit():
            target = (int(start), int(end))
    stories = queries.story_ids_for_articles(engine, [article.id]).get(article.id, [])
    story_titles = {d.id: d.title for d in store.load_dossiers(engine, stories)} if stories else {}
    return templates.TemplateResponse(
        request,
        "article.html",
        {
            "a": article,
            "ann": annotations,
            "body": render.highlight_text(article, annotations, target),
            "counts": render.legend_counts(annotations),
            "stories": story_titles,
            "target": target,
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    engine = _engine(request)
    articles: list[Any] = []
    facts: list[Any] = []
    if search.terms(q):
        articles = search.search_articles(engine, q, limit=30)
        facts = search.search_facts(engine, q, limit=30)
    return templates.TemplateResponse(request, "search.html", {"q": q, "articles": articles, "facts": facts})
