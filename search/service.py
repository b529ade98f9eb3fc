"""The search app's public functions. Everything outside ``search/`` calls these.

``search_jobs`` serves a query from the configured backend; when the search engine is down or
slow, a circuit breaker sends searches (jobs, suggestions and pages alike) to the database
backend with a visible notice for a while, instead of making every visitor wait for a
timeout."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from django.db.models import F, QuerySet
from django.utils.translation import gettext, gettext_lazy

from jobboard.models import Job
from search import plugins
from search.backends.base import SearchBackend, search_clock
from search.backends.database import DatabaseBackend
from search.backends.engine import EngineBackend
from search.documents import hit_from_document, job_documents
from search.engines import SearchEngineError, connect
from search.market import Market
from search.query import Hit, JobQuery, SearchResults
from search.signals import results_changed
from search.text import printable
from search.wagtail_backend import page_words, search_page_index

T = TypeVar("T")

logger = logging.getLogger(__name__)
FALLBACK_NOTICE = gettext_lazy(
    "Search is running in basic mode right now: results and counts are complete, but ranking "
    "may be simpler than usual."
)


class CircuitBreaker:
    """Opens after ``threshold`` consecutive failures; while open, calls are not attempted
    for ``cooldown`` seconds; then one call is let through to try again."""

    def __init__(self, threshold: int = 3, cooldown: float = 30.0) -> None:
        self.threshold, self.cooldown = threshold, cooldown
        self.failures, self.opened_at = 0, 0.0
        self._lock = threading.Lock()

    def allow(self) -> bool:
        with self._lock:
            if self.failures < self.threshold:
                return True
            if time.monotonic() - self.opened_at >= self.cooldown:
                self.opened_at = time.monotonic()  # half-open: one try, then wait again
                return True
            return False

    def success(self) -> None:
        with self._lock:
            self.failures = 0

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = time.monotonic()

    def reset(self) -> None:
        self.success()


breaker = CircuitBreaker()


def configured_backend() -> SearchBackend:
    """The backend the settings ask for: the engine behind ``SEARCH_URL``, else the database.
    The one place that decides; raises SearchEngineError if the engine cannot be reached."""
    adapter = connect()
    return EngineBackend(adapter) if adapter is not None else DatabaseBackend()


def engine_backend() -> EngineBackend | None:
    """The engine backend for indexing, or None in database mode."""
    backend = configured_backend()
    return backend if isinstance(backend, EngineBackend) else None


def _served(operation: Callable[[], T], fallback: Callable[[], T]) -> tuple[T, bool]:
    """Run ``operation`` on the configured backend; when the engine fails, or has failed
    recently (the circuit breaker is open), run ``fallback`` on the database instead.
    Returns the answer and whether it came from the fallback."""
    if breaker.allow():
        try:
            answer = operation()
        except SearchEngineError as exc:
            breaker.failure()
            logger.warning("search engine failed; using the database", extra={"error": str(exc)})
        else:
            breaker.success()
            return answer, False
    return fallback(), True


def search_jobs(query: JobQuery) -> SearchResults:
    """Results for a query, from the search engine when it is configured and healthy, else
    from the database with a notice. Never raises for an engine outage."""
    results, fell_back = _served(
        lambda: _corrected(configured_backend(), query),
        lambda: _corrected(DatabaseBackend(), query),
    )
    if fell_back:
        results.notice = " ".join(str(part) for part in (FALLBACK_NOTICE, results.notice) if part)
    return results


def count_jobs(query: JobQuery) -> int:
    """How many jobs a query matches (its facet selections applied), with the same fallback
    as searches."""
    total, _ = _served(
        lambda: configured_backend().count(query), lambda: DatabaseBackend().count(query)
    )
    return total


def _corrected(backend: SearchBackend, query: JobQuery) -> SearchResults:
    """Search; when nothing matches but the backend suggests corrected words (an edit-distance
    match against the words of job titles), search again with them and say so."""
    results = backend.search(query)
    if results.total or not results.suggestion or results.suggestion == query.q.lower():
        return results
    retry = backend.search(query.with_changes(q=results.suggestion, page=1))
    if not retry.total:
        return results
    retry.suggestion = results.suggestion
    retry.notice = gettext(
        "No jobs matched “%(words)s”, so these are the results for “%(suggestion)s”."
    ) % {"words": query.q, "suggestion": results.suggestion}
    return retry


def market(query: JobQuery | None = None) -> Market:
    """The open jobs by role family, level of government, seniority, work arrangement and
    employer with their pay, and new and closed jobs per week (``search.market``), for the jobs
    a query's filters select (all technology jobs by default): one aggregation request on the
    engine, or the database's own counts, with the same fallback as searches. Its counts are
    the facet counts of ``search_jobs`` for the same query."""
    now, query = search_clock(), (query or JobQuery()).with_changes(q="")
    answer, fell_back = _served(
        lambda: configured_backend().market(now, query),
        lambda: DatabaseBackend().market(now, query),
    )
    answer.fell_back = fell_back
    return answer


def autocomplete(prefix: str, *, limit: int = 8) -> list[dict[str, str]]:
    """Suggestions for a search box, with the same fallback as searches."""
    prefix = printable(prefix)
    suggestions, _ = _served(
        lambda: configured_backend().autocomplete(prefix, limit=limit),
        lambda: DatabaseBackend().autocomplete(prefix, limit=limit),
    )
    return suggestions


def search_pages(text: str, pages: QuerySet, *, limit: int = 20) -> tuple[list, bool]:
    """Wagtail pages matching the words of ``text``, from the engine's page index when one is
    configured, else (or when the engine fails: the same circuit breaker as job search) from
    Wagtail's database backend. Returns the pages and whether the fallback was used."""
    words = page_words(text)
    if not words:
        return [], False
    return _served(
        lambda: search_page_index(words, pages, limit=limit),
        lambda: search_page_index(words, pages, limit=limit, backend="database"),
    )


