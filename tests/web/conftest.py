"""A small store for the web tests: two fictional stories written for these tests, one of them hostile.

Story "quay-fire": a cold-store fire in the (fictional) port town of Marrowby, reported by Tidewater Wire,
republished word for word by The Evening Lamp (a syndicated copy: one independent source with the wire),
and by Harrow Ledger with a different death toll (9 vs 12: a conflict).
Story "hostile": an article whose title, text, outlet, URL and quotes carry markup and javascript: links,
which every page must render as inert text.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline import store
from storyline.model import (
    Actor,
    Annotations,
    Article,
    Attribution,
    Claim,
    Dossier,
    DossierArticle,
    DossierAttribution,
    Entity,
    FactGroup,
    FactSource,
    Fatalities,
    FramingTerm,
    Mention,
    Place,
    Quantity,
    Removal,
    Statement,
    StoryEvent,
    TextSpan,
    TimeExpr,
    TimelineEntry,
    Voice,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN = "test-token-5e1f"
GMT = timezone(timedelta(hours=0))

WIRE_TEXT = (
    "At least nine people were killed when fire swept through a cold store on Lanthorn Quay in Marrowby late on "
    "Monday, the harbour police said.\n\n"
    "The fire broke out shortly before midnight on Monday and burned until Tuesday morning.\n\n"
    "More than 20 people were injured, fire chief Ama Korvell said, adding that the blaze was under control."
)
LEDGER_TEXT = (
    "Twelve people died in the Lanthorn Quay inferno in Marrowby, hospital staff confirmed on Tuesday evening.\n\n"
    "The fire broke out late on Monday night, shortly before midnight.\n\n"
    "“We lost the whole east wing,” said fire chief Ama Korvell.\n\n"
    "The port authority said the quay would reopen on Friday."
)
HOSTILE_TEXT = (
    'Readers were told to click <a href="javascript:alert(1)">here</a> and <script>window.__pwned = 1</script> '
    "appeared in the body of this story about the Brackwater ferry.\n\n"
    'The ferry operator said <img src=x onerror="window.__pwned = 2"> was only a test, and javascript:alert(3) '
    "is not a link."
)
HOSTILE_TITLE = "<script>window.__pwned = 3</script>Ferry <b>news</b>"
HOSTILE_OUTLET = '<img src=x onerror="window.__pwned = 4">Brackwater Post'


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def sentence(article: Article, phrase: str, outlet_voice: str | None = None, value: float | None = None) -> FactSource:
    start, end = span(article.text, phrase)
    return FactSource(
        article=article.id,
        outlet=article.outlet,
        published=article.published.isoformat() if article.published else None,
        start=start,
        end=end,
        text=phrase,
        attributed_to=outlet_voice,
        value=value,
    )


@dataclass
class WebData:
    articles: list[Article]
    annotations: list[Annotations]
    dossiers: list[Dossier]

    @property
    def wire(self) -> Article:
        return self.articles[0]

    @property
    def copy(self) -> Article:
        return self.articles[1]

    @property
    def ledger(self) -> Article:
        return self.articles[2]

    @property
    def hostile(self) -> Article:
        return self.articles[3]


def _annotate(article: Article) -> Annotations:
    text = article.text
    entities, times, quantities, attributions, claims = [], [], [], [], []
    for n, (name, kind, place) in enumerate(
        [
            ("Marrowby", "GPE", Place("Marrowby", "GB", 50.12, -5.54, "city")),
            ("Lanthorn Quay", "FAC", Place("Lanthorn Quay", "GB", 50.118, -5.532, "city")),
            ("Ama Korvell", "PERSON", None),
        ],
        start=1,
    ):
        mentions = []
        position = 0
        while (found := text.find(name, position)) >= 0:
            mentions.append(Mention(found, found + len(name), name, kind))
            position = found + len(name)
        if mentions:
            entities.append(
                Entity(f"e{n}", name, kind, f"{kind}:{name.lower()}", mentions, place, place.country if place else None)
            )
    for phrase, value in (("Monday", "2031-05-12"), ("Tuesday", "2031-05-13")):
        if phrase in text:
            s, e = span(text, phrase)
            times.append(TimeExpr(s, e, phrase, "DATE", value, granularity="day"))
    figures = (("At least nine", 9, "killed"), ("Twelve", 12, "killed"), ("More than 20", 21, "injured"))
    for phrase, value, role in figures:
        if phrase in text:
            s, e = span(text, phrase)
            quantities.append(
                Quantity(s, e, phrase, value, value, value, TextSpan(e + 1, e + 7, "people"), "count", role)
            )
    if "fire chief Ama Korvell" in text:
        s, e = span(text, "fire chief Ama Korvell")
        cue_s, cue_e = span(text, "said", e) if "said" in text[e : e + 6] else span(text, "said")
        content = "We lost the whole east wing" if "east wing" in text else "the blaze was under control"
        cs, ce = span(text, content)
        attributions.append(
            Attribution(
                "direct",
                TextSpan(s, e, text[s:e]),
                TextSpan(cue_s, cue_e, "said"),
                TextSpan(cs, ce, content),
                "Ama Korvell",
                "e3",
            )
        )
    for paragraph in text.split("\n\n"):
        s, e = span(text, paragraph)
        claims.append(Claim(s, e, paragraph, None, None, entities=[x.id for x in entities]))
    return Annotations(article.id, article.content_hash, [], [], entities, times, quantities, attributions, claims, [])


def build() -> WebData:
    wire = Article(
        url="https://tidewaterwire.example/2031/05/13/lanthorn-quay-fire",
        title="Nine dead in Marrowby cold-store fire",
        text=WIRE_TEXT,
        outlet="Tidewater Wire",
        published=datetime(2031, 5, 13, 7, 30, tzinfo=GMT),
        source="fixture",
        removed=[Removal(at=0, text="Share this story on Quaybook", reason="share")],
    )
    copy = Article(
        url="https://eveninglamp.example/news/marrowby-fire",
        title="Cold-store blaze kills nine on Lanthorn Quay",
        text=WIRE_TEXT,
        outlet="The Evening Lamp",
        published=datetime(2031, 5, 13, 9, 0, tzinfo=GMT),
        source="fixture",
        removed=[Removal(at=len(WIRE_TEXT), text="Sign up for our newsletter", reason="newsletter")],
    )
    ledger = Article(
        url="https://harrowledger.example/marrowby/quay-inferno-toll-12",
        title="Quay inferno toll rises to twelve",
        text=LEDGER_TEXT,
        outlet="Harrow Ledger",
        published=datetime(2031, 5, 13, 19, 45, tzinfo=GMT),
        source="fixture",
    )
    hostile = Article(
        url="javascript:alert('url')",
        title=HOSTILE_TITLE,
        text=HOSTILE_TEXT,
        outlet=HOSTILE_OUTLET,
        published=datetime(2031, 6, 2, 10, 0, tzinfo=UTC),
        source="fixture",
    )
    articles = [wire, copy, ledger, hostile]
    annotations = [_annotate(a) for a in articles]

    def dossier_article(a: Article, source: str, group: str | None = None) -> DossierArticle:
        return DossierArticle(
            a.id, a.outlet, a.title, a.url, a.published.isoformat() if a.published else None, group, source, "en"
        )

    fire = Dossier(
        id="quay-fire",
        title="Cold-store fire on Lanthorn Quay, Marrowby",
        independent_sources=2,
        articles=[
            dossier_article(wire, wire.id, "copy-1"),
            dossier_article(copy, wire.id, "copy-1"),
            dossier_article(ledger, ledger.id),
        ],
        facts=[
            FactGroup(
                text="people were killed in the fire",
                status="conflicting",
                independent_sources=2,
                sources=[
                    sentence(wire, WIRE_TEXT.split("\n\n")[0], value=9),
                    sentence(copy, WIRE_TEXT.split("\n\n")[0], value=9),
                    sentence(ledger, LEDGER_TEXT.split("\n\n")[0], value=12),
                ],
                slot="killed",
                values=[9, 12],
                # as a measure's figures are told: each with who gave it, where the outlet names them
                sequence=[
                    {
                        "value": 9,
                        "outlet": a.outlet,
                        "article": a.id,
                        "published": a.published.isoformat(),
                        "words": "at least nine",
                    }
                    for a in (wire, copy)
                ]
                + [
                    {
                        "value": 12,
                        "outlet": ledger.outlet,
                        "article": ledger.id,
                        "published": ledger.published.isoformat(),
                        "said_by": "police",
                    }
                ],
            ),
            FactGroup(
                text="The fire broke out shortly before midnight on Monday",
                status="corroborated",
                independent_sources=2,
                sources=[
                    sentence(
                        wire, "The fire broke out shortly before midnight on Monday and burned until Tuesday morning."
                    ),
                    sentence(
                        copy, "The fire broke out shortly before midnight on Monday and burned until Tuesday morning."
                    ),
                    sentence(ledger, "The fire broke out late on Monday night, shortly before midnight."),
                ],
            ),
            FactGroup(
                text="The port authority said the quay would reopen on Friday",
                status="single_source",
                independent_sources=1,
                sources=[
                    sentence(ledger, "The port authority said the quay would reopen on Friday.", "the port authority")
                ],
                attributed_to=["the port authority"],
                disputed_by=["the dockers' union"],
            ),
        ],
        events=[
            StoryEvent(
                event_type="Disaster",
                sub_event_type="Fire",
                date="2031-05-12",
                date_precision="day",
                location=Place("Marrowby", "GB", 50.12, -5.54, "city"),
                actors=[Actor("Marrowby fire service", "GB", "government")],
                fatalities=Fatalities(9, 12, 12, "9 (Tidewater Wire, The Evening Lamp) vs 12 (Harrow Ledger)"),
                sources=2,
                articles=[wire.id, copy.id, ledger.id],
                # as reconciliation writes it: its own notes, then the fatalities' note
                note="dates differ: 2031-05-12, 2031-05-13; 9 (Tidewater Wire, The Evening Lamp) vs 12 (Harrow Ledger)",
            )
        ],
        voices=[
            Voice(
                "Ama Korvell",
                "PERSON:ama korvell",
                ["Tidewater Wire", "Harrow Ledger"],
                [
                    Statement(
                        wire.id,
                        wire.outlet,
                        "indirect",
                        "said",
                        "the blaze was under control",
                        *span(WIRE_TEXT, "the blaze was under control"),
                    ),
                    Statement(
                        ledger.id,
                        ledger.outlet,
                        "direct",
                        "said",
                        "We lost the whole east wing",
                        *span(LEDGER_TEXT, "We lost the whole east wing"),
                    ),
                ],
            )
        ],
        framing=[
            FramingTerm("fire", "Tidewater Wire", "blaze", 1, "own", False),
            FramingTerm("fire", "Harrow Ledger", "inferno", 1, "own", True),
            FramingTerm("fire", "Harrow Ledger", "whole east wing", 1, "quoted", False),
        ],
        timeline=[
            TimelineEntry(
                "2031-05-12", "happened", "The fire broke out shortly before midnight on Monday", wire.id, wire.outlet
            ),
            TimelineEntry(wire.published.isoformat(), "published", wire.title, wire.id, wire.outlet),
            TimelineEntry(copy.published.isoformat(), "published", copy.title, copy.id, copy.outlet),
            TimelineEntry(ledger.published.isoformat(), "published", ledger.title, ledger.id, ledger.outlet),
        ],
        attributions=[
            DossierAttribution(
                "Ama Korvell",
                "said",
                "We lost the whole east wing",
                ledger.id,
                ledger.outlet,
                *span(LEDGER_TEXT, "We lost the whole east wing"),
                "direct",
            )
        ],
    )
    first = HOSTILE_TEXT.split("\n\n")[0]
    bad = Dossier(
        id="hostile",
        title="<script>window.__pwned = 5</script>Brackwater ferry <i>story</i>",
        independent_sources=1,
        articles=[dossier_article(hostile, hostile.id)],
        facts=[
            FactGroup(
                text='<script>window.__pwned = 6</script> <a href="javascript:alert(7)">ferry</a>',
                status="single_source",
                independent_sources=1,
                sources=[sentence(hostile, first)],
            )
        ],
        events=[
            StoryEvent(
                event_type="<b>Protests</b>",
                sub_event_type="Peaceful protest",
                date="2031-06-01",
                date_precision="day",
                location=Place('Brackwater"><script>window.__pwned=8</script>', "GB", 51.0, -3.0, "city"),
                actors=[],
                fatalities=Fatalities(None, None, None, ""),
                sources=1,
                articles=[hostile.id],
                note='<img src=x onerror="window.__pwned = 9">',
            )
        ],
        voices=[
            Voice(
                "<b>The ferry operator</b>",
                None,
                [HOSTILE_OUTLET],
                [
                    Statement(
                        hostile.id, HOSTILE_OUTLET, "indirect", "said", "<script>window.__pwned = 10</script>", 0, 10
                    )
                ],
            )
        ],
        framing=[
            FramingTerm(
                '<svg onload="window.__pwned = 11">',
                HOSTILE_OUTLET,
                '<svg onload="window.__pwned = 12">',
                1,
                "own",
                True,
            )
        ],
        timeline=[
            TimelineEntry("2031-06-02", "happened", "<script>window.__pwned = 13</script>", hostile.id, HOSTILE_OUTLET)
        ],
    )
    return WebData(articles, annotations, [fire, bad])


def seed(engine, data: WebData) -> None:  # type: ignore[no-untyped-def]
    with store.transaction(engine) as session:
        for article in data.articles:
            store.save_article(session, article)
        session.flush()
        for annotations in data.annotations:
            store.save_annotations(session, annotations)
        for dossier in data.dossiers:
            store.save_dossier(session, dossier)


@pytest.fixture
def web_data() -> WebData:
    return build()


@pytest.fixture
def seeded(engine, web_data: WebData):  # type: ignore[no-untyped-def]
    """The store at `db_url` (SQLite and PostgreSQL) holding the two stories."""
    seed(engine, web_data)
    return engine


@pytest.fixture
def make_client(db_url: str, seeded) -> Iterator:  # type: ignore[no-untyped-def]
    """A factory of TestClients on the seeded store, one app per call with `create_app`'s options."""
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    opened = []

    def make(**options: object) -> TestClient:
        app = create_app(db_url, **{"token": TOKEN, **options})  # type: ignore[arg-type]
        test_client = TestClient(app)
        test_client.__enter__()
        opened.append((app, test_client))
        return test_client

    yield make
    for app, test_client in opened:
        test_client.__exit__(None, None, None)
        app.state.engine.dispose()


