"""Screenshots of the web app for the README: the story list and a story page, from the web tests' seeded store.

    .venv/bin/python scripts/web_screenshots.py [--out docs/screenshots]

Serves the fixture stories of tests/web/conftest.py with uvicorn on loopback and photographs them in Debian's
Chromium through Playwright (apt-get install chromium; no browser download). The story page is taken with
the death-toll cell of Harrow Ledger opened, so the highlighted sentence shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the fixture stories live with the tests
    from playwright.sync_api import sync_playwright
    from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, LiveServer, build, seed

    from storyline import store
    from storyline.web import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNG files")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'store.db'}"
        engine = store.connect(url)
        seed(engine, build())
        engine.dispose()
        app = create_app(url)
        with LiveServer(app) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=1)
            page.goto(server.base + "/")
            page.screenshot(path=str(out / "stories.png"), full_page=True)
            page.goto(server.base + "/stories/quay-fire")
            page.locator("tr#fact-0 td.cell[data-outlet='Harrow Ledger'] a.cell-btn").click()
            page.locator("#evidence-panel mark.sentence").wait_for()
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(out / "story.png"), full_page=True)
            browser.close()
        app.state.engine.dispose()
    for name in ("stories.png", "story.png"):
        print(out / name)


if __name__ == "__main__":
    main()
