"""The database search backend: SQLite FTS5 (embedded mode) with bm25 ranking, and SQL
facet counts that apply every other facet's filter (disjunctive faceting)."""

from __future__ import annotations

import difflib
import re
from typing import Any

from django.db import connection
from django.db.models import Count, F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

from jobboard.models import Job, JobStatus
from search.backends.base import MARK_CLOSE, MARK_OPEN, SearchBackend, build_facets, marked_html
from search.documents import hit_from_document, job_document, jobs_for_search
from search.query import FACETS, JobQuery, SearchResults
from search.text import fts5_query

FACET_FIELDS = {
    "agency": "agency__slug",
    "role_family": "role_family__slug",
    "seniority": "seniority__slug",
    "government_level": "agency__level",
    "employment_type": "employment_type",
    "remote": "work_arrangement",
}
WEIGHTS = "10.0, 4.0, 1.0"  # title, keywords, description
FTS_IDS = "SELECT rowid FROM search_job_fts WHERE search_job_fts MATCH %s"


class DatabaseBackend(SearchBackend):
    """Searches the jobs table itself; needs no server."""

    name = "database"

    # -- filtering ----------------------------------------------------------------------------

    def _fixed(self, query: JobQuery) -> QuerySet[Job]:
        """Every filter except the facets: status, text, salary, location."""
        jobs = Job.objects.all()
        if not query.include_closed:
            jobs = jobs.filter(status=JobStatus.OPEN).filter(
                Q(closes_at__isnull=True) | Q(closes_at__gte=timezone.now())
            )
        match = fts5_query(query.q)
        if match:
            jobs = jobs.filter(id__in=RawSQL(FTS_IDS, (match,)))  # noqa: S611 - bound
        if query.salary_min:
            jobs = jobs.alias(salary_top=Coalesce("salary_max", "salary_min")).filter(
                salary_top__gte=query.salary_min
            )
        if query.location:
            jobs = jobs.filter(city__iexact=query.location)
        return jobs

    @staticmethod
    def _facet_filter(query: JobQuery, *, skip: str = "") -> Q:
        condition = Q()
        for facet in FACETS:
            values = query.selected(facet)
            if values and facet != skip:
                condition &= Q(**{f"{FACET_FIELDS[facet]}__in": values})
        return condition

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: JobQuery) -> SearchResults:
        fixed = self._fixed(query)
        matching = fixed.filter(self._facet_filter(query))
        total = matching.count()
        ids = self._page_ids(query, matching)
        documents = {job.pk: job_document(job) for job in jobs_for_search().filter(pk__in=ids)}
        highlights = self._highlights(query, ids)
        hits = [hit_from_document(documents[pk], highlights.get(pk)) for pk in ids]
        counts = {}
        for facet in FACETS:
            field = FACET_FIELDS[facet]
            rows = (
                fixed.filter(self._facet_filter(query, skip=facet))
                .exclude(**{f"{field}__isnull": True})
                .exclude(**{field: ""})
                .values_list(field)
                .annotate(n=Count("id"))
                .order_by()
            )
            counts[facet] = dict(rows)
        return SearchResults(
            query=query,
            total=total,
            hits=hits,
            facets=build_facets(query, counts),
            backend=self.name,
            suggestion=self._suggest(query.q) if total == 0 and query.q else "",
        )

    def _suggest(self, q: str) -> str:
        """'Did you mean': each unknown word replaced by the closest word of open job titles."""
        vocabulary = set()
        for title in Job.objects.visible().values_list("title", flat=True).iterator():
            vocabulary.update(word.lower() for word in re.findall(r"[A-Za-z]{3,}", title))
        corrected, changed = [], False
        for word in q.lower().split():
            if len(word) < 3 or word in vocabulary:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
            changed |= bool(close)
        return " ".join(corrected) if changed else ""

    def _page_ids(self, query: JobQuery, matching: QuerySet[Job]) -> list[int]:
        match = fts5_query(query.q)
        if query.sort == "relevance" and match:
            sub_sql, sub_params = matching.values("id").query.sql_with_params()
            # Only constants and Django's own compiled subquery are interpolated; values are bound.
            sql = (
                "SELECT f.rowid FROM search_job_fts f JOIN jobboard_job j ON j.id = f.rowid "
                f"WHERE search_job_fts MATCH %s AND f.rowid IN ({sub_sql}) "
                f"ORDER BY bm25(search_job_fts, {WEIGHTS}), j.posted_at DESC, j.id DESC "
                "LIMIT %s OFFSET %s"
            )
            with connection.cursor() as cursor:
                cursor.execute(sql, (match, *sub_params, query.page_size, query.offset))
                return [row[0] for row in cursor.fetchall()]
        ordered = matching.order_by(*sort_order(query.sort))
        return list(
            ordered.values_list("id", flat=True)[query.offset : query.offset + query.page_size]
        )

    def _highlights(self, query: JobQuery, ids: list[int]) -> dict[int, dict[str, list[str]]]:
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
        found = {}
        with connection.cursor() as cursor:
            cursor.execute(sql, (match, *ids))
            for rowid, title, snippet in cursor.fetchall():
                entry = {}
                if MARK_OPEN in title:
                    entry["title"] = [marked_html(title)]
                if MARK_OPEN in snippet:
                    entry["description"] = [marked_html(snippet)]
                found[rowid] = entry
        return found

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


def sort_order(sort: str) -> list:
    """ORDER BY for a sort, with stable tie-breakers (the engine sorts the same way)."""
    if sort == "closing":
        return [F("closes_at").asc(nulls_last=True), "id"]
    if sort == "salary":
        return [Coalesce("salary_max", "salary_min").desc(nulls_last=True), "-id"]
    return [F("posted_at").desc(nulls_last=True), "-id"]
