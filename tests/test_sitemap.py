"""The site map (issue 27, M7): /sitemap.xml is an index of sections, the jobs' sections come in
pages of at most SECTION_LIMIT addresses whose cost does not grow with the number of jobs, and
every part is served from the shared cache until what it lists changes."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config import sitemaps
from jobboard.models import Job, RoleFamily, SeniorityLevel
from search.signals import results_changed
from search.sitemaps import SECTION_LIMIT
from tests.factories import AgencyFactory, OpenJobFactory
from tests.sitemaps import section_urls, whole_sitemap

pytestmark = pytest.mark.django_db
URL = re.compile(r"<url><loc>([^<]+)</loc>")


def many_jobs(count: int) -> list[Job]:
    """``count`` open technology jobs, written in bulk (save() would set each slug)."""
    same = {
        "agency": AgencyFactory(),
        "role_family": RoleFamily.objects.get(slug="data-analytics"),
        "seniority": SeniorityLevel.objects.get(slug="mid"),
    }
    return Job.objects.bulk_create(
        OpenJobFactory.build(raw_title=f"GIS Analyst {n}", slug=f"gis-analyst-{n}", **same)
        for n in range(count)
    )


def locations(client, path: str) -> list[str]:
    response = client.get(path)
    assert response.status_code == 200
    return URL.findall(response.content.decode())


def test_the_site_map_is_an_index_of_its_sections(client):
    OpenJobFactory(title="Data Analyst")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    assert "<sitemapindex" in response.content.decode()
    assert section_urls(client) == [
        "/sitemap-pages.xml",
        "/sitemap-from-federal.xml",
        "/sitemap-insights.xml",
        "/sitemap-jobs-en.xml",
        "/sitemap-jobs-es.xml",
    ]


def test_a_jobs_section_lists_each_job_in_its_language_with_every_version(client):
    analyst = OpenJobFactory(title="Data Analyst")
    english = f"http://testserver/jobs/{analyst.pk}/{analyst.slug}/"
    spanish = f"http://testserver/es/jobs/{analyst.pk}/{analyst.slug}/"
    body = client.get("/sitemap-jobs-es.xml").content.decode()
    assert URL.findall(body) == [spanish]
    for code, location in (("en", english), ("es", spanish), ("x-default", english)):
        assert f'<xhtml:link rel="alternate" hreflang="{code}" href="{location}"/>' in body
    assert locations(client, "/sitemap-jobs-en.xml") == [english]


def test_jobs_past_2000_make_a_second_page_of_each_jobs_section(client):
    jobs = many_jobs(2_500)
    assert SECTION_LIMIT == 2_000
    assert section_urls(client)[-4:] == [
        "/sitemap-jobs-en.xml",
        "/sitemap-jobs-en.xml?p=2",
        "/sitemap-jobs-es.xml",
        "/sitemap-jobs-es.xml?p=2",
    ]
    first = locations(client, "/sitemap-jobs-en.xml")
    second = locations(client, "/sitemap-jobs-en.xml?p=2")
    assert len(first) == SECTION_LIMIT
    assert len(second) == 500
    assert first[0] == f"http://testserver/jobs/{jobs[0].pk}/gis-analyst-0/"
    assert second[-1] == f"http://testserver/jobs/{jobs[-1].pk}/gis-analyst-2499/"
    assert client.get("/sitemap-jobs-en.xml?p=3").status_code == 404


def test_a_page_of_a_jobs_section_costs_the_same_queries_at_any_size(
    client, django_assert_max_num_queries
):
    many_jobs(10)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/sitemap-jobs-es.xml").status_code == 200
    sitemaps.forget()
    many_jobs(SECTION_LIMIT)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get("/sitemap-jobs-es.xml?p=2").status_code == 200
    job_queries = [q["sql"] for q in small.captured_queries if "jobboard_job" in q["sql"]]
    assert len(job_queries) == 2  # the paginator's count and the page's rows
    assert all("jobboard_agency" not in sql for sql in job_queries)


def test_the_index_costs_the_same_queries_at_any_size(client, django_assert_max_num_queries):
    many_jobs(10)
    with CaptureQueriesContext(connection) as small:
        client.get("/sitemap.xml")
    sitemaps.forget()
    many_jobs(2 * SECTION_LIMIT)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/sitemap.xml")


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-jobs-en.xml", "/sitemap-pages.xml"])
def test_a_second_request_is_answered_from_the_cache(client, path):
    OpenJobFactory(title="Data Analyst")
    first = client.get(path)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(path)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == "application/xml"
    # Only the shared cache's table is read: no job, page or site is looked up.
    assert second_queries.captured_queries
    assert all("ptp_cache" in q["sql"] for q in second_queries.captured_queries)


def test_a_new_job_shows_once_the_search_results_change(client):
    OpenJobFactory(title="Data Analyst")
    assert len(locations(client, "/sitemap-jobs-en.xml")) == 1
    newer = OpenJobFactory(title="GIS Analyst")
    results_changed.send(sender=None, job_ids=[newer.pk])
    assert len(locations(client, "/sitemap-jobs-en.xml")) == 2


def test_made_up_query_strings_share_one_cached_copy(client):
    OpenJobFactory(title="Data Analyst")
    client.get("/sitemap-jobs-en.xml")
    with CaptureQueriesContext(connection) as queries:
        for n in range(3):
            assert client.get(f"/sitemap-jobs-en.xml?p=1&junk={n}").status_code == 200
    assert all("ptp_cache" in q["sql"] for q in queries.captured_queries)
    assert not any("INSERT" in q["sql"] or "UPDATE" in q["sql"] for q in queries.captured_queries)


def test_an_unknown_section_or_page_is_not_found(client):
    assert client.get("/sitemap-nothing.xml").status_code == 404
    assert client.get("/sitemap-jobs-en.xml?p=x").status_code == 404
    assert client.get("/sitemap-jobs-en.xml?p=9").status_code == 404


def test_the_whole_site_map_lists_open_technology_jobs_only(client):
    analyst = OpenJobFactory(title="Data Analyst")
    nurse = OpenJobFactory(title="Registered Nurse", role_family=None)
    closed = OpenJobFactory(title="GIS Analyst", status="closed", closed_reason="Filled.")
    xml = whole_sitemap(client)
    assert f"/jobs/{analyst.pk}/{analyst.slug}/</loc>" in xml
    assert f"/es/jobs/{analyst.pk}/{analyst.slug}/</loc>" in xml
    assert f"/jobs/{nurse.pk}/" not in xml
    assert f"/jobs/{closed.pk}/" not in xml
    assert "/from-federal/</loc>" in xml
    assert "/es/insights/</loc>" in xml
