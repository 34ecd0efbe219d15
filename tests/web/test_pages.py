"""The server-rendered pages, read as HTML through the TestClient: what each page shows, that article-derived
text stays text, and that every asset comes from Storyline itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from storyline import store
from storyline.web import create_app

from .conftest import HOSTILE_OUTLET, HOSTILE_TITLE, LEDGER_TEXT, TOKEN, WIRE_TEXT, WebData, build, seed

STATIC = Path(__file__).resolve().parents[2] / "src" / "storyline" / "web" / "static"


@pytest.fixture(scope="module")
def data() -> WebData:
    return build()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data: WebData) -> Iterator:
    """One seeded SQLite store for the module: the pages only read (the API tests cover both databases)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'store.db'}"
    engine = store.connect(url)
    seed(engine, data)
    engine.dispose()
    app = create_app(url, token=TOKEN)
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def get(site, path: str, status: int = 200) -> lxml.html.HtmlElement:  # type: ignore[no-untyped-def]
    response = site.get(path)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def text(element: lxml.html.HtmlElement) -> str:
    """The element's text as a reader sees it, each piece of markup apart by one space."""
    return " ".join(" ".join(element.itertext()).split())


def marked_text(doc: lxml.html.HtmlElement, css: str) -> str:
    """The text of every element matching `css`, end to end (a span split by other annotations, joined)."""
    return "".join(e.text_content() for e in doc.cssselect(css))


def pages(data: WebData) -> list[str]:
    """Every kind of page, each with hostile text on it somewhere."""
    return [
        "/",
        "/?q=ferry",
        "/stories/quay-fire",
        "/stories/hostile",
        *(f"/articles/{a.id}" for a in data.articles),
        f"/articles/{data.wire.id}?hl=0-40",
        "/search?q=script",
        "/search?q=ferry",
    ]


# --- the story list -------------------------------------------------------------------------------


