"""Ingest's counts are listed once (``ingest.upsert.UpsertCounts``): the command's lines and
its ``--json`` object (the contract in docs/architecture.md), the background task's result and
the ``IngestRun`` record all give every count, under the same names, with the same values."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from ingest.tasks import ingest_source_task
from ingest.upsert import COUNT_NAMES
from jobboard.models import IngestRun, Source
from tests.factories import greenhouse_board, greenhouse_job

pytestmark = pytest.mark.django_db
CONTRACT_KEYS = ["created", "updated", "unchanged", "closed", "skipped", "errors"]


@pytest.fixture
def twin_sources(tmp_path):
    """Two boards of one employer carrying the same opening: the second read merges it."""
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(
        greenhouse_board(greenhouse_job(77, "Data Engineer"), greenhouse_job(78, "Web Developer"))
    )
    two.write_bytes(
        greenhouse_board(
            greenhouse_job(77, "Data Engineer", content="<p>Other words.</p>", url="https://m/77")
        )
    )
    for slug, path in (("one", one), ("two", two)):
        Source.objects.create(
            slug=slug, name=slug, format="greenhouse", url=str(path), agency_default="Civic Works"
        )
    return one, two


def ingest(*args: str) -> str:
    out = io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_ingest_json_gives_every_count_in_order_beside_the_contracts_keys(twin_sources):
    report = json.loads(ingest("one", "two", "--json"))
    assert set(CONTRACT_KEYS) <= set(report)
    assert [key for key in report if key in COUNT_NAMES] == list(COUNT_NAMES)
    assert {name: report[name] for name in COUNT_NAMES} == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "merged": 1,
        "closed": 0,
        "skipped": 0,
    }


def test_each_run_records_every_count_the_command_reported(twin_sources):
    report = json.loads(ingest("one", "two", "--json"))
    runs = [IngestRun.objects.get(source__slug=slug) for slug in ("one", "two")]
    for name in COUNT_NAMES:
        assert sum(getattr(run, name) for run in runs) == report[name], name
    assert IngestRun.objects.get(source__slug="two").merged == 1


def test_the_commands_lines_give_every_count_of_each_source(twin_sources):
    assert ingest("one", "two").splitlines() == [
        "one: 2 created, 0 updated, 0 unchanged, 0 merged, 0 closed, 0 skipped",
        "two: 0 created, 0 updated, 0 unchanged, 1 merged, 0 closed, 0 skipped",
    ]


def test_the_background_tasks_result_gives_every_count(twin_sources):
    ingest("one")
    result = ingest_source_task.call(Source.objects.get(slug="two").pk)
    assert result == {
        "source": "two",
        "ok": True,
        "error": "",
        "created": 0,
        "updated": 0,
        "unchanged": 0,
        "merged": 1,
        "closed": 0,
        "skipped": 0,
    }
