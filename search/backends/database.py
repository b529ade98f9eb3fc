"""The database search backend: SQLite FTS5 (embedded mode) with bm25 ranking, and SQL
facet counts that apply every other facet's filter (disjunctive faceting)."""

from __future__ import annotations

import difflib
import hashlib
import re
from typing import Any

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, Count, F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from jobboard.models import Job, JobStatus
from search.backends.base import MARK_CLOSE, MARK_OPEN, SearchBackend, marked_html, search_clock
from search.documents import hit_from_document, job_document, jobs_for_search
from search.query import FACETS, JobQuery, SearchResults
from search.text import clauses, fts5_query

# The facet columns as they are grouped in the cube query (ids, not slugs: no joins).
CUBE_COLUMNS = (
    "agency_id",
    "role_family_id",
    "seniority_id",
    "employment_type",
    "work_arrangement",
)
WEIGHTS = "10.0, 4.0, 1.0"  # title, keywords, description
TEXT_CONFIG = "ptp_english"  # PostgreSQL: English stemming without stopwords (migration)
FTS_IDS = "SELECT rowid FROM search_job_fts WHERE search_job_fts MATCH %s"
# A word matching more jobs than this is "broad" ("data" matches most job descriptions): its
# facet counts scan the covering index and test membership in the full-text hits, instead of
# looking every hit up by id, and its relevance pages rank title matches first (below).
BROAD_HITS = 5_000
# How long one search's cube (its facet counts) may be reused while the jobs stay unchanged
# (SQLite, where migration search/0003 counts changes). Most searches share a few cubes: the
# cube depends on the words, pay and place but not on the facet selections, so the default
# /jobs/ page and every facets-only search read the same one.
CUBE_CACHE_SECONDS = 60


class _Vocabulary:
    """Slugs, ids and levels of agencies and taxonomy terms, loaded once per search."""

    def __init__(self) -> None:
        from jobboard.models import Agency, RoleFamily, SeniorityLevel

        self.agencies = {
            pk: (slug, level)
            for pk, slug, level in Agency.objects.values_list("pk", "slug", "level")
        }
        self.families = dict(RoleFamily.objects.values_list("pk", "slug"))
        self.levels = dict(SeniorityLevel.objects.values_list("pk", "slug"))

    def facet_values(self, row: tuple) -> dict[str, str | None]:
        """The facet values of a cube row."""
        agency_id, family_id, level_id, employment, remote = row
        agency_slug, government_level = self.agencies.get(agency_id, ("", ""))
        return {
            "agency": agency_slug,
            "role_family": self.families.get(family_id),
            "seniority": self.levels.get(level_id),
            "government_level": government_level or None,
            "employment_type": employment,
            "remote": remote,
        }

    def condition(self, query: JobQuery, *, skip: str = "") -> Q:
        """SQL for the facet selections (except ``skip``), on ids: no joins needed."""
        condition = Q()
        for facet in FACETS:
            wanted = set(query.selected(facet))
            if not wanted or facet == skip:
                continue
            if facet == "agency":
                ids = [pk for pk, (slug, _) in self.agencies.items() if slug in wanted]
                condition &= Q(agency_id__in=ids)
            elif facet == "government_level":
                ids = [pk for pk, (_, level) in self.agencies.items() if level in wanted]
                condition &= Q(agency_id__in=ids)
            elif facet == "role_family":
                condition &= Q(
                    role_family_id__in=[k for k, v in self.families.items() if v in wanted]
                )
            elif facet == "seniority":
                condition &= Q(seniority_id__in=[k for k, v in self.levels.items() if v in wanted])
            elif facet == "employment_type":
                condition &= Q(employment_type__in=wanted)
            else:
                condition &= Q(work_arrangement__in=wanted)
        return condition


