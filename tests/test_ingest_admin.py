"""Operators manage sources in the Django admin; only web addresses can be saved there."""

import pytest

from jobboard.models import Source

pytestmark = pytest.mark.django_db


def source_form(**changes) -> dict:
    return {
        "name": "County feed",
        "slug": "county-feed",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacounty",
        "agency_default": "County of Los Angeles",
        "enabled": "on",
        **changes,
    }


@pytest.mark.parametrize("url", ["/etc/passwd", "file:///etc/passwd", "ftp://example.org/x"])
def test_a_source_with_a_file_path_or_other_scheme_is_refused_in_the_admin(admin_client, url):
    response = admin_client.post("/django-admin/jobboard/source/add/", source_form(url=url))
    assert response.status_code == 200
    assert "Enter a web address starting with http:// or https://" in response.content.decode()
    assert not Source.objects.filter(slug="county-feed").exists()


def test_a_source_with_a_web_address_is_saved_in_the_admin(admin_client):
    response = admin_client.post("/django-admin/jobboard/source/add/", source_form())
    assert response.status_code == 302
    assert Source.objects.get(slug="county-feed").url.startswith("https://")
