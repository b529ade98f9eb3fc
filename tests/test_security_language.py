"""Languages and security (issue 27, M2 and L6): every language redirect (the switcher, the
remembered choice, a 404's English page) stays on this site however its address is encoded,
and the API's language is chosen by ``lang=`` and Accept-Language, never by the switcher's
cookie, so a shared cache keyed on Accept-Language serves each reader their language."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings

from config import languages
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

# ``next`` values as the switcher receives them (after the query string's own decoding).
HOSTILE_NEXT = [
    "https://evil.example/phish",
    "http://testserver@evil.example/jobs/",
    "//evil.example/jobs/",
    "///evil.example/jobs/",
    "/%2F%2Fevil.example/jobs/",  # single-encoded slashes
    "%2F%2Fevil.example/jobs/",
    "/%2F/evil.example/jobs/",
    "/%252F%252Fevil.example/jobs/",  # double-encoded
    "%252F%252Fevil.example",
    "/%25252F%25252Fevil.example/jobs/",  # triple-encoded
    "%2525252F%2525252Fevil.example",  # four times
    "\\\\evil.example/jobs/",
    "/\\evil.example/jobs/",
    "/%5Cevil.example/jobs/",
    "/%255Cevil.example/jobs/",
    "\\/evil.example/jobs/",
    "/\t/evil.example/jobs/",
    "/\n/evil.example/jobs/",
    "/%09/evil.example/jobs/",
    "/%0A/evil.example/jobs/",
    "\t//evil.example/jobs/",
    " //evil.example/jobs/",
    "https:evil.example",
    "http:/evil.example/jobs/",
    "javascript:alert(1)",
    "evil.example/jobs/",
]

# Paths a browser might ask for (as the server decodes them, PATH_INFO) that must not make the
# remembered choice redirect off the site.
HOSTILE_PATHS = [
    "//evil.example/jobs/",  # the request for /%2F%2Fevil.example/jobs/ or //evil.example/jobs/
    "///evil.example/jobs/",
    "/%2F%2Fevil.example/jobs/",  # the request for /%252F%252Fevil.example/jobs/
    "/%252F%252Fevil.example/jobs/",
    "/\\evil.example/jobs/",
    "/%5Cevil.example/jobs/",
    "/\t/evil.example/jobs/",
]


def stays_on_site(location: str) -> bool:
    """A Location a browser resolves to this site, however many times it decodes it."""
    for _ in range(5):
        parts = urlsplit(location)
        if (
            parts.scheme
            or parts.netloc
            or not location.startswith("/")
            or location.startswith("//")
            or "\\" in location
            or any(char in location for char in "\t\n\r")
        ):
            return False
        location = unquote(location)
    return True


@pytest.fixture
def job():
    return OpenJobFactory(title="Data Analyst")


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_the_switcher_sends_a_hostile_next_home_on_this_site(client, target):
    response = client.get("/language/es/", {"next": target})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "es"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_the_switcher_then_the_remembered_choice_never_leave_the_site(client, job, target):
    """The whole attack: the switcher's redirect, then each redirect the remembered choice
    makes on the way, followed as a browser would."""
    response = client.get("/language/es/", {"next": target})
    for _ in range(3):
        location = response["Location"]
        assert stays_on_site(location), location
        response = client.get(location)
        if response.status_code not in (301, 302):
            break


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_the_remembered_choice_never_redirects_off_the_site(client, job, path):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = client.get("/jobs/", PATH_INFO=path)
    if response.status_code in (301, 302):
        assert stays_on_site(response["Location"]), response["Location"]
    assert "evil.example" not in response.get("Location", "")


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_page_at_a_hostile_path_links_to_no_other_host(client, job, path):
    """The head's hreflang links and the switcher are built from the same path."""
    html = client.get("/jobs/", PATH_INFO=path).content.decode()
    assert "evil.example" not in html


@pytest.mark.parametrize("path", ["/es//evil.example/jobs/", "/es/%2F%2Fevil.example/jobs/"])
def test_a_missing_spanish_page_never_sends_its_reader_off_the_site(client, path):
    response = client.get("/jobs/", PATH_INFO=path)
    assert "evil.example" not in response.get("Location", "")


@pytest.mark.parametrize(
    ("target", "location"),
    [
        ("/jobs/", "/es/jobs/"),
        ("/jobs/?q=data+analyst&remote=onsite", "/es/jobs/?q=data+analyst&remote=onsite"),
        ("/jobs/?q=100%25+remote", "/es/jobs/?q=100%25+remote"),
        ("/jobs/?q=%2F%2Fnot-a-host", "/es/jobs/?q=%2F%2Fnot-a-host"),
        ("/insights/", "/es/insights/"),
    ],
)
def test_the_switcher_still_keeps_a_page_and_its_query(client, job, target, location):
    assert client.get("/language/es/", {"next": target})["Location"] == location


def test_the_remembered_choice_still_keeps_the_query(client, job):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = client.get("/jobs/?q=data+analyst&page=1")
    assert response.status_code == 302
    assert response["Location"] == "/es/jobs/?q=data+analyst&page=1"


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("/", True),
        ("/es/jobs/?q=a%2Fb", True),
        ("/guides/software-engineering/", True),
        ("/jobs/?q=C%5C%5C", True),  # a backslash in the query is only a search
        ("//evil.example", False),
        ("/%2F%2Fevil.example", False),
        ("/%252F%252Fevil.example", False),
        ("/%25252F%25252Fevil.example", False),
        ("/%5C%5Cevil.example", False),
        ("/\\evil.example", False),
        ("/\x0b/evil.example", False),
        ("https://testserver/", False),
        ("jobs/", False),
        ("", False),
    ],
)
def test_a_site_path_is_one_path_of_this_site_however_it_is_encoded(url, local):
    assert languages.is_site_path(url) is local


# L6: the API's language -------------------------------------------------------------------------


API_ENDPOINTS = [
    "/api/v1/jobs/",
    "/api/v1/pathways/federal/?series=2210&grade=12",
    "/api/v1/insights/",
]


@pytest.mark.parametrize("url", API_ENDPOINTS)
def test_the_api_ignores_the_language_cookie(client, job, url):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert "Cookie" not in response.get("Vary", "")
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("url", API_ENDPOINTS)
def test_the_api_answers_in_the_accept_language_or_lang(client, job, url):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert client.get(url, headers={"Accept-Language": "es"})["Content-Language"] == "es"
    joiner = "&" if "?" in url else "?"
    assert client.get(f"{url}{joiner}lang=es")["Content-Language"] == "es"


def test_the_jobs_api_labels_with_only_a_cookie_set_are_english(client, job):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    english = client.get("/api/v1/jobs/").json()["facets"]
    assert english == client.get("/api/v1/jobs/?lang=en").json()["facets"]
    assert english != client.get("/api/v1/jobs/?lang=es").json()["facets"]


def test_the_insights_api_names_with_only_a_cookie_set_are_english(client, job):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    english = client.get("/api/v1/insights/").json()["by_seniority"]
    assert english == client.get("/api/v1/insights/?lang=en").json()["by_seniority"]
    assert english != client.get("/api/v1/insights/?lang=es").json()["by_seniority"]


def test_the_api_errors_ignore_the_language_cookie(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    english = client.get("/api/v1/jobs/?sort=bogus").json()["error"]
    assert english == client.get("/api/v1/jobs/?sort=bogus&lang=en").json()["error"]
    spanish = client.get("/api/v1/jobs/?sort=bogus", headers={"Accept-Language": "es"})
    assert spanish.json()["error"] != english