@pytest.fixture
def client(make_client):  # type: ignore[no-untyped-def]
    """The app on the seeded store, writes on with TOKEN."""
    return make_client()


# --- a live server and a browser -------------------------------------------------------------------


def chromium_or_skip() -> None:
    """Skip only for want of Debian's Chromium; Playwright itself is a dev dependency, so its absence fails."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser test skipped: {CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)")


class LiveServer:
    """uvicorn serving the app on a free loopback port, in a thread of the test process."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app on a SQLite store seeded with the fixture stories, served over HTTP."""
    chromium_or_skip()
    from storyline.web import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"
    engine = store.connect(url)
    seed(engine, build())
    engine.dispose()
    app = create_app(url, token=TOKEN)
    with LiveServer(app) as server:
        yield server
    app.state.engine.dispose()


def _tab(browser, bypass_csp: bool) -> Iterator:  # type: ignore[no-untyped-def]
    """A fresh tab that may reach only the loopback server: every other request is aborted and recorded
    in `tab.blocked`, every dialog (alert, confirm) dismissed and recorded in `tab.dialogs`."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=bypass_csp)
    tab = context.new_page()
    tab.dialogs = []  # type: ignore[attr-defined]
    tab.blocked = []  # type: ignore[attr-defined]

    def route(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            tab.blocked.append(route.request.url)  # type: ignore[attr-defined]
            route.abort()

    context.route("**/*", route)
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))  # type: ignore[attr-defined]
    yield tab
    context.close()


@pytest.fixture
def page(browser) -> Iterator:  # type: ignore[no-untyped-def]
    """A tab under the server's Content-Security-Policy, as a reader's browser would be."""
    yield from _tab(browser, bypass_csp=False)


@pytest.fixture
def page_without_csp(browser) -> Iterator:  # type: ignore[no-untyped-def]
    """A tab that ignores the CSP, so that only the escaping stands between a hostile article and a script."""
    yield from _tab(browser, bypass_csp=True)


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
