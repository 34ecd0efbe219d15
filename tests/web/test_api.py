"""The HTTP API on the seeded store, on SQLite and (with STORYLINE_TEST_PG) PostgreSQL: every read endpoint,
its filters and paging, the write endpoint's auth and its refusals of bad input."""

from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import asdict

import httpx
from fastapi.testclient import TestClient

from storyline import store
from storyline.web import create_app

from .conftest import EXAMPLES, LEDGER_TEXT, TOKEN, WIRE_TEXT, WebData, build, seed

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def ids(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


# --- the OpenAPI document -------------------------------------------------------------------------


def test_openapi_describes_every_endpoint_and_the_bearer_scheme(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    paths = doc["paths"]
    for path in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/entities",
        "/api/entities/{key}",
        "/api/events",
        "/api/search",
    ):
        assert "get" in paths[path], path
    post = paths["/articles"]["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "text/html"}
    scheme = next(iter(post["security"][0]))
    assert doc["components"]["securitySchemes"][scheme] == {
        "type": "http",
        "scheme": "bearer",
        "description": "The token given to `storyline serve --token` or STORYLINE_TOKEN.",
    }


# --- stories --------------------------------------------------------------------------------------


def test_story_list_summarises_each_story(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/api/stories").json()
    assert page["total"] == 2
    fire = next(item for item in page["items"] if item["id"] == "quay-fire")
    assert fire == {
        "id": "quay-fire",
        "title": "Cold-store fire on Lanthorn Quay, Marrowby",
        "first_published": "2031-05-13T07:30:00+00:00",
        "last_published": "2031-05-13T19:45:00+00:00",
        "articles": 3,
        "outlets": 3,
        "independent_sources": 2,
        "event_type": "Disaster",
        "sub_event_type": "Fire",
        "country": "GB",
        "place": "Marrowby",
        "places": ["Marrowby, GB"],
        "fatalities": 12,
        "outlet_names": ["Harrow Ledger", "The Evening Lamp", "Tidewater Wire"],
    }


def test_story_list_sorts_by_latest_or_by_number_of_sources(client) -> None:  # type: ignore[no-untyped-def]
    assert ids(client.get("/api/stories")) == ["hostile", "quay-fire"]  # June before May
    assert ids(client.get("/api/stories?sort=latest")) == ["hostile", "quay-fire"]
    assert ids(client.get("/api/stories?sort=sources")) == ["quay-fire", "hostile"]  # 2 sources before 1
    assert ids(client.get("/api/stories?sort=oldest")) == ["quay-fire", "hostile"]
    assert client.get("/api/stories?sort=random").status_code == 422


STORY_FILTERS = [
    ("date_from=2031-06-01", ["hostile"]),
    ("date_to=2031-05-31", ["quay-fire"]),
    ("date_from=2031-05-13&date_to=2031-05-13", ["quay-fire"]),
    ("date_from=2031-05-14&date_to=2031-06-01", []),
    ("place=marrow", ["quay-fire"]),
    ("place=GB", ["hostile", "quay-fire"]),
    ("place=FR", []),
    ("entity=GPE:marrowby", ["quay-fire"]),
    ("entity=ama korvell", ["quay-fire"]),
    ("entity=GPE:nowhere", []),
    ("event_type=disaster", ["quay-fire"]),
    ("event_type=Fire", ["quay-fire"]),
    ("event_type=Riots", []),
    ("outlet=The Evening Lamp", ["quay-fire"]),
    ("outlet=harrow ledger&place=GB", ["quay-fire"]),
    ("outlet=Nowhere Times", []),
    ("q=inferno", ["quay-fire"]),
    ("q=brackwat", ["hostile"]),
    ("q=reopen friday", ["quay-fire"]),
]


def test_story_filters(client) -> None:  # type: ignore[no-untyped-def]
    """Every filter alone and in pairs; one store for all cases (a fresh one each costs more than the test)."""
    wrong = []
    for query, expected in STORY_FILTERS:
        page = client.get(f"/api/stories?{query}").json()
        if [s["id"] for s in page["items"]] != expected or page["total"] != len(expected):
            wrong.append((query, expected, page))
    assert not wrong


def test_story_list_rejects_bad_parameters(client) -> None:  # type: ignore[no-untyped-def]
    for query in (
        "date_from=2031-06-02&date_to=2031-06-01",
        "date_from=yesterday",
        "limit=0",
        "limit=201",
        "offset=-1",
    ):
        response = client.get(f"/api/stories?{query}")
        assert (response.status_code, response.headers["content-type"]) == (422, "application/json"), query


def test_story_list_pages(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/stories?limit=1").json()
    second = client.get("/api/stories?limit=1&offset=1").json()
    assert (first["total"], first["limit"], first["offset"]) == (2, 1, 0)
    assert (second["total"], second["offset"]) == (2, 1)
    assert [s["id"] for s in first["items"] + second["items"]] == ["hostile", "quay-fire"]
    assert client.get("/api/stories?offset=2").json()["items"] == []


def test_dossier_is_the_stored_dossier_document(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/stories/quay-fire")
    assert response.headers["content-type"] == "application/json"
    assert response.json() == json.loads(json.dumps({"stories": [asdict(web_data.dossiers[0])]}))


def test_unknown_story_is_404(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/stories/no-such-story")
    assert response.status_code == 404
    assert response.json() == {"detail": "no story 'no-such-story'"}


def test_dossier_schema_is_the_published_one(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/api/dossier.schema.json").json()
    assert schema == json.loads((EXAMPLES.parent / "docs" / "dossier.schema.json").read_text(encoding="utf-8"))
    assert "stories" in schema["properties"]


def test_dossier_matches_the_cli_json(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """GET /api/stories/ID answers what `storyline dossier ID --format json` prints, over the examples."""
    assert cli("analyze", EXAMPLES, "--db", db_url).exit_code == 0
    app = create_app(db_url)
    with TestClient(app) as client:
        stories = client.get("/api/stories?limit=200").json()["items"]
        assert stories
        for story in stories:
            printed = cli("dossier", story["id"], "--format", "json", "--db", db_url)
            assert printed.exit_code == 0
            assert client.get(f"/api/stories/{story['id']}").json() == json.loads(printed.stdout)
    app.state.engine.dispose()


# --- articles, entities, events -------------------------------------------------------------------


def test_article_list_filters_and_pages(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/articles").json()
    assert everything["total"] == 4
    assert ids(client.get("/api/articles")) == [  # newest first
        web_data.hostile.id,
        web_data.ledger.id,
        web_data.copy.id,
        web_data.wire.id,
    ]
    assert ids(client.get("/api/articles?outlet=harrow ledger")) == [web_data.ledger.id]
    in_story = ids(client.get("/api/articles?story=quay-fire"))
    assert sorted(in_story) == sorted(a.id for a in (web_data.wire, web_data.copy, web_data.ledger))
    assert ids(client.get("/api/articles?limit=2&offset=1")) == [web_data.ledger.id, web_data.copy.id]
    item = everything["items"][1]
    assert item == {
        "id": web_data.ledger.id,
        "outlet": "Harrow Ledger",
        "title": "Quay inferno toll rises to twelve",
        "url": "https://harrowledger.example/marrowby/quay-inferno-toll-12",
        "published": "2031-05-13T19:45:00+00:00",
        "language": web_data.ledger.language,
        "words": web_data.ledger.words,
    }


def test_article_detail_has_text_annotations_and_stories(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    wire = web_data.wire
    data = client.get(f"/api/articles/{wire.id}").json()
    assert data["text"] == WIRE_TEXT
    assert data["removed"] == [{"at": 0, "text": "Share this story on Quaybook", "reason": "share"}]
    assert data["stories"] == ["quay-fire"]
    entities = {e["key"]: e for e in data["annotations"]["entities"]}
    assert set(entities) == {"GPE:marrowby", "FAC:lanthorn quay", "PERSON:ama korvell"}
    assert [q["value"] for q in data["annotations"]["quantities"]] == [9, 21]
    # a unique prefix of the id is enough, as on the command line
    assert client.get(f"/api/articles/{wire.id[:8]}").json()["id"] == wire.id
    assert client.get("/api/articles/ffffffffffffffff").status_code == 404


def test_article_detail_drops_annotations_of_an_older_revision(client, engine, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    """Offsets of annotations made for other text would point at the wrong words: they are not served."""
    stale = web_data.annotations[2]
    stale.content_hash = "0" * 16
    with store.transaction(engine) as session:
        store.save_annotations(session, stale)
    data = client.get(f"/api/articles/{web_data.ledger.id}").json()
    assert data["text"] == LEDGER_TEXT
    assert data["annotations"] is None


def test_entities_list_and_detail(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/api/entities").json()
    assert listed["total"] == 3
    marrowby = next(e for e in listed["items"] if e["key"] == "GPE:marrowby")
    assert (marrowby["name"], marrowby["type"], marrowby["country"], marrowby["articles"]) == (
        "Marrowby",
        "GPE",
        "GB",
        3,
    )
    assert [e["key"] for e in client.get("/api/entities?q=korv").json()["items"]] == ["PERSON:ama korvell"]
    assert [e["key"] for e in client.get("/api/entities?type=fac").json()["items"]] == ["FAC:lanthorn quay"]
    assert client.get("/api/entities?q=nobody").json() == {"total": 0, "limit": 50, "offset": 0, "items": []}

    detail = client.get("/api/entities/PERSON:ama korvell").json()
    assert detail["stories"] == ["quay-fire"]
    assert sorted(a["id"] for a in detail["articles"]) == sorted(
        a.id for a in (web_data.wire, web_data.copy, web_data.ledger)
    )
    assert detail["mentions"] == 3
    assert client.get("/api/entities/PERSON:nobody").status_code == 404


def test_events_carry_the_reconciled_record(client) -> None:  # type: ignore[no-untyped-def]
    events = client.get("/api/events").json()
    assert events["total"] == 2
    fire = next(e for e in events["items"] if e["story_id"] == "quay-fire")
    assert (fire["event_type"], fire["sub_event_type"], fire["date"]) == ("Disaster", "Fire", "2031-05-12")
    assert fire["fatalities"] == {
        "low": 9,
        "best": 12,
        "high": 12,
        "note": "9 (Tidewater Wire, The Evening Lamp) vs 12 (Harrow Ledger)",
        "updated": False,
    }
    assert fire["location"]["name"] == "Marrowby"
    filtered = client.get("/api/events?event_type=disaster&date_to=2031-05-31").json()
    assert [e["story_id"] for e in filtered["items"]] == ["quay-fire"]
    assert client.get("/api/events?limit=1&offset=1").json()["total"] == 2


# --- full-text search -----------------------------------------------------------------------------


def test_search_finds_articles_and_facts_with_highlights(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    result = client.get("/api/search?q=infern").json()  # a prefix of "inferno"
    assert [h["id"] for h in result["articles"]] == [web_data.ledger.id]
    assert [(h["id"], h["fact"]) for h in result["facts"]] == [("quay-fire", 0)]  # in a supporting sentence
    for hit in result["articles"] + result["facts"]:
        assert hit["highlights"]
        assert all(hit["snippet"][s:e].casefold().startswith("infern") for s, e in hit["highlights"])


def test_search_needs_every_word(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    both = client.get("/api/search?q=quay reopen").json()
    assert [h["id"] for h in both["articles"]] == [web_data.ledger.id]
    assert [(h["id"], h["fact"]) for h in both["facts"]] == [("quay-fire", 2)]
    assert client.get("/api/search?q=inferno ferry").json() == {"query": "inferno ferry", "articles": [], "facts": []}


def test_search_kinds_and_paging(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    only_facts = client.get("/api/search?q=fire&kind=facts").json()
    assert only_facts["articles"] == []
    assert {h["fact"] for h in only_facts["facts"]} == {0, 1}  # fact 2 (reopening) says nothing of fire
    only_articles = client.get("/api/search?q=fire&kind=articles").json()
    assert only_articles["facts"] == []
    found = {h["id"] for h in only_articles["articles"]}
    assert found == {web_data.wire.id, web_data.copy.id, web_data.ledger.id}
    first = client.get("/api/search?q=fire&kind=articles&limit=2").json()["articles"]
    rest = client.get("/api/search?q=fire&kind=articles&limit=2&offset=2").json()["articles"]
    assert len(first) == 2
    assert {h["id"] for h in first + rest} == found


def test_search_rejects_queries_without_words(client) -> None:  # type: ignore[no-untyped-def]
    for query in ("", "q=", "q=!!!", "q=fire&kind=people", "q=" + "x" * 501):
        assert client.get(f"/api/search?{query}").status_code == 422, query


# --- POST /articles: auth -------------------------------------------------------------------------


def article_json(**fields: str) -> dict[str, str]:
    return {
        "title": "Harbour crane collapses in Marrowby",
        "outlet": "Quayside Courier",
        "url": "https://quaysidecourier.example/crane",
        "published": "2031-05-20T08:00:00Z",
        "text": "A harbour crane collapsed onto Lanthorn Quay in Marrowby on Tuesday, the port authority said. "
        "Nobody was hurt, and the quay was closed for the rest of the day while engineers inspected it.",
        **fields,
    }


def test_writes_are_off_without_a_server_token(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(token=None)
    for path in ("/articles", "/api/articles"):
        for headers in ({}, AUTH, {"Authorization": "Bearer anything"}):
            response = client.post(path, json=article_json(), headers=headers)
            assert response.status_code == 403, (path, headers)
            assert "write endpoints are off" in response.json()["detail"]
    assert client.get("/api/stories").status_code == 200  # reading is not affected
    assert client.get("/api/articles").json()["total"] == 4


def test_writes_need_the_right_bearer_token(client) -> None:  # type: ignore[no-untyped-def]
    for headers, detail in (
        ({}, "missing bearer token"),
        ({"Authorization": "Bearer"}, "missing bearer token"),
        ({"Authorization": f"Basic {TOKEN}"}, "missing bearer token"),
        ({"Authorization": "Bearer wrong-token"}, "invalid bearer token"),
        ({"Authorization": f"Bearer {TOKEN}x"}, "invalid bearer token"),
    ):
        for path in ("/articles", "/api/articles"):
            response = client.post(path, json=article_json(), headers=headers)
            assert (response.status_code, response.json()["detail"]) == (401, detail), (path, headers)
            assert response.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/api/articles").json()["total"] == 4


# --- POST /articles: bad input --------------------------------------------------------------------


def test_other_content_types_are_415(client) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(article_json()).encode()
    for content_type in (None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        headers = {**AUTH, **({"Content-Type": content_type} if content_type else {})}
        response = client.post("/articles", content=body, headers=headers)
        assert response.status_code == 415, content_type
        assert "send application/json or text/html" in response.json()["detail"]


def test_oversized_bodies_are_413(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(max_body=1000)
    big = json.dumps(article_json(text="word " * 400)).encode()
    assert len(big) > 1000
    declared = client.post("/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert declared.status_code == 413
    assert declared.json()["detail"] == "body larger than 1000 bytes"

    def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(big), 256):
            yield big[start : start + 256]

    streamed = client.post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413  # no Content-Length: the cap holds while reading
    assert client.get("/api/articles").json()["total"] == 4


BAD_JSON = [
    (b'{"title": "unterminated', 400, "invalid JSON"),
    (b"\xff\xfe not json", 400, "invalid JSON"),
    (b"", 422, "empty body"),
    (b"[1, 2]", 422, "must be an object"),
    (b'{"title": "no body"}', 422, "needs one of 'text', 'html' or 'url'"),
    (b'{"text": 12}', 422, "'text' must be a string"),
    (b'{"text": "enough words in this text to pass", "authors": [1]}', 422, "'authors' must be"),
    (b'{"text": "too short"}', 422, ""),
    (b'{"url": "ftp://files.example/a.txt"}', 422, "only http and https"),
]


def test_bad_json_is_refused_clearly(client) -> None:  # type: ignore[no-untyped-def]
    for body, status, detail in BAD_JSON:
        response = client.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
        assert response.status_code == status, (body, response.text)
        assert detail in response.json()["detail"], body
    assert client.get("/api/articles").json()["total"] == 4


def test_a_bad_charset_is_422(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post(
        "/articles", content=b"<p>\xff\xfe</p>", headers={**AUTH, "Content-Type": "text/html; charset=no-such"}
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "cannot decode the body as no-such"


def test_private_urls_are_refused(client, server) -> None:  # type: ignore[no-untyped-def]
    port = server.base.rsplit(":", 1)[1]
    server.add("/page", "<html><body><p>" + "A page on a private address. " * 10 + "</p></body></html>")
    for host in ("127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "[::1]", "169.254.169.254"):
        response = client.post("/articles", json={"url": f"http://{host}:{port}/page"}, headers=AUTH)
        assert response.status_code == 403, (host, response.text)
        assert "refusing private or loopback address" in response.json()["detail"]
    assert server.requests == []


# --- POST /articles: stored ------------------------------------------------------------------------


def test_a_known_article_is_a_duplicate(client, web_data: WebData) -> None:  # type: ignore[no-untyped-def]
    """Sent again, by URL or as the same text from the same outlet, an article is reported as the one stored."""
    wire = web_data.wire
    stored = {
        "id": wire.id,
        "outcome": "duplicate",
        "title": wire.title,
        "outlet": wire.outlet,
        "url": wire.url,
        "published": "2031-05-13T07:30:00+00:00",
        "words": wire.words,
    }
    for record in (
        {"url": wire.url, "title": "Another headline", "outlet": wire.outlet, "text": wire.text},
        {"outlet": wire.outlet, "text": wire.text},  # no URL: an id of its own, found by its text
    ):
        response = client.post("/api/articles", json=record, headers=AUTH)
        assert response.status_code == 200, response.text
        assert response.json() == {"articles": [stored], "stories": []}  # the fixture placed none in a story
    assert client.get("/api/articles").json()["total"] == 4


def test_a_json_article_is_stored_and_annotated(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/articles", json=article_json(), headers=AUTH)
    assert response.status_code == 201, response.text
    (stored,) = response.json()["articles"]
    (story,) = response.json()["stories"]  # placed in a story, whose dossier now holds it
    dossier = client.get(f"/api/stories/{story}").json()["stories"][0]
    assert [a["id"] for a in dossier["articles"]] == [stored["id"]]
    assert story in ids(client.get("/api/stories?q=crane"))
    assert (stored["outcome"], stored["outlet"], stored["published"]) == (
        "added",
        "Quayside Courier",
        "2031-05-20T08:00:00+00:00",
    )
    article = client.get(f"/api/articles/{stored['id']}").json()
    assert article["title"] == "Harbour crane collapses in Marrowby"
    assert any(e["name"] == "Marrowby" for e in article["annotations"]["entities"])
    assert [h["id"] for h in client.get("/api/search?q=crane&kind=articles").json()["articles"]] == [stored["id"]]
    again = client.post("/articles", json=article_json(), headers=AUTH)
    assert (again.status_code, again.json()["articles"][0]["outcome"]) == (200, "duplicate")


def test_an_article_whose_extraction_fails_is_refused_and_stored_nowhere(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    annotate_module = importlib.import_module("storyline.extract.annotate")  # the package's `annotate` hides it

    def faulty(doc, article, title=None):  # type: ignore[no-untyped-def]
        raise IndexError("span index out of range")

    monkeypatch.setattr(annotate_module, "annotate", faulty)
    response = client.post("/articles", json=article_json(), headers=AUTH)
    assert response.status_code == 422
    assert "extraction failed: IndexError: span index out of range" in response.json()["detail"]
    assert client.get("/api/articles").json()["total"] == 4


def test_an_html_body_is_stored(client) -> None:  # type: ignore[no-untyped-def]
    page = (
        "<html><head><title>Ignored head title</title></head><body><article><h1>Crane inquiry opens</h1>"
        "<p>An inquiry into the collapse of a harbour crane in Marrowby opened on Thursday, the port authority "
        "said, and will report within a month.</p></article></body></html>"
    )
    response = client.post(
        "/articles?outlet=Quayside%20Courier&url=https://quaysidecourier.example/inquiry&title=Crane%20inquiry",
        content=page.encode("utf-8"),
        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    (stored,) = response.json()["articles"]
    assert (stored["outlet"], stored["title"], stored["url"]) == (
        "Quayside Courier",
        "Crane inquiry",
        "https://quaysidecourier.example/inquiry",
    )
    text = client.get(f"/api/articles/{stored['id']}").json()["text"]
    assert "inquiry into the collapse of a harbour crane" in text


def test_a_url_is_fetched_when_private_addresses_are_allowed(make_client, server) -> None:  # type: ignore[no-untyped-def]
    client = make_client(allow_private=True)
    url = server.add(
        "/crane.html",
        "<html><head><title>Crane back in service</title><meta property='og:site_name' content='Quayside Courier'>"
        "</head><body><article><p>The harbour crane on Lanthorn Quay in Marrowby was back in service on Monday "
        "after engineers replaced a cable, the port authority said.</p></article></body></html>",
    )
    response = client.post("/articles", json={"url": url}, headers=AUTH)
    assert response.status_code == 201, response.text
    (stored,) = response.json()["articles"]
    assert stored["url"] == url
    assert server.requests == ["/crane.html"]
    assert "replaced a cable" in client.get(f"/api/articles/{stored['id']}").json()["text"]


# --- storyline serve ----------------------------------------------------------------------------------


def test_serve_command_serves_the_store_with_the_token_from_the_environment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`storyline serve --db URL --port N`, in a process of its own, with STORYLINE_TOKEN set."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = store.connect(url)
    seed(engine, build())
    engine.dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "storyline.cli", "serve", "--db", url, "--port", str(port)]
    server = subprocess.Popen(command, env={**os.environ, "STORYLINE_TOKEN": TOKEN}, stderr=subprocess.PIPE)
    try:
        base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 60
        while True:
            try:
                stories = httpx.get(f"{base}/api/stories", timeout=5)
                break
            except httpx.ConnectError:
                assert server.poll() is None and time.monotonic() < deadline, "storyline serve did not start"
                time.sleep(0.2)
        assert [s["id"] for s in stories.json()["items"]] == ["hostile", "quay-fire"]
        wrong = httpx.post(f"{base}/articles", json=article_json(), headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401  # writes are on: the token came from STORYLINE_TOKEN
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=20)
    assert f"Storyline at http://127.0.0.1:{port}/" in stderr.decode()
