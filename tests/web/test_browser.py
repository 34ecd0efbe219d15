"""The pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn on loopback.

Every test fails on a request to any other host (the tab aborts and records those) and on any dialog.
"""

from __future__ import annotations

import re

from .conftest import HOSTILE_TITLE, LEDGER_TEXT, build

DATA = build()  # the same articles the live server holds; ids are derived from the URLs and texts


def test_story_list_opens_a_story(live, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(live.base + "/")
    rows = page.locator("tr.story-row")
    assert rows.count() == 2
    fire = page.locator("tr.story-row[data-story=quay-fire]")
    assert fire.locator("td.sources").inner_text() == "2"
    fire.locator("a.story-link").click()
    page.wait_for_url(live.base + "/stories/quay-fire")
    assert page.locator("#story-title").inner_text() == "Cold-store fire on Lanthorn Quay, Marrowby"
    assert (page.blocked, page.dialogs) == ([], [])


def test_matrix_shows_the_conflict_and_the_syndicated_copy_as_one_source(live, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(live.base + "/stories/quay-fire")
    killed = page.locator("tr#fact-0 td.cell")
    assert [killed.nth(n).get_attribute("data-state") for n in range(3)] == ["conflicts", "conflicts", "states"]
    assert [killed.nth(n).locator(".cell-figures").inner_text() for n in range(3)] == ["9", "9", "12"]
    first_source = page.locator("th.source-group[data-source='1']")
    assert (first_source.inner_text(), first_source.get_attribute("colspan")) == ("source 1", "2")
    copy = page.locator("th.outlet", has_text="The Evening Lamp")
    assert copy.get_attribute("data-source") == "1"
    assert copy.locator(".copy-tag").inner_text() == "copy of Tidewater Wire"
    assert page.locator("th.source-group").count() == 2  # three outlets, two independent sources
    assert page.locator("#independent-sources").inner_text() == "2"
    # the two figures, side by side, in the reconciled record and the list of conflicts
    assert page.locator("dd.fatalities .fat.low b").inner_text() == "9"
    assert page.locator("dd.fatalities .fat.best b").inner_text() == "12"
    assert page.locator("#disputes .dispute tbody tr").count() == 3
    assert page.locator(".chart svg.map g.pt.event").count() == 1
    assert (page.blocked, page.dialogs) == ([], [])


def test_clicking_a_cell_shows_the_highlighted_sentence(live, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(live.base + "/stories/quay-fire")
    panel = page.locator("#evidence-panel")
    assert panel.is_hidden()
    page.locator("tr#fact-0 td.cell[data-outlet='Harrow Ledger'] a.cell-btn").click()
    assert panel.is_visible()
    sentence = panel.locator("mark.sentence")
    assert sentence.inner_text() == LEDGER_TEXT.split("\n\n")[0]
    assert sentence.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 226, 122)"
    assert page.url == live.base + "/stories/quay-fire"  # the script opened the panel instead of navigating
    assert page.locator("tr#fact-0 td.cell.active").get_attribute("data-outlet") == "Harrow Ledger"

    page.locator("tr#fact-0 td.cell[data-outlet='Tidewater Wire'] a.cell-btn").click()  # another cell replaces it
    assert sentence.inner_text().startswith("At least nine people were killed")
    assert page.locator("td.cell.active").count() == 1
    page.keyboard.press("Escape")
    assert panel.is_hidden()

    page.locator("tr#fact-0 td.cell[data-outlet='Harrow Ledger'] a.cell-btn").click()
    panel.locator("figcaption a").click()  # on to the article, the same sentence marked in its text
    page.wait_for_url(re.compile(rf"/articles/{DATA.ledger.id}\?hl=\d+-\d+#hl$"))
    target = page.locator("#article-text span.target")
    assert "".join(target.all_inner_texts()) == LEDGER_TEXT.split("\n\n")[0]
    assert page.locator("#hl").is_visible()
    assert (page.blocked, page.dialogs) == ([], [])


def test_hostile_article_renders_inert(live, page_without_csp) -> None:  # type: ignore[no-untyped-def]
    """With the CSP bypassed, only escaping keeps these scripts, handlers and links from running."""
    page = page_without_csp
    paths = ["/", "/?q=ferry", "/stories/hostile", f"/articles/{DATA.hostile.id}", "/search?q=script"]
    for path in paths:
        page.goto(live.base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("script:not([src='/static/app.js'])").count() == 0, path
        assert page.locator("img, iframe, [onerror], [onload], a[href^='javascript:' i]").count() == 0, path
    page.goto(live.base + "/stories/hostile")
    page.locator("td.cell a.cell-btn").first.click()  # the evidence template holds the hostile sentence
    assert "<script>window.__pwned = 1</script>" in page.locator("#evidence-panel mark.sentence").inner_text()
    page.goto(live.base + f"/articles/{DATA.hostile.id}")
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    page.locator(".inert-url").click()  # javascript:alert('url') is plain text, not a link
    page.get_by_text("javascript:alert(3)").click()
    assert page.url == live.base + f"/articles/{DATA.hostile.id}"
    assert page.evaluate("window.__pwned") is None
    assert (page.blocked, page.dialogs) == ([], [])


def test_api_docs_render_from_local_assets(live, page) -> None:  # type: ignore[no-untyped-def]
    """Swagger UI runs under the server's CSP and reads the OpenAPI 3.1 document, all from this server."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(live.base + "/docs")
    operations = page.locator(".opblock-summary-path")
    operations.first.wait_for(timeout=10_000)
    paths = set(operations.all_inner_texts())
    assert {"/api/stories", "/api/stories/{story_id}", "/api/search", "/articles"} <= paths
    assert page.locator(".auth-wrapper .authorize").count() == 1  # the bearer scheme is offered
    assert (page.blocked, page.dialogs, errors) == ([], [], [])
