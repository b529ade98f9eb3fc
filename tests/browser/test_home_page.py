"""A person opening the site in a browser sees the home page and can start a search."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_home_page_renders_and_has_no_accessibility_violations(live_server, page, axe_violations):
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Public Tech Pathways"
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_keyboard_users_can_skip_to_the_content_and_reach_the_search_box(live_server, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    search = page.get_by_label("Search public-sector tech jobs")
    assert page.evaluate("document.activeElement.id") == "home-q"
    search.fill("data analyst")
    with page.expect_navigation():
        search.press("Enter")
    assert page.url.endswith("/jobs/?q=data+analyst")
