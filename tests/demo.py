"""The demo content for tests, loaded once and restored cheaply.

Loading the demo goes through the real ingest and builds every CMS page: seconds of work that
most suites only read. Two ways to pay it once:

- ``demo_for_module(...)`` makes a fixture that loads the demo once for a whole test module and
  gives the database back exactly as it was when the module ends. Each test still runs inside
  its own transaction (``db``), so what a test changes is rolled back before the next one.
- ``DemoDatabase`` keeps a copy of a database holding the demo and copies it back before each
  test that needs to commit (browser tests behind the live server), instead of loading again.

Both copy the whole database in one step (see ``DatabaseCopy``), on SQLite and on PostgreSQL;
browser tests run on SQLite only, and elsewhere ``DemoDatabase`` loads the demo for each test.
"""

from __future__ import annotations

import itertools
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
    """A whole copy of the default database, taken and put back in one step: on SQLite with its
    online backup API (pages, not rows, into memory), on PostgreSQL as a database made from the
    test database as its template (a file copy on the server)."""

    def __init__(self) -> None:
        from django.db import connection

        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            connection.ensure_connection()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
        else:
            self.name = connection.settings_dict["NAME"]
            self.copy_name = f"{self.name}_copy_{next(_COPIES)}"
            _server(f'DROP DATABASE IF EXISTS "{self.copy_name}"')
            _server(f'CREATE DATABASE "{self.copy_name}" TEMPLATE "{self.name}"')

    def restore(self) -> None:
        """Put the database back as it was when the copy was taken (every table and sequence;
        other connections, such as the live server's, see it at their next read)."""
        from django.db import connection

        if self.vendor == "sqlite":
            connection.ensure_connection()
            self.copy.backup(connection.connection)
            return
        _server(f'DROP DATABASE "{self.name}" WITH (FORCE)')
        _server(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.copy_name}"')

    def discard(self) -> None:
        """Free the copy (a database of its own on PostgreSQL)."""
        if self.vendor == "sqlite":
            self.copy.close()
        else:
            _server(f'DROP DATABASE IF EXISTS "{self.copy_name}"')


_COPIES = itertools.count(1)


def _server(sql: str) -> None:
    """Run one statement on the PostgreSQL server outside the test database (which must have
    no connection for a template copy: Django's is closed and reopens at its next query)."""
    from django.db import connection

    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(sql)


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
    every test that asks for it, loaded once per module.
    Every test of a module that uses it must be a plain ``django_db`` test (not transactional):
    its changes are rolled back, the demo stays."""

    @pytest.fixture(scope="module")
    def demo(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            before = DatabaseCopy()
            value = load_demo(
                jobs=jobs, pages=pages, extra=extra, clock=an_hour_before_the_demo_day
            )
        yield value
        with django_db_blocker.unblock():
            before.restore()
            before.discard()

    return demo


class DemoDatabase:
    """The whole demo in a database copy, made on first use and put back before each test that
    asks (``restore``); on another database than SQLite (where browser tests do not run, and a
    copy put back would cut the live server's connection) each test loads the demo itself."""

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
