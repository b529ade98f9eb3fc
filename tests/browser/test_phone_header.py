"""On a phone (390 by 844 pixels) the header is compact: the site's name and the language switcher
share one line, the menu is one row that scrolls sideways, and the page's content starts within
120 px of the top. Every menu link is still reached with the Tab key and shown when focused,
with JavaScript turned off (the menu needs none), and axe finds nothing wrong on this layout."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
PAGES = ["/", "/jobs/", "/es/", "/es/jobs/"]
MENU_LINKS = "header nav a"


def shown_whole(link, *, tries: int = 20) -> None:
    """The link lies wholly inside the header's part of the screen (the menu scrolls a link
    reached with Tab into view, a frame or two after the focus moves)."""
    for _ in range(tries):
        box = link.bounding_box()
        if 0 <= box["x"] <= box["x"] + box["width"] <= PHONE["width"] and 0 <= box["y"] <= 120:
            return
        link.page.wait_for_timeout(50)
    raise AssertionError(f"{link.inner_text()!r} is focused but not shown whole: {box}")


@pytest.fixture
def phone(browser):
    """A phone-sized page with JavaScript turned off."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_on_a_phone_content_starts_under_a_compact_header_and_tab_reaches_every_menu_link(
    live_server, phone, path
):
    phone.goto(live_server.url + path)
    assert phone.locator("main").bounding_box()["y"] <= 120
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    brand = phone.locator(".brand").bounding_box()
    switcher = phone.locator(".language-switcher a").bounding_box()
    assert abs(brand["y"] - switcher["y"]) < brand["height"]  # one line

    links = phone.locator(MENU_LINKS)
    expected = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(expected) >= 6
    reached = []
    for _ in range(len(expected) + 3):
        phone.keyboard.press("Tab")
        focused = phone.locator(":focus")
        if focused.evaluate("element => !!element.closest('header nav')"):
            shown_whole(focused)
            reached.append(focused.get_attribute("href"))
    assert sorted(reached) == sorted(expected)


def test_the_phone_layout_has_no_accessibility_violations(live_server, browser, axe_violations):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    try:
        for path in PAGES:
            page.goto(live_server.url + path)
            violations = axe_violations(page)
            assert violations == [], (path, [(v["id"], v["help"]) for v in violations])
    finally:
        context.close()
