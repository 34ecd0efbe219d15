"""The web app: the HTTP API under /api and the server-rendered pages, on the same store as the CLI."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, HTTPException, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__, store

HERE = Path(__file__).parent
STATIC = HERE / "static"
MAX_BODY = 5_000_000  # bytes accepted by POST /articles
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DESCRIPTION = """
Storyline's stories, dossiers, articles, entities and events, and full-text search over articles and facts.

* `GET /api/stories/{id}` returns the same JSON document as `storyline dossier ID --format json`
  (schema: `GET /api/dossier.schema.json`, also in `docs/dossier.schema.json`).
* `POST /articles` (also `/api/articles`) stores an article and runs it through the pipeline. It needs
  `Authorization: Bearer TOKEN`, with the token given to `storyline serve --token` or `STORYLINE_TOKEN`;
  a server started without one has its write endpoints off (403).
"""


def _swagger_dir() -> Path:
    """Swagger UI 5 (OpenAPI 3.1, which FastAPI emits), as shipped inside the fastapi-offline wheel."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def create_app(
    db_url: str | None = None, token: str | None = None, allow_private: bool = False, max_body: int = MAX_BODY
) -> FastAPI:
    """The app on the store at `db_url` (migrated on start). Without `token`, the write endpoints are off."""
    from storyline.web import api, pages

    engine = store.connect(db_url)
    app = FastAPI(
        title="Storyline",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # served below from the bundled Swagger UI, not from a CDN
        redoc_url=None,
        openapi_tags=[
            {"name": "stories", "description": "Stories and their dossiers."},
            {"name": "articles", "description": "Stored articles; POST adds one."},
            {"name": "entities", "description": "Linked entities across articles."},
            {"name": "events", "description": "Reconciled events in ACLED's fields."},
            {"name": "search", "description": "Full-text search over articles and facts."},
        ],
    )
    app.state.engine = engine
    app.state.token = token or None
    app.state.allow_private = allow_private
    app.state.max_body = max_body

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        if _wants_html(request):
            detail = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
            return pages.error_page(request, 422, detail or "invalid request")
        return JSONResponse({"detail": errors}, status_code=422)

    # before /static, which would otherwise answer for its paths
    app.mount("/static/swagger-ui", StaticFiles(directory=_swagger_dir()), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from Storyline's own /static (no CDN); started by docs.js, as the CSP allows no inline script."""
        return HTMLResponse(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storyline API</title>'
            '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
            '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head><body>'
            '<div id="swagger-ui"></div><script src="/static/swagger-ui/swagger-ui-bundle.js"></script>'
            '<script src="/static/docs.js"></script></body></html>'
        )

    app.include_router(api.router)
    app.include_router(api.write_router)
    app.include_router(pages.router)
    return app


def _wants_html(request: Request) -> bool:
    """Pages answer errors with a page; the API, the schema and static files with JSON."""
    path = request.url.path
    return request.method in ("GET", "HEAD") and not path.startswith(("/api", "/openapi.json", "/static/"))


BEARER = HTTPBearer(auto_error=False, description="The token given to `storyline serve --token` or STORYLINE_TOKEN.")


def check_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)]
) -> None:
    """Bearer-token check for write endpoints: 403 when writes are off, 401 without the right token.

    A dependency, so that the OpenAPI document (and the Authorize button at /docs) shows the scheme."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "write endpoints are off: start the server with --token or STORYLINE_TOKEN")
    given = credentials.credentials.strip() if credentials else ""
    if not given:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "invalid bearer token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
