"""PostgreSQL's full-text search for the database backend: phrase tsqueries with the same
AND/OR-synonym logic as FTS5 (no user character is tsquery syntax), the ``ptp_english``
configuration (English stemming without stopwords, so "IT" stays searchable; migration
``search/0002``), weights A/B/D, ``ts_rank`` and headlines."""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import F, QuerySet

from jobboard.models import Job
from search.backends.base import MARK_CLOSE, MARK_OPEN
from search.backends.database.dialect import TextDialect, highlight_entries, page_of
from search.query import JobQuery
from search.text import clauses

TEXT_CONFIG = "ptp_english"


def postgres_vector() -> SearchVector:
    """The weighted document of a job (English stemming)."""
    return (
        SearchVector("title", weight="A", config=TEXT_CONFIG)
        + SearchVector("search_keywords", weight="B", config=TEXT_CONFIG)
        + SearchVector("description_text", weight="D", config=TEXT_CONFIG)
    )


def postgres_query(text: str) -> SearchQuery | None:
    """User text as a tsquery: clauses ANDed, synonyms ORed, every term a phrase query."""
    combined = None
    for clause in clauses(text):
        alternatives = None
        for term in clause:
            part = SearchQuery(term, search_type="phrase", config=TEXT_CONFIG)
            alternatives = part if alternatives is None else alternatives | part
        combined = alternatives if combined is None else combined & alternatives
    return combined


class PostgresText(TextDialect):
    """tsvector/tsquery matching, ``ts_rank`` ordering and ``ts_headline`` highlights."""

    def compile(self, q: str) -> SearchQuery | None:
        return postgres_query(q)

    def filter(
        self, jobs: QuerySet[Job], text: SearchQuery, *, broad: bool = False
    ) -> QuerySet[Job]:
        return jobs.alias(document=postgres_vector()).filter(document=text)

    def page_ids(
        self,
        query: JobQuery,
        text: SearchQuery,
        matching: QuerySet[Job],
        untexted: QuerySet[Job],
        *,
        broad: bool = False,
    ) -> list[int]:
        ranked = matching.annotate(
            rank=SearchRank(postgres_vector(), text, weights=[0.1, 0.1, 0.4, 1.0], normalization=1)
        ).order_by("-rank", F("posted_at").desc(nulls_last=True), "-id")
        return page_of(ranked.values_list("id", flat=True), query)

    def highlights(
        self, text: SearchQuery | None, ids: list[int]
    ) -> dict[int, dict[str, list[str]]]:
        if text is None or not ids:
            return {}
        options = {"start_sel": MARK_OPEN, "stop_sel": MARK_CLOSE, "config": TEXT_CONFIG}
        rows = Job.objects.filter(pk__in=ids).annotate(
            title_marked=SearchHeadline("title", text, highlight_all=True, **options),
            snippet=SearchHeadline("description_text", text, max_words=24, **options),
        )
        return highlight_entries(rows.values_list("pk", "title_marked", "snippet"))
