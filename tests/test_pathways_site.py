"""From federal service on the site: the crosswalk data organizers edit, the page
/from-federal/ and the API /api/v1/pathways/federal/, over the demo content (guides and jobs),
on the database backend and on a real OpenSearch node."""

from __future__ import annotations

import importlib
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.utils.html import escape

from jobboard.models import RoleFamily
from pathways.crosswalk import Crosswalk
from pathways.models import FederalSeries, LocalClass, LocalEmployer, LocalEmployerTranslation
from pathways.seed import update_local_classes
from pathways.services import load_crosswalk
from search.service import engine_backend
from tests.demo import demo_for_module
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db

API = "/api/v1/pathways/federal/"
PAGE = "/from-federal/"
INFOSEC = {"series": "2210", "grade": "GS-12", "title": "IT Specialist (INFOSEC)"}


demo = demo_for_module()


@pytest.fixture(params=["database", "opensearch"])
def backend(request, demo):
    """Each search backend in turn, over the demo jobs."""
    if request.param == "opensearch":
        request.getfixturevalue("search_engine_settings")
        engine_backend().rebuild()
    return request.param


# The data ---------------------------------------------------------------------------------------


def test_the_migration_loads_the_seeded_crosswalk_exactly():
    seeded, loaded = Crosswalk.from_seed(), load_crosswalk()
    assert loaded.series == seeded.series
    assert set(loaded.specialties) == set(seeded.specialties)
    assert loaded.pay_plans == seeded.pay_plans
    assert loaded.pay == seeded.pay
    assert set(loaded.classes) == set(seeded.classes)


def test_every_row_names_its_source_and_when_it_was_checked():
    for row in [*FederalSeries.objects.all(), *LocalClass.objects.all()]:
        assert row.source_url.startswith("http"), row
        assert row.last_checked is not None, row


def test_the_second_edition_fills_an_earlier_one_without_undoing_organizers_edits():
    aide = LocalClass.objects.get(title="Systems Aide")
    aide.role_families.set(RoleFamily.objects.filter(slug="systems-analysis"))
    edited = LocalClass.objects.get(title="Systems Administrator (formerly Systems Programmer)")
    edited.pay_min, edited.pay_max = 140_000, 170_000
    edited.save()
    blanked = LocalClass.objects.get(title="Geographic Information Systems Technician")
    blanked.pay_min = blanked.pay_max = None
    blanked.class_code = ""
    blanked.save()
    LocalClass.objects.filter(title="Principal Architect").delete()

    assert update_local_classes(django_apps) == 3
    families = set(aide.role_families.values_list("slug", flat=True))
    assert {"systems-analysis", "architecture", "it-leadership"} <= families
    edited.refresh_from_db()
    assert (edited.pay_min, edited.pay_max) == (140_000, 170_000)
    blanked.refresh_from_db()
    assert (blanked.class_code, blanked.pay_min, blanked.pay_max) == ("4411", 56852, 70629)
    assert LocalClass.objects.filter(title="Principal Architect").exists()
    assert update_local_classes(django_apps) == 0


def test_pay_left_blank_is_blank_not_guessed_and_the_page_says_so(client):
    blank = LocalClass.objects.get(title="Information Technology Specialist II")
    assert (blank.pay_min, blank.pay_max) == (None, None)
    html = client.get(PAGE, INFOSEC).content.decode()
    row = html[html.index("Information Technology Specialist II") :]
    assert "Not confirmed" in row[: row.index("</tr>")]
    assert "we left it blank rather than guess" in html


def test_organizers_may_edit_every_crosswalk_table():
    organizers = Group.objects.get(name="Organizers")
    codenames = set(
        organizers.permissions.filter(content_type__app_label="pathways").values_list(
            "codename", flat=True
        )
    )
    assert {"change_localclass", "add_localclass", "change_federalseries", "change_federalpay"} <= (
        codenames
    )


def test_the_crosswalk_is_listed_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/pathways/localclass/")
    assert response.status_code == 200
    assert "Administrative Analyst/Specialist Exempt I" in response.content.decode()


