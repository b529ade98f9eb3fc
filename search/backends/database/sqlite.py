"""SQLite's full-text search for the database backend: an FTS5 external-content table over
``jobboard_job`` (migration ``search/0001``), bm25 ranking, and facet cubes cached under the
jobs' change counter (migration ``search/0003``)."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from jobboard.models import Job
from search.backends.base import MARK_CLOSE, MARK_OPEN
from search.backends.database.dialect import (
    TextDialect,
    highlight_entries,
    sort_order,
)
from search.query import JobQuery
from search.text import clauses

WEIGHTS = "10.0, 4.0, 1.0"  # title, keywords, description
FTS_IDS = "SELECT rowid FROM search_job_fts WHERE search_job_fts MATCH %s"
# A word matching more jobs than this is "broad" ("data" matches most job descriptions): its
# facet counts scan the covering index and test membership in the full-text hits, instead of
# looking every hit up by id, and its relevance pages rank title matches first (below).
BROAD_HITS = 5_000
# How long one search's cube (its facet counts) may be reused while the jobs stay unchanged.
# Most searches share a few cubes: the cube depends on the words, pay and place but not on
# the facet selections, so the default /jobs/ page and every facets-only search read one.
CUBE_CACHE_SECONDS = 60


def fts5_query(text: str) -> str:
    """A safe FTS5 MATCH expression for user text: every word must match (AND), each as a
    quoted string, with synonym alternatives ORed in. Returns '' when no searchable word
    remains."""
    return " AND ".join(
        "(" + " OR ".join(_quoted(term) for term in clause) + ")"
        if len(clause) > 1
        else _quoted(clause[0])
        for clause in clauses(text)
    )


def _quoted(term: str) -> str:
    """An FTS5 string literal: FTS syntax inside it is just text."""
    return '"' + term.replace('"', '""') + '"'


class SqliteText(TextDialect):
    """FTS5 MATCH expressions; every user word is quoted, so FTS syntax is inert."""

    def compile(self, q: str) -> str | None:
        return fts5_query(q) or None

    def filter(self, jobs: QuerySet[Job], text: str, *, broad: bool = False) -> QuerySet[Job]:
        # For a broad text the id test is written ``+id IN (...)``, so that SQLite scans the
        # covering facet index once rather than fetching tens of thousands of rows by id.
        if broad:
            in_hits = f'+"jobboard_job"."id" IN ({FTS_IDS})'
            return jobs.filter(RawSQL(in_hits, (text,), output_field=BooleanField()))  # noqa: S611
        return jobs.filter(id__in=RawSQL(FTS_IDS, (text,)))  # noqa: S611 - bound

    def is_broad(self, text: str | None) -> bool:
        """Counting full-text hits costs a few milliseconds even for the broadest word."""
        if not text:
            return False
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({FTS_IDS} LIMIT %s)", (text, BROAD_HITS + 1))
            return cursor.fetchone()[0] > BROAD_HITS

    def page_ids(
        self,
        query: JobQuery,
        text: str,
        matching: QuerySet[Job],
        untexted: QuerySet[Job],
        *,
        broad: bool = False,
    ) -> list[int]:
        # The text condition is applied once, by the outer MATCH: a MATCH nested in the IN
        # subquery makes SQLite re-run the full-text search for every candidate row.
        try:
            sub_sql, sub_params = untexted.order_by().values("id").query.sql_with_params()
        except EmptyResultSet:  # a selected value that matches nothing at all
            return []
        if broad:
            return self._broad_page_ids(query, text, matching, (sub_sql, sub_params))
        return _ranked_ids(text, sub_sql, sub_params, query.page_size, query.offset)

    def _broad_page_ids(
        self, query: JobQuery, text: str, matching: QuerySet[Job], filters: tuple[str, tuple]
    ) -> list[int]:
        """A relevance page for a broad word. Scoring every hit (bm25 over most of the table)
        is what made such searches slow, so jobs whose *title* matches come first, ranked by
        bm25 over the title, then newest; the other hits follow, newest first. Totals and
        facet counts stay exact; only the order within a very broad search is simplified."""
        sub_sql, sub_params = filters
        wanted = query.offset + query.page_size
        titled = _ranked_ids(f"{{title}} : ({text})", sub_sql, sub_params, wanted, 0)
        if len(titled) >= wanted:
            return titled[query.offset :]
        # Every title match is in ``titled``; the other hits follow them, newest first.
        rest = matching.exclude(id__in=titled).order_by(*sort_order("newest"))
        rest_ids = rest.values_list("id", flat=True)
        if query.offset >= len(titled):
            start = query.offset - len(titled)
            return list(rest_ids[start : start + query.page_size])
        return titled[query.offset :] + list(rest_ids[: wanted - len(titled)])

    def highlights(self, text: str | None, ids: list[int]) -> dict[int, dict[str, list[str]]]:
        if not text or not ids:
            return {}
        marks = f"'{MARK_OPEN}', '{MARK_CLOSE}'"
        # Constants and placeholders only; values are bound.
        sql = (
            f"SELECT rowid, highlight(search_job_fts, 0, {marks}), "
            f"snippet(search_job_fts, 2, {marks}, '…', 24) "
            "FROM search_job_fts WHERE search_job_fts MATCH %s "
            f"AND rowid IN ({', '.join(['%s'] * len(ids))})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, (text, *ids))
            return highlight_entries(cursor.fetchall())

    def cube(self, rows: QuerySet) -> list[tuple]:
        """The cube's rows, cached under the jobs' change counter: reused until a job is added,
        removed or changed in a column a search reads, or the search clock moves on a minute.
        Not inside a transaction: what it sees may yet be rolled back, and the counter with it."""
        if connection.in_atomic_block:
            return list(rows)
        try:
            sql, params = rows.query.sql_with_params()
        except EmptyResultSet:
            return []
        with connection.cursor() as cursor:
            # Read before the rows: rows cached under a counter are never older than it.
            cursor.execute("SELECT version FROM search_job_version WHERE id = 1")
            version = cursor.fetchone()[0]
        digest = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
        key = f"search:cube:{connection.alias}:{version}:{digest}"
        cached = cache.get(key)
        if cached is None:
            cached = list(rows)
            cache.set(key, cached, CUBE_CACHE_SECONDS)
        return cached


def _ranked_ids(match: str, sub_sql: str, sub_params: tuple, limit: int, offset: int) -> list[int]:
    """Ids of full-text hits that pass the filters of ``sub_sql`` (a compiled
    ``SELECT "jobboard_job"."id" FROM "jobboard_job" WHERE ...``), best bm25 first.

    The hits are materialised first: otherwise SQLite drives the join from the jobs side and
    runs one full-text lookup per job. The filters are then tested on each hit's row, found by
    primary key, which is cheaper than building the list of every job that passes them; a
    compiled query of another shape falls back to that list."""
    head, _, condition = sub_sql.partition(" WHERE ")
    plain = head.startswith('SELECT "jobboard_job"."id"') and head.endswith(' FROM "jobboard_job"')
    if not plain:
        condition = f'"jobboard_job"."id" IN ({sub_sql})'
    sql = (
        "WITH hits AS MATERIALIZED (SELECT rowid AS id, "
        f"bm25(search_job_fts, {WEIGHTS}) AS score FROM search_job_fts "
        "WHERE search_job_fts MATCH %s) "
        'SELECT hits.id FROM hits JOIN "jobboard_job" ON "jobboard_job"."id" = hits.id '
        f"WHERE {condition or '1'} "
        'ORDER BY hits.score, "jobboard_job"."posted_at" DESC, "jobboard_job"."id" DESC '
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (match, *sub_params, limit, offset))
        return [row[0] for row in cursor.fetchall()]
