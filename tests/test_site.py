"""The site serves a real home page and the admin out of the box."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_is_served_at_the_root(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Public Tech Pathways</h1>" in html
    assert 'action="/jobs/"' in html
    assert '<html lang="en">' in html


def test_wagtail_admin_asks_anonymous_visitors_to_sign_in(client):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/admin/login/")


def test_django_admin_is_mounted_apart_from_wagtail(client):
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/django-admin/login/")


def test_organizers_can_edit_the_taxonomy_as_snippets(admin_client):
    response = admin_client.get("/admin/snippets/jobboard/rolefamily/")
    assert response.status_code == 200
    assert "Cybersecurity &amp; Privacy" in response.content.decode()
