"""Headless Chromium (Debian's package, never a downloaded browser) driven by Playwright."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.demo import DemoDatabase

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run in a
# thread with a running loop unless told it is safe, which it is here (one thread, tests only).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


DEMO = DemoDatabase()


@pytest.fixture(autouse=True)
def demo_content(transactional_db):
    """Browser tests see the demo site, and may change it: transactional tests empty the
    database after each test, so the demo (loaded through ``load_demo``'s steps once) is copied
    back before each."""
    DEMO.restore()


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the session. Missing Chromium fails in CI and skips elsewhere."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page at a phone-friendly desktop size."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_violations():
    """Run axe-core (from axe-playwright-python) on a page and return its violations."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page) -> list[dict]:
        results = axe.run(page)
        return results.response["violations"]

    return run
