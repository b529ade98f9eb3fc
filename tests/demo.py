"""The demo content for tests, loaded once and restored cheaply.

Loading the demo goes through the real ingest and builds every CMS page: seconds of work that
most suites only read. Two ways to pay it once:

- ``demo_for_module(...)`` makes a fixture that loads the demo once for a whole test module and
  gives the database back exactly as it was when the module ends. Each test still runs inside
  its own transaction (``db``), so what a test changes is rolled back before the next one.
- ``DemoDatabase`` keeps a copy of a database holding the demo and copies it back before each
  test that needs to commit (browser tests behind the live server), instead of loading again.

Both copy the database with SQLite's online backup API, which copies pages, not rows, in a few
milliseconds. On another database (the PostgreSQL pass) there is no such copy: the fixture
falls back to loading the demo inside each test's transaction, as before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine

from tests.clock import DEMO_TODAY, on_demo_day


def _on_sqlite() -> bool:
    """Whether the test database is SQLite (decided from the environment, before Django loads,
    because fixture scopes are decided at collection)."""
    url = os.environ.get("DATABASE_URL", "")
    return not url or url.startswith("sqlite")


class DatabaseCopy:
    """A copy of the default SQLite database in memory, taken and put back whole."""

    def __init__(self) -> None:
        from django.db import connection

        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def restore(self) -> None:
        """Put the database back as it was when the copy was taken (every table and sequence;
        other connections, such as the live server's, see it at their next read)."""
        from django.db import connection

        connection.ensure_connection()
        self.copy.backup(connection.connection)


def load_demo(
    *,
    jobs: bool = True,
    pages: bool = True,
    extra: Callable[[], Any] | None = None,
    clock: Callable[[], Any] = on_demo_day,
):
    """Load the demo content on the demo day's clock, then anything a suite adds to it; returns
    what ``extra`` returns."""
    from config.demo import load_demo_content

    with clock():
        for _ in load_demo_content(jobs=jobs, pages=pages):
            pass
        return extra() if extra is not None else None


def an_hour_before_the_demo_day() -> time_machine.travel:
    """The clock a module's demo is loaded on: each test's clock starts at the demo day (see
    tests/clock.py), so what the module loaded is already there, never newer than the test's
    own rows, as when each test loaded it first."""
    return time_machine.travel(DEMO_TODAY - timedelta(hours=1), tick=True)


def demo_for_module(
    *, jobs: bool = True, pages: bool = True, extra: Callable[[], Any] | None = None
):
    """A fixture that makes the demo content (and what ``extra`` creates, its value) visible to
    every test that asks for it, loaded once per module on SQLite and once per test elsewhere.
    Every test of a module that uses it must be a plain ``django_db`` test (not transactional):
    its changes are rolled back, the demo stays."""

    @pytest.fixture(scope=lambda fixture_name, config: "module" if _on_sqlite() else "function")
    def demo(request, django_db_setup, django_db_blocker):
        if request.scope == "function":
            request.getfixturevalue("db")
            yield load_demo(jobs=jobs, pages=pages, extra=extra)
            return
        with django_db_blocker.unblock():
            before = DatabaseCopy()
            value = load_demo(
                jobs=jobs, pages=pages, extra=extra, clock=an_hour_before_the_demo_day
            )
        yield value
        with django_db_blocker.unblock():
            before.restore()

    return demo


class DemoDatabase:
    """The whole demo in a database copy, made on first use and put back before each test that
    asks (``restore``); on another database than SQLite each test loads the demo itself."""

    def __init__(self) -> None:
        self.copy: DatabaseCopy | None = None

    def restore(self) -> None:
        if not _on_sqlite():
            load_demo()
            return
        if self.copy is None:
            load_demo()
            self.copy = DatabaseCopy()
        else:
            self.copy.restore()
