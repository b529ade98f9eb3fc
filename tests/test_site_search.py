"""Site search finds published guides and pages, and matching jobs, on either backend; it
only ever sees what is published, and it keeps answering while the search engine is down."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from config.settings.search import wagtail_search_backends
from search.query import JobQuery
from search.service import search_jobs
from tests.demo import demo_for_module
from tests.factories import guide_page, without_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Runs what a block does once its transaction commits (indexing is queued after commit)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


# Loaded outside any test's transaction, so the pages are indexed as they are published.
demo_site = demo_for_module()


def results(client, q: str) -> str:
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def pages_section(html: str) -> str:
    return html.split('id="pages-heading"')[1].split("</section>")[0]


def test_site_search_finds_guides_pages_and_jobs(client, demo_site):
    html = results(client, "eligible list")
    pages = pages_section(html)
    assert "Questions and answers" in pages
    assert "IT support in public service" in pages  # "eligible list" is in its hiring section
    total = search_jobs(JobQuery(q="eligible list")).total
    assert f'id="jobs-heading">Jobs ({total})</h2>' in html


def test_site_search_offers_matching_jobs_with_a_link_to_all_of_them(client, demo_site):
    html = results(client, "cybersecurity")
    assert "Cybersecurity in public service" in pages_section(html)
    jobs = html.split('id="jobs-heading"')[1]
    assert 'href="/jobs/?q=cybersecurity"' in jobs


def test_an_empty_search_asks_for_words_and_hostile_text_is_harmless(client, demo_site):
    assert 'id="pages-heading"' not in results(client, "")
    for hostile in ('"unbalanced', "AND OR NOT (", "x" * 5000, "' OR 1=1 --", "日本語", "*"):
        assert client.get("/search/", {"q": hostile}).status_code == 200


def test_drafts_are_not_searchable_until_published(client, demo_site, commits):
    without_guide("architecture")
    with commits():
        guide = guide_page("architecture", summary="Architects shape systems.")
    assert "Architecture in public service" in pages_section(results(client, "architects"))
    with commits():
        guide.summary = "Zanzibar is a word only the draft has."
        guide.save_revision()
    assert "Architecture in public service" not in pages_section(results(client, "zanzibar"))
    with commits():
        guide.get_latest_revision().publish()
    assert "Architecture in public service" in pages_section(results(client, "zanzibar"))
    guide.refresh_from_db()
    with commits():
        guide.unpublish()
    assert "Architecture in public service" not in pages_section(results(client, "zanzibar"))


@pytest.fixture
def engine_page_search(settings, search_engine_settings, demo_site):
    """Wagtail's page search on the real OpenSearch node, indexed from scratch."""
    settings.WAGTAILSEARCH_BACKENDS = wagtail_search_backends(search_engine_settings)
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    yield settings.WAGTAILSEARCH_BACKENDS
    from search.engines import connect

    adapter = connect()
    for name in adapter.client.indices.get(index=f"{search_engine_settings['INDEX_PREFIX']}*"):
        adapter.client.indices.delete(index=name)


def test_site_search_runs_on_the_search_engine_when_one_is_configured(
    client, engine_page_search, commits
):
    from wagtail.search.backends import get_search_backend

    assert type(get_search_backend()).__name__ == "OpenSearch3SearchBackend"
    html = results(client, "federal layoff")
    assert "After a federal layoff" in pages_section(html)
    assert "basic mode" not in html
    without_guide("architecture")
    with commits():
        guide = guide_page("architecture", summary="Architects shape systems.")
    refresh_page_indexes()
    assert "Architecture in public service" in pages_section(results(client, "architects"))
    with commits():
        guide.summary = "Zanzibar draft."
        guide.save_revision()
    refresh_page_indexes()
    assert "Architecture in public service" not in pages_section(results(client, "zanzibar"))


def refresh_page_indexes() -> None:
    """Make the engine's recent writes searchable now (it refreshes every second anyway)."""
    from wagtail.search.backends import get_search_backend

    get_search_backend().es.indices.refresh(index="_all")


def test_site_search_falls_back_to_the_database_when_the_engine_is_down(
    client, settings, demo_site, closed_port_url
):
    settings.WAGTAILSEARCH_BACKENDS = wagtail_search_backends(
        {"URL": closed_port_url, "ENGINE": "opensearch", "INDEX_PREFIX": "down_", "TIMEOUT": 0.5}
    )
    settings.SEARCH = {
        "URL": closed_port_url,
        "ENGINE": "opensearch",
        "INDEX_PREFIX": "down_",
        "TIMEOUT": 0.5,
    }
    html = results(client, "eligible list")
    assert "Questions and answers" in pages_section(html)
    assert "basic mode" in html