def job_hits(job_ids: Iterable[int]) -> list[Hit]:
    """These jobs as search results show them (newest first), read from the database."""
    jobs = Job.objects.filter(pk__in=list(job_ids))
    jobs = jobs.order_by(F("posted_at").desc(nulls_last=True), "-pk")
    return [hit_from_document(document) for document in job_documents(jobs)]


def index_jobs(job_ids: Iterable[int]) -> None:
    """Update these jobs in the search index (nothing to do in database mode)."""
    backend = engine_backend()
    if backend is not None:
        ids = list(job_ids)
        backend.index_jobs(ids)
        results_changed.send(sender=index_jobs, job_ids=ids)


def rebuild_index() -> dict[str, Any]:
    """Rebuild the search index from the database and swap it in, and the saved searches'
    index from every registered provider."""
    backend = engine_backend()
    if backend is None:
        return {"backend": "database", "documents": DatabaseBackend().status()["documents"]}
    report = backend.rebuild()
    report["saved_searches"] = backend.rebuild_saved_searches(plugins.saved_searches())[
        "saved_searches"
    ]
    results_changed.send(sender=rebuild_index, job_ids=None)
    return report


# Saved searches: other apps' stored queries (alerts, through ``search.plugins``), matched
# against new jobs. -------------------------------------------------------------------------


def save_searches(searches: Mapping[str, JobQuery]) -> None:
    """Store saved searches where the engine can match them (nothing to do in database mode).
    An engine outage is logged, not raised: matching stores them again before it runs."""
    try:
        backend = engine_backend()
        if backend is not None:
            backend.save_searches(searches)
    except SearchEngineError as exc:
        logger.warning("saved searches not stored in the engine", extra={"error": str(exc)})


def forget_searches(keys: Iterable[str]) -> None:
    """Remove saved searches from the engine (an outage is logged; a stale one never matches:
    matching asks only for the keys it is given)."""
    try:
        backend = engine_backend()
        if backend is not None:
            backend.forget_searches(list(keys))
    except SearchEngineError as exc:
        logger.warning("saved searches not removed from the engine", extra={"error": str(exc)})


def match_saved_searches(
    searches: Mapping[str, JobQuery], job_ids: Iterable[int]
) -> tuple[dict[str, set[int]], str]:
    """Which of these jobs each saved search matches, and the backend that answered: the
    engine's percolator, or each search run on the database when there is no engine or it
    fails. The jobs' visibility is the caller's to check."""
    ids = sorted(set(job_ids))
    if not searches:
        return {}, "none"
    backend_name = "database"

    def on_engine() -> dict[str, set[int]]:
        nonlocal backend_name
        backend = configured_backend()
        backend_name = backend.name
        return backend.match_saved_searches(searches, ids)

    matches, fell_back = _served(
        on_engine, lambda: DatabaseBackend().match_saved_searches(searches, ids)
    )
    return matches, "database" if fell_back else backend_name


def index_status() -> dict[str, Any]:
    """Backend, document count and health."""
    try:
        return configured_backend().status()
    except SearchEngineError as exc:
        return {"backend": "unavailable", "health": "down", "detail": str(exc)}
