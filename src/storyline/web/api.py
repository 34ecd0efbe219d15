"""The HTTP API: read endpoints under /api, and POST /articles (also at /api/articles) behind a bearer token."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from storyline import store
from storyline.views.article import article_json
from storyline.views.dossier import dossier_schema, to_json
from storyline.web import queries, search
from storyline.web.app import check_token
from storyline.web.submit import BadSubmission, parse_json, read_html_body, read_submission, store_articles

router = APIRouter(prefix="/api")
write_router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


class StorySummary(BaseModel):
    id: str
    title: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: int
    independent_sources: int
    event_type: str | None
    sub_event_type: str | None
    country: str | None
    place: str | None
    places: list[str]
    fatalities: int | None
    outlet_names: list[str]


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StorySummary]


class ArticleSummary(BaseModel):
    id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    words: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class EntitySummary(BaseModel):
    key: str
    name: str
    type: str
    country: str | None
    articles: int
    mentions: int


class EntityPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EntitySummary]


class EntityArticle(ArticleSummary):
    mentions: int


class EntityDetail(BaseModel):
    key: str
    name: str
    type: str
    country: str | None
    mentions: int
    articles: list[EntityArticle]
    stories: list[str]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class SearchHit(BaseModel):
    kind: Literal["article", "fact"]
    id: str
    title: str
    snippet: str
    highlights: list[tuple[int, int]]
    fact: int | None = None
    score: float


class SearchResult(BaseModel):
    query: str
    articles: list[SearchHit]
    facts: list[SearchHit]


class StoredArticle(BaseModel):
    id: str
    outcome: Literal["added", "revised", "duplicate"]
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    words: int


class SubmitResult(BaseModel):
    articles: list[StoredArticle]
    stories: list[str]  # ids of the stories the articles are in


def story_filters(
    date_from: Annotated[date | None, Query(description="Stories still reported on or after this day.")] = None,
    date_to: Annotated[date | None, Query(description="Stories first reported on or before this day.")] = None,
    place: Annotated[str | None, Query(description="Place name (part of it) or ISO country code.")] = None,
    entity: Annotated[str | None, Query(description='Entity key ("GPE:mombasa") or exact name.')] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type or sub-event type.")] = None,
    outlet: Annotated[str | None, Query(description="An outlet that reported the story.")] = None,
    q: Annotated[str | None, Query(description="Full-text query over the stories' articles and facts.")] = None,
    sort: Annotated[Literal["latest", "sources", "oldest", "fatalities"], Query()] = "latest",
    limit: Limit = 20,
    offset: Offset = 0,
) -> queries.StoryFilters:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "date_from is after date_to")
    return queries.StoryFilters(date_from, date_to, place, entity, event_type, outlet, q, sort, limit, offset)


Filters = Annotated[queries.StoryFilters, Depends(story_filters)]


def _engine(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.engine


@router.get("/stories", response_model=StoryPage, tags=["stories"], summary="List stories")
def list_stories(request: Request, filters: Filters) -> dict[str, Any]:
    """Stories from the dossiers, filtered by date range, place, entity, event type, outlet or text;
    sorted by latest report (`latest`), by number of independent sources (`sources`), `oldest` or `fatalities`."""
    total, items = queries.list_stories(_engine(request), filters)
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "items": items}


@router.get(
    "/stories/{story_id}",
    tags=["stories"],
    summary="One story's dossier",
    responses={200: {"content": {"application/json": {}}, "description": '`{"stories": [dossier]}`'}},
)
def get_story(request: Request, story_id: str) -> Response:
    """The story's dossier: the same JSON document as `storyline dossier STORY_ID --format json`."""
    dossiers = store.load_dossiers(_engine(request), [story_id])
    if not dossiers:
        raise HTTPException(404, f"no story {story_id!r}")
    return Response(to_json(dossiers), media_type="application/json")


@router.get("/dossier.schema.json", tags=["stories"], summary="JSON Schema of the dossier document")
def get_schema() -> JSONResponse:
    return JSONResponse(dossier_schema())


