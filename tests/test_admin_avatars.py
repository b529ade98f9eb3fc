"""The Wagtail admin draws every user's avatar from this site (an uploaded picture, else
Wagtail's default image), never from Gravatar: the servers cannot reach it, the content
security policy forbids it, and it would tell an outside service who works in the admin."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/admin/", "/admin/users/", "/admin/account/"])
def test_the_admin_shows_the_local_default_avatar_not_gravatar(admin_client, path):
    response = admin_client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "gravatar" not in html.lower()
    assert "wagtailadmin/images/default-user-avatar.png" in html