def test_story_list_shows_each_story(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/")
    rows = doc.cssselect("tr.story-row")
    assert [r.get("data-story") for r in rows] == ["hostile", "quay-fire"]
    fire = [text(td) for td in rows[1].cssselect("td")]
    assert fire == [
        "Cold-store fire on Lanthorn Quay, Marrowby 3 articles · Harrow Ledger, The Evening Lamp, Tidewater Wire",
        "13 May 2031 07:30 +0000 → 13 May 2031 19:45 +0000",
        "3",
        "2",
        "Marrowby, GB",
        "Disaster Fire",
        "12",
    ]
    assert rows[1].cssselect("a.story-link")[0].get("href") == "/stories/quay-fire"
    assert text(doc.cssselect("#story-count")[0]) == "2 stories"
    form = doc.cssselect("form.filters")[0]
    names = {e.get("name") for e in form.cssselect("input, select")}
    assert names == {"q", "date_from", "date_to", "place", "entity", "event_type", "outlet", "sort"}
    outlets = [o.text for o in form.cssselect("select[name=outlet] option")]
    assert outlets == ["any", HOSTILE_OUTLET, "Harrow Ledger", "The Evening Lamp", "Tidewater Wire"]


def test_story_list_filters_sorts_and_searches(site) -> None:  # type: ignore[no-untyped-def]
    def shown(query: str) -> list[str]:
        return [r.get("data-story") for r in get(site, f"/?{query}").cssselect("tr.story-row")]

    assert shown("outlet=Harrow+Ledger") == ["quay-fire"]
    assert shown("q=ferry") == ["hostile"]
    assert shown("date_to=2031-05-31&place=GB") == ["quay-fire"]
    assert shown("sort=sources") == ["quay-fire", "hostile"]
    assert shown("event_type=Riots") == []
    doc = get(site, "/?event_type=Riots")
    assert "No stories match these filters" in text(doc)
    assert doc.cssselect("select[name=sort] option[selected]")[0].get("value") == "latest"
    kept = get(site, "/?outlet=Harrow+Ledger&sort=sources")
    assert kept.cssselect("select[name=outlet] option[selected]")[0].text == "Harrow Ledger"
    assert kept.cssselect("select[name=sort] option[selected]")[0].get("value") == "sources"


def test_bad_filters_answer_with_an_error_page(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/?date_from=13/05/2031", status=422)
    assert text(doc.cssselect(".error-detail")[0]) == "not a date (YYYY-MM-DD): '13/05/2031'"
    assert "page" in text(get(site, "/?page=0", status=422).cssselect(".error-detail")[0])


# --- a story --------------------------------------------------------------------------------------


def test_story_page_matrix_groups_the_syndicated_copy_with_its_original(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/quay-fire")
    assert text(doc.cssselect("#independent-sources")[0]) == "2"
    groups = doc.cssselect("table.matrix th.source-group")
    assert [(text(g), g.get("colspan")) for g in groups] == [("source 1", "2"), ("source 2", "1")]
    outlets = doc.cssselect("table.matrix th.outlet")
    assert [text(o) for o in outlets] == ["Tidewater Wire", "The Evening Lamp copy of Tidewater Wire", "Harrow Ledger"]
    assert [o.get("data-source") for o in outlets] == ["1", "1", "2"]


def test_story_page_says_who_disputes_a_fact(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/quay-fire")
    rows = [text(tr) for tr in doc.cssselect("table.matrix tr.fact-row")]
    [reopening] = [row for row in rows if "quay would reopen" in row]
    assert "according to the port authority" in reopening and "disputed by the dockers' union" in reopening
    assert sum("disputed by" in row for row in rows) == 1


def test_story_page_matrix_shows_the_conflicting_death_toll(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/quay-fire")
    rows = doc.cssselect("table.matrix tr.fact-row")
    assert [r.get("data-status") for r in rows] == ["conflicting", "corroborated", "single_source"]

    def cells(row: lxml.html.HtmlElement) -> list[tuple[str | None, str]]:
        return [(td.get("data-state"), text(td.cssselect(".cell-btn, .cell-label")[0])) for td in row.cssselect("td")]

    assert cells(rows[0]) == [("conflicts", "conflicts 9"), ("conflicts", "conflicts 9"), ("states", "states it 12")]
    assert "figures: 9, 12 · settles on 12" in text(rows[0])
    assert cells(rows[1]) == [("states", "states it")] * 3
    assert cells(rows[2]) == [("silent", "silent"), ("silent", "silent"), ("states", "states it")]


def test_each_cell_leads_to_the_exact_sentence(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/quay-fire")
    texts = {a.id: a.text for a in data.articles}
    links = doc.cssselect("table.matrix a.cell-btn")
    assert len(links) == 7  # 9 cells, 2 silent
    for link in links:
        match = re.fullmatch(r"/articles/(\w+)\?hl=(\d+)-(\d+)#hl", link.get("href"))
        assert match, link.get("href")
        article, start, end = match.group(1), int(match.group(2)), int(match.group(3))
        template = doc.get_element_by_id(link.get("data-evidence"))
        (sentence,) = template.cssselect("mark.sentence")
        assert texts[article][start:end] == sentence.text
        opened = get(site, link.get("href"))
        assert opened.get_element_by_id("hl") is not None
        assert marked_text(opened, "#article-text span.target") == sentence.text  # the very span, marked
    ledger_cell = doc.cssselect("tr#fact-0 td")[2]
    template = doc.get_element_by_id(ledger_cell.cssselect("a.cell-btn")[0].get("data-evidence"))
    assert template.cssselect("mark.sentence")[0].text == LEDGER_TEXT.split("\n\n")[0]
    assert "figure 12" in text(template)


def test_story_page_shows_event_disputes_voices_framing_timeline_and_map(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/quay-fire")
    event = text(doc.cssselect("dl.event")[0])
    assert "Disaster / Fire" in event
    assert "Marrowby, United Kingdom" in event
    assert text(doc.cssselect("dd.fatalities")[0]).startswith("low 9 best 12 high 12")
    assert event.count("vs 12 (Harrow Ledger)") == 1  # the fatalities' note, under the fatalities only
    assert "Note dates differ: 2031-05-12, 2031-05-13" in event

    (dispute,) = doc.cssselect("#disputes .dispute")
    reported = [[text(td) for td in tr.cssselect("td")[:3]] for tr in dispute.cssselect("tbody tr")]
    assert reported == [
        ["13 May 2031 07:30 +0000", "Tidewater Wire", "at least nine"],  # a figure no exact count, in its words
        ["13 May 2031 09:00 +0000", "The Evening Lamp", "at least nine"],
        ["13 May 2031 19:45 +0000", "police, Harrow Ledger", "12"],  # who gave the figure, where told
    ]

    (voice,) = doc.cssselect("#voices .voice")
    assert text(voice.cssselect("h3")[0]) == "Ama Korvell in Tidewater Wire, Harrow Ledger"
    quotes = [text(li) for li in voice.cssselect("li")]
    assert quotes == [
        "said “the blaze was under control” Tidewater Wire",
        "said “We lost the whole east wing” Harrow Ledger",
    ]

    framing = {text(tr.cssselect("th")[0]): tr for tr in doc.cssselect("table.framing tbody tr")}
    assert set(framing) == {"Harrow Ledger", "Tidewater Wire"}
    assert [text(t) for t in framing["Harrow Ledger"].cssselect("span.term.loaded")] == ["inferno"]
    assert [text(t) for t in framing["Harrow Ledger"].cssselect("span.term.quoted")] == ["“whole east wing”"]
    assert [text(t) for t in framing["Tidewater Wire"].cssselect("span.term")] == ["blaze"]

    timeline = doc.cssselect("#timeline svg.timeline")[0]
    assert len(timeline.cssselect("path.happened")) == 1
    assert len(timeline.cssselect("circle.published")) == 3
    assert [text(t) for t in timeline.cssselect("text.lane-label")] == [
        "reported happenings",
        "Tidewater Wire",
        "The Evening Lamp",
        "Harrow Ledger",
    ]

    svg = doc.cssselect("#map svg.map")[0]
    assert [text(t) for t in svg.cssselect("g.pt.event text")] == ["Marrowby, GB"]
    assert [text(t) for t in svg.cssselect("g.pt.place text")] == ["Lanthorn Quay, GB"]
    labels = [(float(t.get("x")), float(t.get("y"))) for t in svg.cssselect("g.pt text")]
    assert abs(labels[0][1] - labels[1][1]) >= 14  # two places a street apart: labels on separate lines


def test_unknown_story_is_a_404_page(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/stories/<img src=x onerror=alert(1)>", status=404)
    assert text(doc.cssselect(".error-detail")[0]) == "No story '<img src=x onerror=alert(1)>'."
    assert not doc.cssselect("img")


# --- an article -----------------------------------------------------------------------------------


def test_article_page_highlights_annotations_and_strikes_boilerplate(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, f"/articles/{data.wire.id}")
    body = doc.get_element_by_id("article-text")
    assert text(body.cssselect("del.boilerplate")[0]) == "Share this story on Quaybook"
    assert body.text_content() == "Share this story on Quaybook" + WIRE_TEXT

    def marked(css: str) -> list[str]:
        return [span.text for span in body.cssselect(css)]

    assert marked("span.ent-gpe") == ["Marrowby"]
    assert marked("span.ent-fac") == ["Lanthorn Quay"]
    assert "Ama Korvell" in marked("span.ent-person")
    assert marked("span.qty") == ["At least nine", "More than 20"]
    assert marked("span.time") == ["Monday", "Tuesday"]
    assert "".join(marked("span.attr-content")) == "the blaze was under control"
    assert len(body.cssselect("span.claim")) > 0
    assert "said by Ama Korvell (direct)" in body.cssselect("span.attr-content")[0].get("title")
    counts = text(doc.cssselect(".legend")[0])
    assert "entities 3 · quantities 2 · dates 2 · attributions 1 · claims 3 · removed boilerplate 1" in counts
    story_links = doc.cssselect("p.meta a[href^='/stories/']")
    assert [(a.get("href"), a.text) for a in story_links] == [
        ("/stories/quay-fire", "Cold-store fire on Lanthorn Quay, Marrowby")
    ]


def test_article_page_marks_the_requested_span(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    start = LEDGER_TEXT.index("The port authority")
    end = LEDGER_TEXT.index("Friday.") + len("Friday.")
    doc = get(site, f"/articles/{data.ledger.id}?hl={start}-{end}")
    target = doc.get_element_by_id("hl")
    assert "target" in target.get("class").split()
    assert marked_text(doc, "#article-text span.target") == LEDGER_TEXT[start:end]
    for ignored in ("?hl=5-2", "?hl=0-99999", "?hl=junk"):
        assert not get(site, f"/articles/{data.ledger.id}{ignored}").cssselect("#hl")


def test_unknown_article_is_a_404_page(site) -> None:  # type: ignore[no-untyped-def]
    assert "No article matches" in text(get(site, "/articles/ffffffffffffffff", status=404))


# --- search -----------------------------------------------------------------------------------------


def test_search_page_lists_facts_and_articles_with_marks(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/search?q=inferno")
    facts = doc.cssselect("#fact-hits li a")
    assert [a.get("href") for a in facts] == ["/stories/quay-fire#fact-0"]
    articles = doc.cssselect("#article-hits li a")
    assert [a.get("href") for a in articles] == [f"/articles/{data.ledger.id}"]
    assert [m.text.casefold() for m in doc.cssselect("#article-hits mark")] == ["inferno"]
    assert not get(site, "/search").cssselect("#fact-hits")  # no query, no results section


# --- hostile text stays text --------------------------------------------------------------------


def test_hostile_article_renders_as_text(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    """No markup, script, handler or javascript: link from an article or a dossier reaches any page."""
    for path in pages(data):
        response = site.get(path)
        assert response.status_code == 200, path
        source = response.text
        assert "<script>window" not in source and "<img" not in source and "<svg onload" not in source, path
        doc = lxml.html.fromstring(source)
        assert [s.get("src") for s in doc.iter("script")] == ["/static/app.js"], path
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            assert element.tag not in ("img", "iframe", "object", "embed"), (path, element.tag)
            for name, value in element.attrib.items():
                assert not name.startswith("on"), (path, element.tag, name)
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (path, name)
    story = get(site, "/stories/hostile")
    assert not story.cssselect("h1 *, .fact-text *")  # the title's <i>, the fact's <a>: text, not elements
    event_type = story.cssselect("dl.event dd")[0]
    assert (text(event_type), event_type.cssselect("b")) == ("<b>Protests</b> / Peaceful protest", [])
    assert (
        text(story.get_element_by_id("story-title"))
        == "<script>window.__pwned = 5</script>Brackwater ferry <i>story</i>"
    )
    article = get(site, f"/articles/{data.hostile.id}")
    assert text(article.get_element_by_id("article-title")) == HOSTILE_TITLE
    assert text(article.cssselect(".inert-url")[0]) == "javascript:alert('url')"  # shown, not linked
    assert 'click <a href="javascript:alert(1)">here</a>' in text(article.get_element_by_id("article-text"))


# --- assets: all Storyline's own ------------------------------------------------------------------


def test_no_page_loads_anything_from_another_host(site, data: WebData) -> None:  # type: ignore[no-untyped-def]
    """Scripts, styles, images and frames come from this server; only links to an article's original page
    may point elsewhere (and never load anything)."""
    originals = {a.url for a in data.articles}
    for path in [*pages(data), "/docs", "/search", "/stories/nope"]:
        response = site.get(path)
        doc = lxml.html.fromstring(response.text)
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            for name in ("src", "href", "srcset", "poster", "data", "action", "xlink:href"):
                value = (element.get(name) or "").strip()
                if not value or value.startswith("#"):
                    continue
                if element.tag == "a" and name == "href" and value in originals:
                    assert "noopener" in element.get("rel", ""), (path, value)
                    continue
                assert value.startswith("/") and not value.startswith("//"), (path, element.tag, name, value)
            assert "url(" not in (element.get("style") or ""), path
        for style in doc.iter("style"):
            assert "url(" not in (style.text or "") and "@import" not in (style.text or ""), path
    for sheet in STATIC.glob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", sheet.read_text()), sheet.name


def test_docs_page_is_swagger_ui_from_local_files(site) -> None:  # type: ignore[no-untyped-def]
    doc = get(site, "/docs")
    assets = [s.get("src") for s in doc.iter("script")] + [link.get("href") for link in doc.iter("link")]
    assert assets == [
        "/static/swagger-ui/swagger-ui-bundle.js",
        "/static/docs.js",
        "/static/favicon.svg",
        "/static/swagger-ui/swagger-ui.css",
    ]
    for asset in assets:
        assert site.get(asset).status_code == 200, asset
    bundle = site.get("/static/swagger-ui/swagger-ui-bundle.js").text
    assert re.search(r'PACKAGE_VERSION:"5\.\d+\.\d+"', bundle)  # Swagger UI 5: the first to read OpenAPI 3.1


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/static/style.css", "text/css"),
        ("/static/app.js", "javascript"),
        ("/static/docs.js", "javascript"),
        ("/static/favicon.svg", "image/svg+xml"),
        ("/static/swagger-ui/swagger-ui-bundle.js", "javascript"),
        ("/static/swagger-ui/swagger-ui.css", "text/css"),
    ],
)
def test_static_assets_are_served(site, path: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    response = site.get(path)
    assert response.status_code == 200
    assert kind in response.headers["content-type"]
    assert response.content


def test_missing_static_file_is_404(site) -> None:  # type: ignore[no-untyped-def]
    response = site.get("/static/nothing-here.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"


def test_pages_and_api_send_a_strict_content_security_policy(site) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/stories/hostile", "/docs", "/api/stories", "/static/app.js", "/stories/nope"):
        headers = site.get(path).headers
        policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
        assert policy["default-src"] == "'self'", path
        assert policy["script-src"] == "'self'", path  # no inline script, no eval
        assert policy["object-src"] == "'none'", path
        assert headers["x-content-type-options"] == "nosniff", path