def test_an_organizers_edit_is_what_people_see(client):
    local = LocalClass.objects.get(title="Information Technology Specialist II")
    local.pay_min, local.pay_max = 80_000, 110_000
    local.save()
    roles = client.get(API, INFOSEC).json()["local_roles"]
    assert {"title": "Information Technology Specialist II", "pay_min": 80_000} in [
        {"title": r["title"], "pay_min": r["pay_min"]} for r in roles
    ]


# The API ----------------------------------------------------------------------------------------


def test_the_api_answers_the_infosec_gs12_with_the_documented_shape(client, demo):
    response = client.get(API, INFOSEC)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "role_family", "alternatives", "seniority", "reasons", "federal_pay", "local_roles",
        "jobs", "guide_url", "message",
    }  # fmt: skip
    assert body["role_family"] == {"slug": "cybersecurity", "name": "Cybersecurity & Privacy"}
    assert body["seniority"] == {"slug": "senior", "name": "Senior"}
    assert body["federal_pay"] == {
        "year": 2026,
        "grade": "GS-12",
        "locality": "Los Angeles-Long Beach, CA (36.47%)",
        "min": 104349,
        "max": 135657,
    }
    assert "2210 (INFOSEC) is Cybersecurity & Privacy work." in body["reasons"]
    assert all(set(a) == {"slug", "name", "reason"} for a in body["alternatives"])
    levels = {role["government_level"] for role in body["local_roles"]}
    assert levels == {"state", "county", "city", "education", "nonprofit"}
    role = next(r for r in body["local_roles"] if r["title"] == "Systems Administrator (formerly "
                "Systems Programmer)")  # fmt: skip
    assert (role["class_code"], role["pay_min"], role["pay_max"]) == ("1455", 132066, 155409)
    assert role["how_to_apply"].startswith("Apply online to the class's exam bulletin")
    assert role["source_url"].startswith("https://")
    assert body["guide_url"] == "/guides/cybersecurity/"
    assert body["jobs"]["total"] >= 1
    assert {job["role_family"]["slug"] for job in body["jobs"]["results"]} == {"cybersecurity"}


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"series": "221"}, "A series has four digits"),
        ({"series": "22100"}, "A series has four digits"),
        ({"series": "IT"}, "The series is the four-digit number"),
        ({"series": "2210", "grade": "WG-10"}, "does not know the pay plan WG"),
        ({"series": "2210", "grade": "GS-16"}, "GS grades run from 1 to 15"),
        ({"series": "2210", "grade": "0"}, "GS grades run from 1 to 15"),
        ({}, "Enter your series"),
        ({"series": "2210", "text": "x" * 10_240}, "at most 2,000 characters"),
    ],
)
def test_the_api_refuses_unreadable_input_with_a_400_and_a_detail(client, params, detail):
    response = client.get(API, params)
    assert response.status_code == 400
    assert set(response.json()) == {"detail"}
    assert detail in response.json()["detail"]


@pytest.mark.parametrize(
    "params",
    [
        {"series": "2210", "title": "<script>alert(1)</script> (INFOSEC)"},
        {"series": "2210", "title": "'; DROP TABLE jobboard_job; --", "text": "1 OR 1=1"},
        {"series": "2210", "text": "<b>help desk</b> " * 100},
        {"series": "0000", "grade": "1", "title": "\u202e\u0000\uffff"},
        {"title": "x" * 201},
    ],
)
def test_hostile_input_is_never_a_server_error(client, demo, params):
    api = client.get(API, params)
    page = client.get(PAGE, params)
    assert api.status_code in {200, 400}
    assert page.status_code in {200, 400}
    assert "<script>alert(1)</script>" not in page.content.decode()


def test_a_non_technology_series_gets_guides_and_search_not_a_match(client, demo):
    body = client.get(API, {"series": "0610", "grade": "11", "title": "Nurse"}).json()
    assert (body["role_family"], body["seniority"], body["local_roles"]) == (None, None, [])
    assert body["jobs"] == {"total": 0, "search_url": "/jobs/", "results": []}
    assert body["message"].startswith("0610 Nurse is not technology work")
    html = client.get(PAGE, {"series": "0610", "grade": "11", "title": "Nurse"}).content.decode()
    assert 'href="/guides/cybersecurity/"' in html
    assert "Search all public tech jobs" in html


