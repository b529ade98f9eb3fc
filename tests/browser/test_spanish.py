"""The Spanish site in a real browser: a keyboard user switches language and back on the same
page, and the Spanish home, guide, search, job, insights and employer sign-up pages pass
axe-core."""

import pytest

from jobboard.models import Job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_keyboard_user_switches_to_spanish_and_back_on_the_same_search(live_server, page):
    page.goto(live_server.url + "/jobs/?q=data")
    switch = page.get_by_role("navigation", name="Language").get_by_role("link", name="Español")
    switch.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/es/jobs/?q=data")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Encuentre empleos de tecnología pública"
    # The choice is remembered: an English address opens the Spanish page.
    page.goto(live_server.url + "/jobs/?q=analista+de+datos")
    page.wait_for_url("**/es/jobs/?q=analista+de+datos")
    assert "empleo" in page.locator("#results-heading").inner_text()
    back = page.get_by_role("navigation", name="Idioma").get_by_role("link", name="English")
    back.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/jobs/?q=analista+de+datos")
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(live_server.url + "/jobs/")
    assert page.locator("h1").inner_text() == "Find public tech jobs"  # English remembered too


def test_spanish_search_and_job_pages_have_no_accessibility_violations(
    live_server, page, axe_violations
):
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    for path in [
        "/es/",
        "/es/guides/",
        "/es/guides/software-engineering/",
        "/es/after-a-federal-layoff/",
        "/es/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)",
        "/es/jobs/",
        "/es/jobs/?q=analista+de+datos&government_level=county",
        "/es/jobs/?q=zzzz",
        f"/es/jobs/{job.pk}/{job.slug}/",
        "/es/insights/",
        "/es/employers/signup/",
    ]:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "es"
        violations = axe_violations(page)
        assert violations == [], (path, [(v["id"], v["help"]) for v in violations])


def test_a_reader_moves_from_the_spanish_home_page_to_a_guide_and_its_english_original(
    live_server, page
):
    page.goto(live_server.url + "/es/")
    assert page.locator("h1").inner_text() == "Public Tech Pathways"
    page.get_by_role("link", name="Datos y análisis en el servicio público").click()
    page.wait_for_url("**/es/guides/data-and-analytics/")
    assert (
        page.locator("h2#work").inner_text() == "En qué consiste el trabajo y por qué importa aquí"
    )
    english = page.get_by_role("navigation", name="Idioma").get_by_role("link", name="English")
    english.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/guides/data-and-analytics/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Data and analytics in public service"
