"""Rate limits hold as they read (issue 27, M3): a count keeps its own window however the
store it lives in expires things, no number of other keys in the shared caches can cull it,
an IPv6 client is one bucket per /64 (the allocation one subscriber may use at will), and
concurrent events never count past a limit."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from jobboard import limits
from tests.factories import EmployerFactory

PASSWORD = "seven correct horses"


def later(seconds: int) -> time_machine.travel:
    """The clock ``seconds`` from now, standing still."""
    return time_machine.travel(timezone.now() + timedelta(seconds=seconds), tick=False)


def request_from(address: str):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def sign_in(client, username: str, password: str, address: str = "203.0.113.5"):
    return client.post(
        "/employers/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def locked_out(response) -> bool:
    return "Too many unsuccessful sign-ins" in response.content.decode()


@pytest.fixture
def employer():
    user = EmployerFactory()
    user.set_password(PASSWORD)
    user.save()
    return user


# A count keeps its own window ----------------------------------------------------------------


@pytest.mark.django_db
def test_an_hourly_limit_still_blocks_after_five_minutes_and_resets_after_the_hour():
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(3):
            assert limits.allow("sign-up-address", "203.0.113.9", limit=3, per=limits.HOUR)
        assert not limits.allow("sign-up-address", "203.0.113.9", limit=3, per=limits.HOUR)
        clock.shift(301)
        assert not limits.allow("sign-up-address", "203.0.113.9", limit=3, per=limits.HOUR)
        assert limits.exceeded("sign-up-address", "203.0.113.9", limit=3)
        clock.shift(limits.HOUR - 301 + 1)  # the window began with the first event
        assert not limits.exceeded("sign-up-address", "203.0.113.9", limit=3)
        assert limits.allow("sign-up-address", "203.0.113.9", limit=3, per=limits.HOUR)


@pytest.mark.django_db
def test_a_sign_in_lockout_lasts_its_fifteen_minutes_not_five(client, employer):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for attempt in range(10):
            sign_in(client, employer.username, "wrong guess", f"198.51.100.{attempt}")
        clock.shift(301)
        assert locked_out(sign_in(client, employer.username, PASSWORD))
        clock.shift(limits.FIFTEEN_MINUTES - 301 + 1)
        assert sign_in(client, employer.username, PASSWORD).status_code == 302


# No other key can cull a count ----------------------------------------------------------------


@pytest.mark.django_db
def test_ten_thousand_filler_cache_entries_do_not_lift_a_sign_in_lockout(client, employer):
    for attempt in range(10):
        sign_in(client, employer.username, "wrong guess", f"198.51.100.{attempt}")
    assert locked_out(sign_in(client, employer.username, PASSWORD))
    filler = {f"filler-{n}": n for n in range(10_000)}
    caches["shared"].set_many(filler, 3600)
    caches["default"].set_many(filler, 3600)
    assert locked_out(sign_in(client, employer.username, PASSWORD))
    assert limits.exceeded("sign-in-account", employer.username, limit=10)


@pytest.mark.django_db
def test_counts_are_rows_of_their_own_table_not_cache_entries():
    """Kept apart from every cache (a cache may evict; Redis under an LRU policy too)."""
    limits.count("sign-up-address", "203.0.113.9", per=limits.HOUR)
    caches["shared"].clear()
    assert limits.exceeded("sign-up-address", "203.0.113.9", limit=1)


@pytest.mark.django_db
def test_windows_that_ended_are_purged_as_new_events_are_counted(
    django_capture_on_commit_callbacks,
):
    """Once the counting transaction has committed (never while it holds a row)."""
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for n in range(5):
            limits.count("sign-up-email", f"person{n}@example.org", per=limits.HOUR)
        clock.shift(limits.HOUR + 1)
        with django_capture_on_commit_callbacks(execute=True):
            limits.count("sign-up-email", "late@example.org", per=limits.HOUR)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM jobboard_ratecounter")
        assert cursor.fetchone()[0] == 1


# One bucket per IPv6 /64 ----------------------------------------------------------------------


def test_two_addresses_in_one_ipv6_slash_64_share_a_bucket_and_other_networks_do_not():
    one = limits.client_address(request_from("2001:db8:1:2::1"))
    assert one == limits.client_address(request_from("2001:db8:1:2:ffff:ffff:ffff:fffe"))
    assert one != limits.client_address(request_from("2001:db8:1:3::1"))
    assert limits.client_address(request_from("203.0.113.5")) != limits.client_address(
        request_from("203.0.113.6")
    )


def test_an_ipv4_mapped_ipv6_address_counts_as_its_ipv4_address():
    assert limits.client_address(request_from("::ffff:203.0.113.5")) == limits.client_address(
        request_from("203.0.113.5")
    )


@pytest.mark.django_db
def test_a_client_cycling_through_its_slash_64_is_still_locked_out(client):
    for attempt in range(50):
        sign_in(client, f"guess{attempt}@example.org", "wrong", f"2001:db8:1:2::{attempt + 1:x}")
    assert locked_out(sign_in(client, "another@example.org", "wrong", "2001:db8:1:2::beef"))
    assert not locked_out(sign_in(client, "another@example.org", "wrong", "2001:db8:1:3::1"))


# Concurrent events never count past a limit ---------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_events_never_get_past_the_limit():
    """Twelve workers, five events each, a limit of twenty: exactly twenty are allowed and
    the count is exact (a read-then-write count would lose increments and allow more)."""
    workers, each, limit = 12, 5, 20
    allowed: list[bool] = []
    start = threading.Barrier(workers)
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            start.wait()
            for _ in range(each):
                allowed.append(limits.allow("sign-up-address", "203.0.113.77", limit=limit))
        except Exception as error:  # the main thread reports it
            failures.append(error)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert allowed.count(True) == limit
    assert limits.count("sign-up-address", "203.0.113.77", per=limits.HOUR) == workers * each + 1