def test_the_endpoint_is_in_the_openapi_document(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"][API]["get"]
    assert {p["name"] for p in operation["parameters"]} == {
        "series",
        "grade",
        "title",
        "text",
        "lang",
    }
    assert set(operation["responses"]) == {"200", "400"}


def test_the_jobs_are_the_jobs_search_for_the_family_within_one_level(client, backend):
    body = client.get(API, INFOSEC).json()
    url = body["jobs"]["search_url"]
    query = parse_qs(urlsplit(url).query)
    assert query == {"role_family": ["cybersecurity"], "seniority": ["lead", "mid", "senior"]}
    everything = client.get("/api/v1/jobs/", {**query, "page_size": 100}).json()
    assert body["jobs"]["total"] == everything["total"]
    assert {job["id"] for job in body["jobs"]["results"]} == {
        job["id"] for job in everything["results"]
    }
    own_level = client.get(
        "/api/v1/jobs/", {"role_family": "cybersecurity", "seniority": "senior"}
    ).json()
    first = [job["id"] for job in body["jobs"]["results"][: own_level["total"]]]
    assert first == [job["id"] for job in own_level["results"]]  # best fits first


# The page ---------------------------------------------------------------------------------------


def test_the_page_shows_a_short_form_before_anything_is_entered(client):
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Occupational series", "Grade", "Position title", "Your duties (optional)"):
        assert label in html
    assert '<datalist id="series-list">' in html
    assert '<option value="2210">2210 Information Technology Management</option>' in html
    assert 'id="result"' not in html


def test_the_infosec_gs12_result_works_without_javascript(client, demo):
    response = client.get(PAGE, INFOSEC)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your work matches Cybersecurity &amp; Privacy at the “Senior” level" in html
    assert 'href="/guides/cybersecurity/"' in html
    assert "$104,349 to $135,657" in html
    for title in ("Information Technology Specialist II", "Information Systems Analyst II",
                  "Systems Administrator (formerly Systems Programmer)"):  # fmt: skip
        assert escape(title) in html
    assert "Departmental Information Security Officer II" in html  # a live County job too
    assert html.count('class="job-card"') >= 1
    assert "What to do this week" in html
    assert "<script" not in html[html.index('id="result"') :]


def row_of(html: str, title: str) -> str:
    """The comparison table's row for a job class, from its <tr> to its </tr>."""
    at = html.index(escape(title))
    return html[html.rindex("<tr", 0, at) : html.index("</tr>", at)]


@pytest.mark.parametrize(
    ("params", "county", "city"),
    [
        (
            {"series": "2210", "grade": "GS-14", "title": "IT Specialist (ENTARCH)"},
            "Principal Information Systems Analyst",
            "Senior Systems Analyst II",
        ),
        (
            {"series": "2210", "grade": "GS-13", "title": "IT Project Manager"},
            "Senior Information Systems Analyst",
            "Senior Systems Analyst I",
        ),
        (
            {"series": "0301", "grade": "GS-13", "title": "Customer Experience Strategist"},
            "Information Systems Analyst II",
            "Senior Systems Analyst I",
        ),
    ],
)
def test_architects_project_managers_and_designers_see_county_and_city_classes(
    client, params, county, city
):
    html = client.get(PAGE, params).content.decode()
    assert "County of Los Angeles" in row_of(html, county)
    assert "City of Los Angeles" in row_of(html, city)
    for title in (county, city):
        assert "Not confirmed" in row_of(html, title)  # no published pay found: blank, said so
    assert 'id="hire-county-of-los-angeles"' in html
    assert 'id="hire-city-of-los-angeles"' in html


def test_county_pay_found_in_a_county_listing_is_shown_with_its_date(client):
    html = client.get(PAGE, {"series": "2210", "grade": "GS-7", "title": "IT Specialist (DATAMGT)"})
    row = row_of(html.content.decode(), "Geographic Information Systems Technician")
    assert "County of Los Angeles" in row
    assert "(class 4411)" in row
    assert "$56,852 to $70,629" in row
    assert "August 1, 2012" in row


# Issue #28: public education, with each employer's hiring.
def test_a_gs12_it_specialist_sees_university_and_school_district_classes(client):
    html = client.get(PAGE, {"series": "2210", "grade": "GS-12", "title": "IT Specialist"})
    html = html.content.decode()
    ucla = row_of(html, "Systems Administrator 3 TX")
    assert '<th scope="row">Public education<span' in ucla
    assert "University of California, Los Angeles (UCLA)" in ucla
    assert "(class 4699)" in ucla
    assert "Not confirmed" in ucla  # UCLA's range for the grade was not found
    lausd = row_of(html, "Network Engineer")
    assert "Los Angeles Unified School District" in lausd
    assert "Nearest level this employer has: Mid-level" in lausd
    assert "Title not yet checked against the employer" in lausd
    assert 'href="#hire-los-angeles-unified-school-district"' in lausd
    hiring = html[html.index('id="hire-los-angeles-unified-school-district"') :]
    assert "merit system run by its Personnel" in hiring[: hiring.index("</div>")]
    assert "eligibility list by score" in hiring[: hiring.index("</div>")]
    ucla_hiring = html[html.index('id="hire-university-of-california-los-angeles-ucla"') :]
    assert "open recruitment" in ucla_hiring[: ucla_hiring.index("</div>")]


def test_a_help_desk_specialist_sees_the_csu_range_under_public_education_in_spanish(client):
    params = {"series": "2210", "grade": "GS-7", "title": "IT Specialist (CUSTSPT)"}
    row = row_of(client.get(PAGE, params).content.decode(), "Technology Support Specialist I")
    assert "Public education" in row
    assert "California State University" in row
    assert "$55,140 to $80,328" in row
    assert "September 2026" in row
    html = client.get("/es/from-federal/", params).content.decode()
    row = row_of(html, "Technology Support Specialist I")
    assert "Educación pública" in row
    assert "Universidad Estatal de California (CSU)" in row
    assert "<dt>Universidad Estatal de California (CSU)</dt>" in html
    assert "no hay examen del servicio civil ni lista de elegibles" in html


def test_the_education_migration_adds_what_is_missing_and_keeps_organizers_edits():
    migration = importlib.import_module("pathways.migrations.0007_education_classes")
    edited = LocalClass.objects.get(title="Administrator II")
    edited.pay_min, edited.pay_max = 90_000, 150_000
    edited.save()
    blanked = LocalClass.objects.get(title="Technology Support Specialist I")
    blanked.pay_min = blanked.pay_max = None
    blanked.save()
    reworded = LocalEmployerTranslation.objects.get(
        name="Distrito Escolar Unificado de Los Ángeles (LAUSD)"
    )
    reworded.how_they_hire = "Texto de los organizadores."
    reworded.save()
    LocalEmployer.objects.filter(name="University of California, Los Angeles (UCLA)").delete()

    migration.update(django_apps, None)
    edited.refresh_from_db()
    assert (edited.pay_min, edited.pay_max) == (90_000, 150_000)
    blanked.refresh_from_db()
    assert (blanked.pay_min, blanked.pay_max) == (55_140, 80_328)
    reworded.refresh_from_db()
    assert reworded.how_they_hire == "Texto de los organizadores."
    ucla = LocalEmployer.objects.get(name="University of California, Los Angeles (UCLA)")
    assert ucla.government_level == "education"
    assert ucla.classes.get(title="Applications Programmer 3").class_code == "7300"
    assert ucla.translations.get(language="es").name.startswith("Universidad de California")
    assert update_local_classes(django_apps) == 0


def test_the_url_is_the_whole_state_and_can_be_shared_and_printed(client, demo):
    html = client.get(PAGE, INFOSEC).content.decode()
    shared = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert parse_qs(urlsplit(shared.replace("&amp;", "&")).query) == {
        "series": ["2210"], "grade": ["GS-12"], "title": ["IT Specialist (INFOSEC)"],
    }  # fmt: skip
    again = client.get(shared.replace("&amp;", "&")).content.decode()
    assert "Your work matches Cybersecurity &amp; Privacy" in again
    printable = re.search(r'href="\?([^"]+view=print)"', html).group(1).replace("&amp;", "&")
    printed = client.get(f"{PAGE}?{printable}").content.decode()
    assert "Your work matches Cybersecurity &amp; Privacy" in printed
    assert 'class="federal-form"' not in printed
    assert "Your position: 2210 Information Technology Management, GS-12" in printed


def test_form_errors_are_shown_next_to_the_field_and_keep_what_was_typed(client):
    response = client.get(PAGE, {"series": "221", "grade": "GS-12", "title": "IT Specialist"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="form-errors"' in html
    assert "A series has four digits, such as 2210 or 0854, not 221. Write it as 0221." in html
    assert 'value="221"' in html
    assert 'value="IT Specialist"' in html
    bad_grade = client.get(PAGE, {"series": "2210", "grade": "WG-10"}).content.decode()
    assert 'id="id_grade-error"' in bad_grade


def test_the_home_page_and_the_layoff_page_link_to_the_tool(client, demo):
    assert 'href="/from-federal/"' in client.get("/").content.decode()
    layoff = client.get("/after-a-federal-layoff/").content.decode()
    assert 'href="/from-federal/"' in layoff


def test_the_tool_is_in_the_menu_and_the_site_map(client):
    assert (
        '<a href="/from-federal/">From federal service</a>' in client.get("/jobs/").content.decode()
    )
    assert "/from-federal/</loc>" in whole_sitemap(client)


CAREER_TRANSITION_SEARCH = "/jobs/?government_level=federal&amp;hiring_path=fed-transition"


def test_the_layoff_page_explains_ctap_and_ictap_with_sources_and_links_the_jobs(client, demo):
    layoff = client.get("/after-a-federal-layoff/").content.decode()
    assert "Priority for federal jobs: CTAP and ICTAP" in layoff
    for words in ("local commuting area", "Well-qualified", "SF-50", "RIF separation notice"):
        assert words in layoff
    assert f'href="{CAREER_TRANSITION_SEARCH}"' in layoff
    assert "part-330/subpart-F" in layoff
    assert "part-330/subpart-G" in layoff
    assert "employee-guide-to-career-transition" in layoff
    spanish = client.get("/es/after-a-federal-layoff/").content.decode()
    assert "Prioridad para empleos federales: CTAP e ICTAP" in spanish
    assert f'href="/es{CAREER_TRANSITION_SEARCH}"' in spanish
    # The search it links to: federal jobs open to career-transition applicants, which an
    # alert can follow (the sign-up form carries the same search).
    jobs = client.get(CAREER_TRANSITION_SEARCH.replace("&amp;", "&")).content.decode()
    assert 'value="fed-transition" id="f-hiring_path-fed-transition" checked' in jobs
    assert "government_level=federal&amp;hiring_path=fed-transition" in jobs
    assert "IT Specialist (Application Software)" in jobs  # open to CTAP/ICTAP
    assert "Student Trainee" not in jobs  # open to students and graduates only


def test_the_tools_result_explains_career_transition_priority(client, demo):
    page = client.get("/from-federal/?series=2210&grade=12").content.decode()
    assert "Priority for federal jobs: CTAP and ICTAP" in page
    assert "at or below your grade" in page
    assert "well-qualified" in page
    assert f'href="{CAREER_TRANSITION_SEARCH}"' in page
    assert "https://www.ecfr.gov/current/title-5/chapter-I/subchapter-B/part-330/subpart-G" in page
    spanish = client.get("/es/from-federal/?series=2210&grade=12").content.decode()
    assert "zona de desplazamiento local" in spanish
    assert f'href="/es{CAREER_TRANSITION_SEARCH}"' in spanish
