"""Reading workers that die, and workers started safely. ``manage.py ingest`` with several
sources reads them in worker processes: a worker that dies on a source (killed, a crashed
parser, ``os._exit``) fails that source with a sentence while the other sources are
ingested, and the command returns. Workers start from a fresh interpreter, so a lock another
thread of the parent holds is not held in theirs.

The reading function is swapped for one defined here: the workers are other processes, so
they import it from this module by name, and the real one runs for every other source."""

from __future__ import annotations

import io
import os
import signal
import threading
from contextlib import contextmanager

import pytest
from django.core.management import call_command

from ingest import pipeline
from jobboard.models import IngestRun, Job, Source
from tests.factories import greenhouse_board, greenhouse_job

pytestmark = pytest.mark.django_db
REAL_READ = pipeline._read_in_worker
HANG_LIMIT = 240  # seconds: a run that takes longer is waiting for a worker that is gone
LOCK = threading.Lock()  # held by a thread of the test's process in the lock test


def read_or_die(source: Source, fmt: str, known: dict, **shared):
    """Read as a worker does, except that the worker dies on the sources named for it."""
    if source.slug == "exits":
        os._exit(70)  # a parser that ends the process
    if source.slug == "killed":
        os.kill(os.getpid(), signal.SIGKILL)
    return REAL_READ(source, fmt, known, **shared)


def read_under_lock(source: Source, fmt: str, known: dict, **shared):
    """Read as a worker does, after taking a lock of this module."""
    with LOCK:
        return REAL_READ(source, fmt, known, **shared)


@contextmanager
def no_hang(seconds: int = HANG_LIMIT):
    def give_up(signum, frame):
        raise TimeoutError(f"the ingest was still waiting after {seconds} seconds")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def board_sources(tmp_path, *slugs: str) -> list[str]:
    for number, slug in enumerate(slugs, start=1):
        path = tmp_path / f"{slug}.json"
        path.write_bytes(greenhouse_board(greenhouse_job(number, f"Data Analyst {slug}")))
        Source.objects.create(
            slug=slug, name=slug, format="greenhouse", url=str(path), agency_default="Civic Works"
        )
    return list(slugs)


def ingest(*slugs: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *slugs, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_a_worker_that_dies_fails_its_source_and_the_others_are_ingested(
    tmp_path, settings, monkeypatch
):
    settings.INGEST_WORKERS = 2
    monkeypatch.setattr(pipeline, "_read_in_worker", read_or_die)
    slugs = board_sources(tmp_path, "first", "exits", "second", "killed", "third", "fourth")

    with no_hang():
        code, out, err = ingest(*slugs)

    assert code == 1  # some sources failed
    assert "ingest: exits: The worker reading" in err
    assert "stopped unexpectedly (exit code 70)" in err
    assert "ingest: killed: The worker reading" in err
    assert "stopped unexpectedly (killed by SIGKILL)" in err
    assert "Traceback" not in err
    for slug in ("first", "second", "third", "fourth"):  # before and after each death
        assert f"{slug}: 1 created" in out
    assert sorted(Job.objects.values_list("title", flat=True)) == [
        "Data Analyst first",
        "Data Analyst fourth",
        "Data Analyst second",
        "Data Analyst third",
    ]
    failed = IngestRun.objects.get(source__slug="killed")
    assert failed.ok is False
    assert "nothing from this source was written" in failed.errors[0]


def test_workers_do_not_inherit_a_lock_another_thread_of_the_parent_holds(
    tmp_path, settings, monkeypatch
):
    """A forked worker would start with the lock taken, by a thread it does not have, and
    wait for it forever."""
    settings.INGEST_WORKERS = 2
    monkeypatch.setattr(pipeline, "_read_in_worker", read_under_lock)
    slugs = board_sources(tmp_path, "first", "second", "third")
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with LOCK:
            taken.set()
            done.wait(HANG_LIMIT + 10)

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait()
    try:
        with no_hang():
            code, out, _ = ingest(*slugs)
    finally:
        done.set()
        holder.join()
    assert code == 0
    assert [line.split(":")[0] for line in out.splitlines()] == slugs
    assert Job.objects.count() == 3
