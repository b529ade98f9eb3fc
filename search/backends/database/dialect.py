"""What a database must do for the database search backend: find, rank and highlight the
words of a search. One implementation per database (``sqlite.py``: FTS5; ``postgresql.py``:
PostgreSQL full-text search), chosen once per search by the backend."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce

from jobboard.models import Job
from search.backends.base import MARK_OPEN, marked_html
from search.query import JobQuery


class TextDialect(ABC):
    """Full-text search on one kind of database. ``compile`` turns a search's words into the
    database's own query once per search; every other method takes that compiled text (None
    when no searchable word remains)."""

    @abstractmethod
    def compile(self, q: str) -> Any | None:
        """The words of a search as this database's full-text query, or None."""

    @abstractmethod
    def filter(self, jobs: QuerySet[Job], text: Any, *, broad: bool = False) -> QuerySet[Job]:
        """Only the jobs whose text matches."""

    def is_broad(self, text: Any) -> bool:
        """Whether the words match so many jobs that the broad-text plans are faster."""
        return False

    @abstractmethod
    def page_ids(
        self,
        query: JobQuery,
        text: Any,
        matching: QuerySet[Job],
        untexted: QuerySet[Job],
        *,
        broad: bool = False,
    ) -> list[int]:
        """One relevance-ranked page of ids: ``matching`` is every filter applied, ``untexted``
        every filter but the words."""

    @abstractmethod
    def highlights(self, text: Any, ids: list[int]) -> dict[int, dict[str, list[str]]]:
        """Marked title and description snippets of these jobs."""

    def cube(self, rows: QuerySet) -> list[tuple]:
        """The facet cube's rows (a grouped ``values_list`` query)."""
        return list(rows)


def sort_order(sort: str) -> list:
    """ORDER BY for a sort, with stable tie-breakers (the engine sorts the same way)."""
    if sort == "closing":
        return [F("closes_at").asc(nulls_last=True), "id"]
    if sort == "salary":
        return [Coalesce("salary_max", "salary_min").desc(nulls_last=True), "-id"]
    return [F("posted_at").desc(nulls_last=True), "-id"]


def page_of(ids: QuerySet, query: JobQuery) -> list[int]:
    """The ids of one page of an ordered ``values_list('id', flat=True)`` query."""
    return list(ids[query.offset : query.offset + query.page_size])


def highlight_entries(rows) -> dict[int, dict[str, list[str]]]:
    """Highlights from (job id, marked title, marked snippet) rows: only fields with a match."""
    found = {}
    for pk, title, snippet in rows:
        entry = {}
        if MARK_OPEN in title:
            entry["title"] = [marked_html(title)]
        if MARK_OPEN in snippet:
            entry["description"] = [marked_html(snippet)]
        found[pk] = entry
    return found
