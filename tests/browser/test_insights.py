"""People look at the job market on /insights/ in a real browser: every chart is a described
image followed by its numbers, the page passes axe-core, works from the keyboard, fits a
360-pixel phone and prints; an organizer finds the dashboard on the admin home and a guide's
chart in the guide."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_every_chart_is_described_and_followed_by_its_numbers(live_server, page):
    page.goto(live_server.url + "/insights/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("job market")
    charts = page.locator("figure.chart")
    assert charts.count() == 8
    for index in range(charts.count()):
        chart = charts.nth(index)
        image = chart.get_by_role("img")
        expect(image).to_have_count(1)
        title = chart.locator(".chart__title").inner_text()
        expect(image).to_have_accessible_name(title)
        expect(image).to_have_accessible_description(re.compile(r"\S.{20,}"))
        expect(chart.locator("table.data-table tbody tr").first).to_be_visible()
        assert chart.locator(".chart__link a").get_attribute("href").startswith("/jobs/")
    families = page.get_by_role("region", name="Open jobs by role family: the numbers")
    expect(families).to_contain_text("Software Engineering")
    families.get_by_role("link", name="Software Engineering").click()
    page.wait_for_url("**/jobs/?role_family=software-engineering")


def test_the_page_has_no_accessibility_violations(live_server, page, axe_violations):
    page.goto(live_server.url + "/insights/")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_the_numbers_scroll_from_the_keyboard(live_server, page):
    page.goto(live_server.url + "/insights/")
    regions = page.locator(".table-scroll[role=region]")
    assert regions.count() == 8
    regions.first.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"  # the table's first link


def test_the_page_fits_a_360_pixel_phone_and_prints(live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    try:
        phone.goto(live_server.url + "/insights/")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        for box in phone.locator("figure.chart svg").evaluate_all(
            "svgs => svgs.map(s => s.getBoundingClientRect().right)"
        ):
            assert box <= 360
        phone.emulate_media(media="print")
        expect(phone.get_by_role("navigation", name="Main")).to_be_hidden()
        expect(phone.locator("figure.chart").first).to_be_visible()
    finally:
        context.close()


def test_an_organizer_sees_the_dashboard_and_a_guides_chart(live_server, page):
    organizer = User.objects.create_user("organizer", "organizer@ptp.example.org", "a long pw 42")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("organizer")
    page.get_by_label("Password").fill("a long pw 42")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    for heading in [
        "Guides due for review",
        "Role families without a guide",
        "Pages waiting in review",
        "Postings waiting for moderation",
        "Job sources",
        "New jobs per week",
    ]:
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.locator("#new-jobs-per-week-content svg[role=img]")).to_be_visible()

    page.goto(live_server.url + "/guides/data-and-analytics/")
    chart = page.locator("figure.chart").first
    expect(chart.get_by_role("img")).to_be_visible()
    expect(chart.locator("table.data-table")).to_contain_text("County")
