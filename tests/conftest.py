"""Shared fixtures: the store on SQLite and PostgreSQL, a local HTTP server, the CLI runner."""

from __future__ import annotations

import http.server
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

PG_ENV = "STORYLINE_TEST_PG"
PG_SKIP_REASON = (
    f"PostgreSQL case skipped: {PG_ENV} is not set (give it a server URL such as "
    "postgresql://storyline@127.0.0.1:5433/storyline_test; .ci/run starts a server and sets it)"
)


# --- the store, on both backends -------------------------------------------------------------


def _pg_admin_url() -> str:
    url = os.environ[PG_ENV]
    return "postgresql+psycopg://" + url.split("://", 1)[1] if url.startswith(("postgresql://", "postgres://")) else url


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[sa.Engine]:
    """An engine on the test server's database, used to create and drop one schema per test."""
    if not os.environ.get(PG_ENV):
        pytest.skip(PG_SKIP_REASON)
    engine = sa.create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("select 1"))
    except sa.exc.OperationalError as exc:
        pytest.fail(f"{PG_ENV}={os.environ[PG_ENV]} does not answer: {exc}")
    yield engine
    engine.dispose()


def _with_schema(url: str, schema: str) -> str:
    """The URL with `schema` as search path, and as application name to find its sessions by."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}&application_name={schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store: a SQLite file, or a fresh schema on the PostgreSQL test server.

    The PostgreSQL URL sets the schema as the search path, so the same URL works for the
    library, the CLI in-process and the CLI in a subprocess; the schema is dropped afterwards.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin: sa.Engine = request.getfixturevalue("pg_admin")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f"create schema {schema}"))
    try:
        yield _with_schema(os.environ[PG_ENV], schema)
    finally:
        with admin.connect() as connection:
            # end any session left behind (a killed subprocess, an engine not disposed) before dropping
            connection.execute(
                sa.text("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name"),
                {"name": schema},
            )
            connection.execute(sa.text(f"drop schema {schema} cascade"))


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    """The store at `db_url`, migrated to the latest schema."""
    from storyline import store

    engine = store.connect(db_url)
    yield engine
    engine.dispose()


# --- the command line ------------------------------------------------------------------------


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error ")]

    @property
    def summary(self) -> str:
        lines = [line for line in self.stderr.splitlines() if " ingested (" in line]
        assert len(lines) == 1, f"expected one summary line in stderr:\n{self.stderr}"
        return lines[0]


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Run `storyline ARGS...` in-process; stdout and stderr apart."""
    from storyline.cli import app

    runner = CliRunner()

    def run(*args: object) -> CliResult:
        result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200", "NO_COLOR": "1"})
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return CliResult(result.exit_code, result.stdout, result.stderr, result.exception)

    return run


# --- a local HTTP server ---------------------------------------------------------------------


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    content_length: bool = True  # False: no Content-Length, the body ends when the connection closes


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 answering from a table of routes; records each request path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.stopping = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path, Route(b"not here", 404, "text/plain"))
                deadline = time.monotonic() + route.delay
                while time.monotonic() < deadline and not server.stopping.is_set():
                    time.sleep(0.02)
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.content_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout or size cap)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kwargs)  # type: ignore[arg-type]
        return self.url(path)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.thread.start()
    yield local
    local.stopping.set()
    local.httpd.shutdown()
    local.httpd.server_close()
