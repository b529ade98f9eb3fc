"""Rate limits hold in production: counted in a table every worker shares, per client address
as the trusted proxies report it, on sign-in, sign-up, password reset, posting and the
moderators' emails."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.db import connection

from config.settings.env import caches_from_env
from jobboard import limits
from postings import services as submissions
from tests.factories import EmployerFactory, SubmissionFactory, moderator

pytestmark = pytest.mark.django_db

PASSWORD = "seven correct horses"


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_limits_live_in_a_table_every_worker_shares():
    """In the database (a table every process reads), whatever CACHE_URL says: never a
    process's own memory, nor a cache that may evict a count to make room for others."""
    with pytest.raises(ValueError, match="CACHE_URL"):
        caches_from_env("memcached://x")
    limits.count("sign-up-address", "203.0.113.9", per=3600)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM jobboard_ratecounter")
        assert cursor.fetchone()[0] == 1


def failed_sign_in(client, username, address="203.0.113.5", forwarded=""):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(
        "/employers/login/", {"username": username, "password": "wrong guess"}, **extra
    )


def test_sign_in_stops_after_ten_failures_for_an_account_even_with_the_right_password(client):
    user = EmployerFactory()
    user.set_password(PASSWORD)
    user.save()
    for attempt in range(10):
        failed_sign_in(client, user.username, address=f"198.51.100.{attempt}")
    response = client.post("/employers/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    assert "Too many unsuccessful sign-ins" in response.content.decode()
    other = EmployerFactory()
    other.set_password(PASSWORD)
    other.save()
    assert (
        client.post("/employers/login/", {"username": other.username, "password": PASSWORD})
    ).status_code == 302  # other accounts are not locked


def test_the_wagtail_admin_sign_in_is_limited_too(client):
    reviewer = moderator()
    for attempt in range(10):
        client.post(
            "/admin/login/",
            {"username": reviewer.username, "password": "wrong"},
            REMOTE_ADDR=f"198.51.100.{attempt}",
        )
    response = client.post("/admin/login/", {"username": reviewer.username, "password": "x"})
    assert "Too many unsuccessful sign-ins" in response.content.decode()


def test_a_forged_forwarded_header_is_ignored_without_trusted_proxies(client, settings):
    settings.TRUSTED_PROXIES = 0
    for attempt in range(50):
        failed_sign_in(client, f"guess{attempt}@example.org", forwarded=f"192.0.2.{attempt}")
    response = failed_sign_in(client, "another@example.org", forwarded="192.0.2.200")
    assert "Too many unsuccessful sign-ins" in response.content.decode()


def test_behind_a_trusted_proxy_each_client_is_counted_by_its_own_address(client, settings):
    """One proxy: everyone arrives from its address, and the client's is the last entry of
    X-Forwarded-For (anything before it may be forged by the client)."""
    settings.TRUSTED_PROXIES = 1
    proxy = "10.0.0.2"
    for attempt in range(50):
        failed_sign_in(
            client, f"guess{attempt}@example.org", address=proxy, forwarded="203.0.113.66"
        )
    blocked = failed_sign_in(
        client, "x@example.org", address=proxy, forwarded="192.0.2.1, 203.0.113.66"
    )
    assert "Too many unsuccessful sign-ins" in blocked.content.decode()
    other_client = failed_sign_in(client, "y@example.org", address=proxy, forwarded="203.0.113.7")
    assert "Too many unsuccessful sign-ins" not in other_client.content.decode()


def sign_up(client, email, address="203.0.113.20"):
    return client.post(
        "/employers/signup/",
        {
            "email": email,
            "password": PASSWORD,
            "organisation": "City of Pasadena",
            "government_level": "city",
            "website": "",
        },
        REMOTE_ADDR=address,
    )


def test_sign_ups_are_limited_per_email_and_per_address(client, commits):
    for attempt in range(3):
        with commits():
            assert (
                sign_up(client, "maria@pasadena.example.gov", f"198.51.100.{attempt}").status_code
                == 200
            )
    refused = sign_up(client, "maria@pasadena.example.gov", "198.51.100.99")
    assert refused.status_code == 429
    assert "Too many sign-ups" in refused.content.decode()
    assert len(mail.outbox) == 3
    for attempt in range(10):
        sign_up(client, f"person{attempt}@example.org", "203.0.113.30")
    assert sign_up(client, "late@example.org", "203.0.113.30").status_code == 429
    assert not User.objects.filter(username="late@example.org").exists()


def test_password_reset_emails_are_limited_without_saying_so(client, commits):
    user = EmployerFactory()
    for attempt in range(5):
        with commits():
            response = client.post(
                "/employers/password-reset/",
                {"email": user.email},
                REMOTE_ADDR=f"198.51.100.{attempt}",
            )
        assert response.status_code == 302  # "we sent you a link", every time
    assert len(mail.outbox) == 3


def test_moderators_get_one_email_per_posting_an_hour_however_often_it_is_resubmitted(commits):
    moderator()
    posting = SubmissionFactory()
    for _ in range(3):
        with commits():
            submissions.submit(submission=posting, by=posting.owner)
    assert len([m for m in mail.outbox if "New posting to review" in m.subject]) == 1