class DatabaseBackend(SearchBackend):
    """Searches the jobs table itself; needs no server."""

    name = "database"

    # -- filtering ----------------------------------------------------------------------------

    def _fixed(self, query: JobQuery, *, broad: bool = False) -> QuerySet[Job]:
        """Every filter except the facets: status, text, salary, location. For a broad text
        (``broad``), the id test is written ``+id IN (...)`` so that SQLite scans the covering
        facet index once rather than fetching tens of thousands of rows by id."""
        jobs = Job.objects.all()
        if not query.include_closed:
            jobs = jobs.filter(status=JobStatus.OPEN).filter(
                Q(closes_at__isnull=True) | Q(closes_at__gte=search_clock())
            )
        if connection.vendor == "postgresql":
            tsquery = postgres_query(query.q)
            if tsquery is not None:
                jobs = jobs.alias(document=postgres_vector()).filter(document=tsquery)
        else:
            match = fts5_query(query.q)
            if match and broad:
                in_hits = f'+"jobboard_job"."id" IN ({FTS_IDS})'
                jobs = jobs.filter(RawSQL(in_hits, (match,), output_field=BooleanField()))  # noqa: S611
            elif match:
                jobs = jobs.filter(id__in=RawSQL(FTS_IDS, (match,)))  # noqa: S611 - bound
        if query.salary_min:
            jobs = jobs.alias(salary_top=Coalesce("salary_max", "salary_min")).filter(
                salary_top__gte=query.salary_min
            )
        if query.location:
            jobs = jobs.filter(city__iexact=query.location)
        return jobs

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: JobQuery) -> SearchResults:
        vocabulary = _Vocabulary()
        broad = self._is_broad(query)
        fixed = self._fixed(query, broad=broad)
        total, counts = self._cube_counts(query, fixed, vocabulary)
        matching = fixed.filter(vocabulary.condition(query))
        ids = []
        if total > query.offset:  # the cube knows the total: a page past it needs no query
            ids = self._page_ids(query, matching, vocabulary, broad=broad)
        documents = {job.pk: job_document(job) for job in jobs_for_search().filter(pk__in=ids)}
        highlights = self._highlights(query, ids)
        hits = [hit_from_document(documents[pk], highlights.get(pk)) for pk in ids]
        return self._results(query, total, hits, counts)

    def _is_broad(self, query: JobQuery) -> bool:
        """Whether the words match so many jobs that the broad-text plans are faster (SQLite;
        counting full-text hits costs a few milliseconds even for the broadest word)."""
        match = fts5_query(query.q) if connection.vendor == "sqlite" else ""
        if not match:
            return False
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({FTS_IDS} LIMIT %s)", (match, BROAD_HITS + 1))
            return cursor.fetchone()[0] > BROAD_HITS

    def _cube_counts(
        self, query: JobQuery, fixed: QuerySet[Job], vocabulary: _Vocabulary
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """One scan: rows matching the fixed filters grouped by every facet column; the total
        and each facet's disjunctive counts (all other selections applied) follow from it."""
        cube = _cube(fixed)
        selected = {facet: set(query.selected(facet)) for facet in FACETS if query.selected(facet)}
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        total = 0
        for *columns, n in cube:
            values = vocabulary.facet_values(tuple(columns))
            failing = [f for f, wanted in selected.items() if values[f] not in wanted]
            if not failing:
                total += n
            for facet in FACETS:
                value = values[facet]
                if value and (not failing or failing == [facet]):
                    counts[facet][value] = counts[facet].get(value, 0) + n
        return total, counts

    def _suggest(self, q: str) -> str:
        """'Did you mean': each unknown word replaced by the closest word of open job titles.
        Only when the words themselves find nothing (not when filters emptied the page)."""
        if self._fixed(JobQuery(q=q)).exists():
            return ""
        vocabulary = title_words()
        corrected, changed = [], False
        for word in q.lower().split():
            if len(word) < 3 or word in vocabulary:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
            changed |= bool(close)
        return " ".join(corrected) if changed else ""

    def _page_ids(
        self,
        query: JobQuery,
        matching: QuerySet[Job],
        vocabulary: _Vocabulary,
        *,
        broad: bool = False,
    ) -> list[int]:
        if connection.vendor == "postgresql":
            tsquery = postgres_query(query.q)
            if query.sort == "relevance" and tsquery is not None:
                from django.contrib.postgres.search import SearchRank

                ranked = matching.annotate(
                    rank=SearchRank(
                        postgres_vector(), tsquery, weights=[0.1, 0.1, 0.4, 1.0], normalization=1
                    )
                ).order_by("-rank", F("posted_at").desc(nulls_last=True), "-id")
                return list(
                    ranked.values_list("id", flat=True)[
                        query.offset : query.offset + query.page_size
                    ]
                )
            return list(
                matching.order_by(*sort_order(query.sort)).values_list("id", flat=True)[
                    query.offset : query.offset + query.page_size
                ]
            )
        match = fts5_query(query.q)
        if query.sort == "relevance" and match:
            # The text condition is applied once, by the outer MATCH: a MATCH nested in the IN
            # subquery makes SQLite re-run the full-text search for every candidate row.
            untexted = self._fixed(query.with_changes(q="")).filter(vocabulary.condition(query))
            try:
                sub_sql, sub_params = untexted.order_by().values("id").query.sql_with_params()
            except EmptyResultSet:  # a selected value that matches nothing at all
                return []
            if broad:
                return self._broad_page_ids(query, match, matching, (sub_sql, sub_params))
            return _ranked_ids(match, sub_sql, sub_params, query.page_size, query.offset)
        ordered = matching.order_by(*sort_order(query.sort))
        return list(
            ordered.values_list("id", flat=True)[query.offset : query.offset + query.page_size]
        )

    def _broad_page_ids(
        self, query: JobQuery, match: str, matching: QuerySet[Job], filters: tuple[str, tuple]
    ) -> list[int]:
        """A relevance page for a broad word. Scoring every hit (bm25 over most of the table)
        is what made such searches slow, so jobs whose *title* matches come first, ranked by
        bm25 over the title, then newest; the other hits follow, newest first. Totals and
        facet counts stay exact; only the order within a very broad search is simplified."""
        sub_sql, sub_params = filters
        wanted = query.offset + query.page_size
        titled = _ranked_ids(f"{{title}} : ({match})", sub_sql, sub_params, wanted, 0)
        if len(titled) >= wanted:
            return titled[query.offset :]
        # Every title match is in ``titled``; the other hits follow them, newest first.
        rest = matching.exclude(id__in=titled).order_by(*sort_order("newest"))
        rest_ids = rest.values_list("id", flat=True)
        if query.offset >= len(titled):
            start = query.offset - len(titled)
            return list(rest_ids[start : start + query.page_size])
        return titled[query.offset :] + list(rest_ids[: wanted - len(titled)])

    def _highlights(self, query: JobQuery, ids: list[int]) -> dict[int, dict[str, list[str]]]:
        if connection.vendor == "postgresql":
            return self._postgres_highlights(query, ids)
        match = fts5_query(query.q)
        if not match or not ids:
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
            cursor.execute(sql, (match, *ids))
            return _highlight_entries(cursor.fetchall())

    def _postgres_highlights(self, query: JobQuery, ids: list[int]) -> dict[int, dict]:
        from django.contrib.postgres.search import SearchHeadline

        tsquery = postgres_query(query.q)
        if tsquery is None or not ids:
            return {}
        options = {"start_sel": MARK_OPEN, "stop_sel": MARK_CLOSE, "config": TEXT_CONFIG}
        rows = Job.objects.filter(pk__in=ids).annotate(
            title_marked=SearchHeadline("title", tsquery, highlight_all=True, **options),
            snippet=SearchHeadline("description_text", tsquery, max_words=24, **options),
        )
        return _highlight_entries(rows.values_list("pk", "title_marked", "snippet"))

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[dict[str, str]]:
        from jobboard.models import Agency

        prefix = prefix.strip()[:100]
        if len(prefix) < 2:
            return []
        open_jobs = Job.objects.visible()
        titles = (
            open_jobs.filter(title__istartswith=prefix)
            .values_list("title", flat=True)
            .distinct()
            .order_by("title")[:limit]
        )
        agencies = Agency.objects.filter(name__icontains=prefix).with_open_jobs()[:limit]
        return [{"kind": "title", "value": t, "label": t} for t in titles] + [
            {"kind": "agency", "value": a.slug, "label": a.name} for a in agencies
        ]

    def status(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "documents": Job.objects.count(),
            "searchable": Job.objects.visible().count(),
            "health": "ok",
        }


def _cube(fixed: QuerySet[Job]) -> list[tuple]:
    """Rows of (facet columns..., job count) for the jobs matching the fixed filters. On SQLite
    the rows are cached under the jobs' change counter: reused until a job is added, removed
    or changed in a column a search reads, or the search clock moves on a minute. Not inside
    a transaction: what it sees may yet be rolled back, and the counter with it."""
    cube = fixed.values_list(*CUBE_COLUMNS).annotate(n=Count("id")).order_by()
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return list(cube)
    try:
        sql, params = cube.query.sql_with_params()
    except EmptyResultSet:
        return []
    with connection.cursor() as cursor:
        # Read before the rows: rows cached under a counter are never older than it.
        cursor.execute("SELECT version FROM search_job_version WHERE id = 1")
        version = cursor.fetchone()[0]
    digest = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
    key = f"search:cube:{connection.alias}:{version}:{digest}"
    rows = cache.get(key)
    if rows is None:
        rows = list(cube)
        cache.set(key, rows, CUBE_CACHE_SECONDS)
    return rows


def title_words() -> frozenset[str]:
    """The words of open job titles, for corrections; kept for SEARCH_LABEL_CACHE_SECONDS,
    since reading every title is the slow part of a correction."""
    from django.conf import settings
    from django.core.cache import cache

    words = cache.get("search:title-words")
    if words is None:
        collected = set()
        for title in Job.objects.visible().values_list("title", flat=True).iterator():
            collected.update(word.lower() for word in re.findall(r"[A-Za-z]{3,}", title))
        words = frozenset(collected)
        cache.set("search:title-words", words, settings.SEARCH_LABEL_CACHE_SECONDS)
    return words


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


def _highlight_entries(rows) -> dict[int, dict[str, list[str]]]:
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


def postgres_vector():
    """The weighted document of a job for PostgreSQL full-text search (English stemming)."""
    from django.contrib.postgres.search import SearchVector

    return (
        SearchVector("title", weight="A", config=TEXT_CONFIG)
        + SearchVector("search_keywords", weight="B", config=TEXT_CONFIG)
        + SearchVector("description_text", weight="D", config=TEXT_CONFIG)
    )


def postgres_query(text: str):
    """User text as a PostgreSQL tsquery with the same AND/OR-synonym logic as FTS5; every
    term goes through phraseto_tsquery, so no user character is tsquery syntax."""
    from django.contrib.postgres.search import SearchQuery

    combined = None
    for clause in clauses(text):
        alternatives = None
        for term in clause:
            part = SearchQuery(term, search_type="phrase", config=TEXT_CONFIG)
            alternatives = part if alternatives is None else alternatives | part
        combined = alternatives if combined is None else combined & alternatives
    return combined


def sort_order(sort: str) -> list:
    """ORDER BY for a sort, with stable tie-breakers (the engine sorts the same way)."""
    if sort == "closing":
        return [F("closes_at").asc(nulls_last=True), "id"]
    if sort == "salary":
        return [Coalesce("salary_max", "salary_min").desc(nulls_last=True), "-id"]
    return [F("posted_at").desc(nulls_last=True), "-id"]
