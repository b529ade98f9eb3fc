"""Reading workers: the processes ``ingest_sources`` reads sources in while it writes.

Workers are forked from multiprocessing's fork server, never from the parent, which may be
running threads (a fork copies locks other threads hold, and the child can hang on them): the
server is a fresh single-threaded interpreter, started once, that has set Django up and loaded
the reading code (``ingest.worker_boot``), so a worker costs a fork, not an interpreter's start.
Each worker reads one source at a time and the parent knows which, so a worker that dies
(killed, out of memory, a crash in a parser's C code, ``os._exit``) fails that source with a
sentence and is replaced, and the other sources go on. Nothing here touches the database: a
worker only reads, parses and prepares.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

import django
from django.conf import settings

CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(["ingest.worker_boot"])
STOP_TIMEOUT = 5.0  # seconds a worker has to leave after being told to, before it is killed


class WorkerDied(Exception):
    """The worker reading a job stopped before it answered; the message says so in a sentence."""


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    ticket: int | None = None  # the job it is reading, None while idle


class ReadingWorkers:
    """``count`` worker processes, each running ``task(*job, **shared)`` for one submitted job
    at a time. ``shared`` (the classifier, the agency resolver) is sent once to each worker;
    a worker inherits the environment, so the settings module, and gets this process's values
    of ``settings_names`` (a test's overrides included). Use as a context manager."""

    def __init__(
        self,
        count: int,
        *,
        task: Callable[..., Any],
        shared: dict[str, Any],
        settings_names: tuple[str, ...] = (),
    ) -> None:
        self.count = count
        self._setup = (
            {name: getattr(settings, name) for name in settings_names},
            pickle.dumps((task, shared)),
        )
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        self._queue: deque[tuple[int, tuple]] = deque()
        self._labels: dict[int, str] = {}
        self._done: dict[int, Any] = {}
        self._next_ticket = 0

    def __enter__(self) -> ReadingWorkers:
        self._idle = [self._start() for _ in range(self.count)]
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def submit(self, label: str, *job) -> int:
        """Queue a job (``label`` names it in a failure message); its ticket for ``result``."""
        ticket = self._next_ticket
        self._next_ticket += 1
        self._labels[ticket] = label
        self._queue.append((ticket, job))
        self._dispatch()
        return ticket

    def result(self, ticket: int) -> Any:
        """The job's result, waiting for it; raises WorkerDied when its worker died on it."""
        while ticket not in self._done:
            self._dispatch()
            self._collect()
        outcome = self._done.pop(ticket)
        self._labels.pop(ticket)
        if isinstance(outcome, WorkerDied):
            raise outcome
        return outcome

    def close(self) -> None:
        """Tell every worker to leave, and kill the ones that do not in time."""
        workers = self._idle + self._busy
        self._idle, self._busy = [], []
        for worker in workers:
            with contextlib.suppress(OSError):  # one already gone needs no telling
                worker.connection.send(None)
        for worker in workers:
            worker.process.join(STOP_TIMEOUT)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()

    def _start(self) -> _Worker:
        ours, theirs = CONTEXT.Pipe()
        process = CONTEXT.Process(target=serve, args=(theirs, *self._setup), daemon=True)
        process.start()
        theirs.close()  # so that a dead worker reads as the end of its connection
        return _Worker(process, ours)

    def _dispatch(self) -> None:
        """Hand queued jobs to idle workers, replacing any that died while idle."""
        while self._queue and self._idle:
            worker = self._idle.pop()
            ticket, job = self._queue[0]
            try:
                if not worker.process.is_alive():
                    raise BrokenPipeError
                worker.connection.send(job)
            except OSError:
                self._discard(worker)
                self._idle.append(self._start())
                continue
            self._queue.popleft()
            worker.ticket = ticket
            self._busy.append(worker)

    def _collect(self) -> None:
        """Wait until a busy worker answers or dies, and record what happened."""
        watched = [w.connection for w in self._busy] + [w.process.sentinel for w in self._busy]
        ready = set(wait(watched))
        for worker in list(self._busy):
            if worker.connection not in ready and worker.process.sentinel not in ready:
                continue
            self._busy.remove(worker)
            try:
                self._done[worker.ticket] = worker.connection.recv()
            except (EOFError, OSError):
                self._done[worker.ticket] = self._death(worker)
                self._discard(worker)
                self._idle.append(self._start())
                continue
            worker.ticket = None
            self._idle.append(worker)

    def _death(self, worker: _Worker) -> WorkerDied:
        worker.process.join(STOP_TIMEOUT)
        code = worker.process.exitcode
        if code is not None and code < 0:
            how = f"killed by {_signal_name(-code)}"
        else:
            how = f"exit code {code}"
        return WorkerDied(
            f"The worker reading {self._labels[worker.ticket]} stopped unexpectedly ({how}); "
            "nothing from this source was written, and the next run will read it again."
        )

    def _discard(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.connection.close()


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:  # a real-time signal has no name
        return f"signal {number}"


def serve(connection: Connection, values: dict[str, Any], setup: bytes) -> None:
    """A worker process: set Django up (``DJANGO_SETTINGS_MODULE`` comes with the
    environment), then run each job it is sent until told to stop or the parent is gone.
    ``setup`` is unpickled only now: it holds model instances, which need the app registry."""
    django.setup()
    for name, value in values.items():
        setattr(settings, name, value)
    task, shared = pickle.loads(setup)  # noqa: S301 (pickled by the parent that started us)
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        connection.send(task(*job, **shared))
