"""The search page, the job page, the API and the feeds, as people and programs use them."""

from __future__ import annotations

import json
from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from jobboard.models import ClosedBecause, Job
from jobboard.services import close_job
from tests.demo import demo_for_module
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db


demo = demo_for_module()


def test_the_search_page_lists_jobs_with_facets_and_no_javascript_needed(client, demo):
    response = client.get("/jobs/?q=data&government_level=county")
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 jobs for “data”" in html
    assert '<fieldset class="facet" id="facet-role_family">' in html
    assert "<legend>Level of government</legend>" in html
    assert 'id="f-government_level-county" checked' in html
    assert 'class="apply-filters"' in html  # the no-JavaScript way to apply filters
    assert "<mark>Data</mark>" in html
    assert 'rel="canonical" href="/jobs/?q=data&amp;government_level=county"' in html
    assert "Clear all" in html


def test_the_url_is_the_whole_state_in_a_canonical_order(client, demo):
    canonical = "/jobs/?q=engineer&seniority=senior&remote=remote"
    for shuffled in [
        "/jobs/?remote=remote&q=engineer&seniority=senior",
        "/jobs/?seniority=senior&q=engineer&remote=remote&salary_min=&location=&sort=relevance",
    ]:
        response = client.get(shuffled)
        assert (response.status_code, response["Location"]) == (302, canonical)
    html = client.get(canonical).content.decode()
    assert 'rel="canonical" href="/jobs/?q=engineer&amp;seniority=senior&amp;remote=remote"' in html


def test_bad_parameters_get_a_clear_message_not_an_error_page(client, demo):
    response = client.get("/jobs/?page=abc")
    assert response.status_code == 400
    assert "page must be a whole number" in response.content.decode()


def test_zero_results_help_the_searcher(client, demo):
    html = client.get("/jobs/?q=quantum+blockchain&government_level=county").content.decode()
    assert "No jobs match this search yet" in html
    assert "keep only your words and drop every filter" in html
    assert "Follow this search in a feed reader" in html


def test_a_misspelt_search_shows_results_for_the_correction(client, demo):
    html = client.get("/jobs/?q=dta+analyst").content.decode()
    assert "No jobs matched “dta analyst”, so these are the results for “data analyst”." in html
    assert "jobs for “data analyst”" in html
    body = client.get("/api/v1/jobs/?q=dta+analyst").json()
    assert body["total"] > 0
    assert body["suggestion"] == "data analyst"


def test_pagination_links_keep_the_search(client, demo):
    html = client.get("/jobs/?page_size=10").content.decode()
    assert 'aria-label="Result pages"' in html
    assert 'href="?page_size=10&amp;page=2" rel="next"' in html


def test_a_job_page_shows_facts_apply_button_and_json_ld(client, demo):
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    response = client.get(job.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>IT Specialist (Application Software)</h1>" in html
    assert "$86,962 to $134,236 a year" in html
    assert "GS-11 to GS-12" in html
    assert "Apply on the employer" in html
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "JobPosting"
    assert data["baseSalary"]["value"]["minValue"] == 86962
    assert "Similar open jobs" in html


def test_a_closed_job_has_a_banner_and_no_apply_button_or_json_ld(client, demo):
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    close_job(job=job, because=ClosedBecause.FILLED, reason="The position was filled.")
    html = client.get(job.get_absolute_url()).content.decode()
    assert "This job is closed." in html
    assert "Apply on the employer" not in html
    assert "application/ld+json" not in html


def test_hourly_pay_shows_the_stated_amount_too(client, demo):
    job = Job.objects.get(raw_title="Student Worker - Information Technology")
    html = client.get(job.get_absolute_url()).content.decode()
    assert "$38,771 to $43,888 a year" in html
    assert "(stated as $18.64 to $21.10 an hour)" in html
    assert "Open until filled" in html


def test_an_old_slug_redirects_and_a_missing_job_is_404(client, demo):
    job = Job.objects.first()
    assert client.get(f"/jobs/{job.pk}/old-title/").status_code == 301
    assert client.get("/jobs/999999/nope/").status_code == 404


def test_the_api_answers_the_design_contract(client, demo):
    response = client.get("/api/v1/jobs/?q=data&role_family=data-analytics&page_size=2")
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"total", "page", "page_size", "backend", "results", "facets"}
    assert (body["page"], body["page_size"], body["backend"]) == (1, 2, "database")
    result = body["results"][0]
    assert set(result) >= {
        "id", "title", "url", "apply_url", "agency", "role_family", "seniority",
        "government_level", "employment_type", "remote", "location", "salary_min",
        "salary_max", "posted_at", "closes_at", "status", "highlight", "hiring_paths",
        "announcements",
    }  # fmt: skip
    assert set(body["facets"]) == {
        "agency", "role_family", "seniority", "government_level", "employment_type", "remote",
        "hiring_path",
    }  # fmt: skip
    selected = [v for v in body["facets"]["role_family"] if v["selected"]]
    assert selected == [{"value": "data-analytics", "label": "Data, Analytics & AI",
                         "count": body["total"], "selected": True}]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("sort=bogus", "sort must be one of"),
        ("salary_min=-5", "salary_min"),
        ("include_closed=maybe", "include_closed"),
        ("page=900&page_size=100", "too deep"),
        ("q=" + "x" * 600, "q is too long"),
    ],
)
def test_bad_api_parameters_get_400_with_a_json_message(client, demo, params, message):
    response = client.get(f"/api/v1/jobs/?{params}")
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_api_caps_the_page_size(client, demo):
    assert client.get("/api/v1/jobs/?page_size=1000").json()["page_size"] == 100


