"""Screenshots of the web app for the README: the story list and a story page.

    .venv/bin/storyline analyze examples/ --db /tmp/examples.db --quiet >/dev/null
    .venv/bin/python scripts/web_screenshots.py --db /tmp/examples.db [--out docs/screenshots]

With --db, the store given (the story page is the story with the most articles); without it, the web tests'
seeded store.

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
    parser.add_argument("--db", help="a store to photograph instead of the test fixtures")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'store.db'}"
        engine = store.connect(url)
        if args.db:
            story = max(store.load_dossiers(engine), key=lambda d: len(d.articles))
            story_id, cell = story.id, "tr#fact-0 td.cell a.cell-btn"
        else:
            seed(engine, build())
            story_id, cell = "quay-fire", "tr#fact-0 td.cell[data-outlet='Harrow Ledger'] a.cell-btn"
        engine.dispose()
        app = create_app(url)
        with LiveServer(app) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=1)
            page.goto(server.base + "/")
            page.screenshot(path=str(out / "stories.png"), full_page=True)
            page.goto(f"{server.base}/stories/{story_id}")
            page.locator(cell).first.click()
            page.locator("#evidence-panel").wait_for()
            page.evaluate("window.scrollTo(0, 0)")
            # a long story page is cut to its head: the event record and the first rows of the matrix
            page.screenshot(
                path=str(out / "story.png"), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 2200}
            )
            browser.close()
        app.state.engine.dispose()
    for name in ("stories.png", "story.png"):
        print(out / name)


if __name__ == "__main__":
    main()