@router.get("/articles", response_model=ArticlePage, tags=["articles"], summary="List articles")
def list_articles(
    request: Request,
    outlet: Annotated[str | None, Query(description="Only this outlet's articles.")] = None,
    story: Annotated[str | None, Query(description="Only the articles of this story.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    total, articles = queries.list_articles(_engine(request), outlet, story, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [queries.article_summary(a) for a in articles]}


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with its annotations")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The article (clean text, removed boilerplate, metadata), its annotations as `storyline show --json`
    prints them (`null` until extracted), and the stories it belongs to. Takes an id or a unique id prefix."""
    engine = _engine(request)
    article = store.get_article(engine, article_id)
    if article is None:
        raise HTTPException(404, f"no article matches {article_id!r}")
    annotations = store.load_annotations(engine, [article.id]).get(article.id)
    if annotations is not None and annotations.content_hash == article.content_hash:
        data = article_json(article, annotations)
    else:
        data = {**article.to_dict(), "annotations": None}
    data["stories"] = queries.story_ids_for_articles(engine, [article.id]).get(article.id, [])
    return data


@router.get("/entities", response_model=EntityPage, tags=["entities"], summary="List entities")
def list_entities(
    request: Request,
    q: Annotated[str | None, Query(description="Part of the name or key.")] = None,
    type: Annotated[str | None, Query(description="PERSON, ORG, GPE, LOC, NORP or FAC.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Linked entities from the entity index, most widely reported first."""
    total, items = queries.list_entities(_engine(request), q, type, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/entities/{key:path}", response_model=EntityDetail, tags=["entities"], summary="One entity")
def get_entity(request: Request, key: str) -> dict[str, Any]:
    """An entity by key (`TYPE:name`, e.g. `GPE:mombasa`): the articles that mention it and their stories."""
    found = queries.get_entity(_engine(request), key)
    if found is None:
        raise HTTPException(404, f"no entity {key!r}")
    return found


@router.get("/events", response_model=EventPage, tags=["events"], summary="List reconciled events")
def list_events(request: Request, filters: Filters) -> dict[str, Any]:
    """Each story's reconciled events (ACLED fields, fatalities low/best/high), with the story filters."""
    total, items = queries.list_events(_engine(request), filters)
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "items": items}


@router.get("/search", response_model=SearchResult, tags=["search"], summary="Full-text search")
def full_text_search(
    request: Request,
    q: Annotated[
        str, Query(min_length=1, max_length=500, description="Words; each matched as a prefix, all required.")
    ],
    kind: Annotated[Literal["all", "articles", "facts"], Query()] = "all",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Search articles (title and clean text) and facts (wording and supporting sentences).
    SQLite uses FTS5, PostgreSQL its text search; snippets are plain text, `highlights` give the matched
    stretches as [start, end) offsets into the snippet."""
    if not search.terms(q):
        raise HTTPException(422, "the query has no words")
    engine = _engine(request)
    articles = search.search_articles(engine, q, limit, offset) if kind in ("all", "articles") else []
    facts = search.search_facts(engine, q, limit, offset) if kind in ("all", "facts") else []
    return {
        "query": q,
        "articles": [_hit(h) for h in articles],
        "facts": [_hit(h) for h in facts],
    }


def _hit(hit: search.Hit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "id": hit.id,
        "title": hit.title,
        "snippet": hit.snippet,
        "highlights": hit.highlights,
        "fact": hit.fact,
        "score": hit.score,
    }


POST_DOC = """Add an article and run it through `storyline analyze`'s stages (read, clean, store, annotate, place
in a story, compare the story's sources again); the answer names the stories the article is in.

Bodies:
* `application/json`: `{"text": ..., "title", "outlet", "url", "published", "authors", "language"}`, or the
  same with `"html"` instead of `"text"`, or `{"url": "https://..."}` to fetch the page (private and loopback
  addresses are refused unless the server runs with `--allow-private`).
* `text/html`: the page itself; `url`, `outlet`, `title`, `published` may be given as query parameters.

Needs `Authorization: Bearer TOKEN`. Answers 201 with the stored articles (200 when all were duplicates);
400 bad JSON, 401 missing or wrong token, 403 writes off or private address refused, 413 body over the size
cap, 415 other content types, 422 unreadable article."""


async def _read_body(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"body larger than {cap} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            raise HTTPException(413, f"body larger than {cap} bytes")
    if not body.strip():
        raise HTTPException(422, "empty body")
    return bytes(body)


async def submit_article(
    request: Request,
    _auth: Annotated[None, Depends(check_token)],
    url: Annotated[str | None, Query(description="For an HTML body: the page's URL.")] = None,
    outlet: Annotated[str | None, Query(description="For an HTML body: the outlet's name.")] = None,
    title: Annotated[str | None, Query(description="For an HTML body: the headline.")] = None,
    published: Annotated[str | None, Query(description="For an HTML body: publication time (ISO 8601).")] = None,
) -> JSONResponse:
    state = request.app.state
    content_type = request.headers.get("content-type", "")
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    if mime not in ("application/json", "text/html", "application/xhtml+xml"):
        raise HTTPException(415, f"unsupported content type {mime or '(none)'}: send application/json or text/html")
    body = await _read_body(request, state.max_body)
    try:
        if mime == "application/json":
            record = parse_json(body)
            articles = await run_in_threadpool(
                read_submission, record, body.decode("utf-8", "replace"), state.max_body, state.allow_private
            )
        else:
            charset = "utf-8"
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset" and value.strip():
                    charset = value.strip().strip('"')
            try:
                page = body.decode(charset)
            except (LookupError, UnicodeDecodeError) as exc:
                raise BadSubmission(422, f"cannot decode the body as {charset}") from exc
            meta = {"outlet": outlet or "", "title": title or "", "published": published or ""}
            articles = await run_in_threadpool(read_html_body, page, url, meta)
        stored = await run_in_threadpool(store_articles, state.engine, articles)
    except BadSubmission as exc:
        raise HTTPException(exc.status, exc.reason) from exc
    status = 200 if all(a["outcome"] == "duplicate" for a in stored.articles) else 201
    return JSONResponse({"articles": stored.articles, "stories": stored.stories}, status_code=status)


for _path, _schema in (("/articles", True), ("/api/articles", False)):
    write_router.add_api_route(
        _path,
        submit_article,
        methods=["POST"],
        response_model=SubmitResult,
        status_code=201,
        tags=["articles"],
        summary="Add an article",
        description=POST_DOC,
        include_in_schema=_schema,
        responses={
            400: {"description": "Invalid JSON"},
            401: {"description": "Missing or wrong bearer token"},
            403: {"description": "Write endpoints off, or a private address refused"},
            413: {"description": "Body over the size cap"},
            415: {"description": "Unsupported content type"},
            422: {"description": "No readable article"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                k: {"type": "string"}
                                for k in ("text", "html", "url", "title", "outlet", "published", "language")
                            }
                            | {"authors": {"type": "array", "items": {"type": "string"}}},
                        }
                    },
                    "text/html": {"schema": {"type": "string"}},
                },
            }
        },
    )