def test_the_openapi_schema_is_served(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    parameters = {p["name"] for p in schema["paths"]["/api/v1/jobs/"]["get"]["parameters"]}
    assert {"q", "agency", "role_family", "remote", "salary_min", "sort", "page_size"} <= parameters


def test_feeds_validate_as_rss_and_atom(client, demo):
    rss = client.get("/jobs/feed.rss?q=data")
    assert rss["Content-Type"].startswith("application/rss+xml")
    parsed = feedparser.parse(rss.content)
    assert (parsed.bozo, parsed.version) == (0, "rss20")
    assert len(parsed.entries) == 11
    assert all(entry.title and entry.link.startswith("http") for entry in parsed.entries)
    atom = feedparser.parse(client.get("/jobs/feed.atom?role_family=cybersecurity").content)
    assert (atom.bozo, atom.version) == (0, "atom10")
    assert len(atom.entries) >= 3


def test_a_feed_with_bad_parameters_is_not_found_not_an_error(client):
    assert client.get("/jobs/feed.rss?page=abc").status_code == 404


def test_expired_jobs_are_not_in_the_api(client, demo):
    job = Job.objects.get(raw_title="Data Scientist", agency__slug="county-of-los-angeles")
    Job.objects.filter(pk=job.pk).update(closes_at=timezone.now() - timedelta(days=1))
    ids = [r["id"] for r in client.get("/api/v1/jobs/?q=scientist").json()["results"]]
    assert job.pk not in ids


TEN_KB = "data " * 2048
HOSTILE = [
    {"q": TEN_KB},
    {"q": '"; DROP TABLE jobboard_job; --'},
    {"q": 'NEAR("data" AND) OR * ^ {title}: -'},
    {"q": "données 数据 🔒 \u202e analyst"},
    {"q": "nul\x00byte"},
    {"agency": TEN_KB, "role_family": "no-such-family", "seniority": "' OR 1=1 --"},
    {"page": "9" * 30, "page_size": "-5", "sort": "<script>"},
    {"salary_min": "1e309", "location": TEN_KB},
]


@pytest.mark.parametrize(
    "path", ["/jobs/", "/api/v1/jobs/", "/jobs/feed.rss", "/api/v1/autocomplete/", "/search/"]
)
def test_hostile_parameters_never_cause_a_server_error(client, demo, path):
    for params in HOSTILE:
        response = client.get(path, params)
        # 302: the search page redirects to its canonical address (control characters dropped)
        assert response.status_code in (200, 302, 400, 404), params
        if path.startswith("/api/") and response.status_code == 400:
            assert response.json()["error"], params  # a sentence saying what was wrong
        if path == "/jobs/" and response.status_code == 400:
            text = response.content.decode()
            assert "We couldn't read that search.</strong> " in text, params  # and says why
            assert "<script>" not in text.split("</footer>")[0].split("</header>")[-1]


NURSE = "Registered Nurse II"


def test_non_technology_jobs_are_left_out_of_the_search_page_with_a_way_to_see_them(client, demo):
    html = client.get("/jobs/").content.decode()
    assert NURSE not in html
    assert "4 jobs outside technology" in html
    assert 'href="?include_non_tech=true">Show them too</a>' in html
    everything = client.get("/jobs/?include_non_tech=true&page_size=100").content.decode()
    assert NURSE in everything
    assert "outside technology (such as" not in everything
    assert 'id="include_non_tech" name="include_non_tech" value="true" checked' in everything
    searched = client.get("/jobs/?q=nurse").content.decode()
    assert "0 jobs for “nurse”" in searched
    assert "1 job outside technology" in searched
    assert "also matches and is not shown" in searched


def test_non_technology_jobs_are_left_out_of_the_api_feeds_and_sitemap(client, demo):
    nurse = Job.objects.get(title=NURSE)
    default = client.get("/api/v1/jobs/?page_size=100").json()
    assert NURSE not in {job["title"] for job in default["results"]}
    assert all(job["role_family"] for job in default["results"])
    everything = client.get("/api/v1/jobs/?page_size=100&include_non_tech=true").json()
    assert NURSE in {job["title"] for job in everything["results"]}
    assert everything["total"] == default["total"] + 4
    assert NURSE not in client.get("/jobs/feed.rss").content.decode()
    assert NURSE in client.get("/jobs/feed.rss?include_non_tech=true").content.decode()
    assert nurse.get_absolute_url() not in whole_sitemap(client)
    assert client.get(nurse.get_absolute_url()).status_code == 200  # still reachable by link


@pytest.mark.parametrize("value", ["²", "①", "٣", "1²", "\uff11\uff12"])
@pytest.mark.parametrize("name", ["page", "page_size", "salary_min"])
def test_numbers_written_in_other_digits_get_a_400_with_a_message(client, name, value):
    page = client.get("/jobs/", {name: value})
    assert page.status_code == 400
    assert f"{name} must be a whole number" in page.content.decode()
    api = client.get("/api/v1/jobs/", {name: value})
    assert api.status_code == 400
    assert name in api.json()["error"]
    assert client.get("/jobs/feed.rss", {name: value}).status_code == 404


def test_feed_descriptions_escape_every_value(client):
    from xml.etree import ElementTree

    from tests.factories import OpenJobFactory

    OpenJobFactory(title="Data Analyst", location='<img src=x onerror="alert(1)">Pasadena')
    xml = client.get("/jobs/feed.rss").content
    description = ElementTree.fromstring(xml).find("channel/item/description").text  # noqa: S314
    assert "<img" not in description
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Pasadena" in description
