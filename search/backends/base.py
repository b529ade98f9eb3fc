"""The interface every search backend implements, and helpers they share."""

from __future__ import annotations

import html
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from search.documents import facet_labels
from search.market import Market
from search.query import FACETS, FacetValue, JobQuery, SearchResults

# Markers around matched words, turned into <mark> after the text around them is escaped.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def search_clock() -> datetime:
    """The time searches filter and decay against, rounded down to the minute, on both backends:
    the same search within a minute is the same request, which the engine's request cache and
    the database backend's count cache can then serve (until the jobs change). A job closing
    this minute may show for up to a minute more."""
    return datetime.now(tz=UTC).replace(second=0, microsecond=0)


class SearchBackend(ABC):
    """Finds jobs for a JobQuery. Implementations: ``EngineBackend``, ``DatabaseBackend``."""

    name: str = ""

    @abstractmethod
    def search(self, query: JobQuery) -> SearchResults:
        """Results for one page of a query, with disjunctive facet counts."""

    @abstractmethod
    def count(self, query: JobQuery) -> int:
        """How many jobs a query matches, its facet selections applied (no page, no facets)."""

    @abstractmethod
    def market(self, now: datetime, query: JobQuery) -> Market:
        """The open jobs counted and their pay by facet, and the weekly series
        (``search.market``), as of ``now`` (the search clock), for the jobs that ``query``'s
        filters select (its words are not used)."""

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[dict[str, str]]:
        """Job titles and agencies starting with the typed words: none for fewer than two
        characters, and at most the first hundred read."""
        prefix = prefix.strip()[:100]
        if len(prefix) < 2:
            return []
        return self.suggest(prefix, limit=limit)

    @abstractmethod
    def suggest(self, prefix: str, *, limit: int) -> list[dict[str, str]]:
        """``autocomplete``'s answer for a prefix it has already checked."""

    @abstractmethod
    def match_saved_searches(
        self, searches: Mapping[str, JobQuery], job_ids: Iterable[int]
    ) -> dict[str, set[int]]:
        """Which of these jobs each saved search (key -> query) matches, whatever their status
        (the caller passes visible jobs)."""

    def index_jobs(self, job_ids: Iterable[int]) -> None:  # noqa: B027 - optional hook
        """Bring these jobs up to date in the index (a no-op for the database backend)."""

    @abstractmethod
    def status(self) -> dict[str, Any]:
        """Backend name, document count and health."""

    @abstractmethod
    def _suggest(self, q: str) -> str:
        """Corrected words for a query that matched nothing ('' when there is none)."""

    def _results(
        self, query: JobQuery, total: int, hits: list, counts: dict[str, dict[str, int]]
    ) -> SearchResults:
        """The answer, assembled the same way on every backend: labelled facets, and a
        correction when nothing matched."""
        return SearchResults(
            query=query,
            total=total,
            hits=hits,
            facets=build_facets(query, counts),
            backend=self.name,
            suggestion=self._suggest(query.q) if total == 0 and query.q else "",
        )


def marked_html(text: str) -> str:
    """Escape text that carries match markers, then turn the markers into <mark> tags."""
    return html.escape(text).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def build_facets(query: JobQuery, counts: dict[str, dict[str, int]]) -> dict[str, list[FacetValue]]:
    """Facet values with labels, counts and selection, in one order for every backend: count
    descending, then label; selected values always listed, even with no results."""
    facets = {}
    for facet in FACETS:
        values = dict(counts.get(facet, {}))
        for selected in query.selected(facet):
            values.setdefault(selected, 0)
        labels = facet_labels(facet, list(values))
        ordered = sorted(values.items(), key=lambda item: (-item[1], labels[item[0]].lower()))
        facets[facet] = [
            FacetValue(value, labels[value], count, value in query.selected(facet))
            for value, count in ordered
        ]
    return facets
