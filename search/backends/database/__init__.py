"""The database search backend: the jobs table itself, with the database's own full-text
search (``sqlite.py``: FTS5, the embedded default; ``postgresql.py``) and SQL facet counts that
apply every other facet's selection (disjunctive faceting), all from one grouped scan."""

from __future__ import annotations

import difflib
import heapq
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Coalesce

from jobboard.models import Agency, Job, JobStatus, RoleFamily, SeniorityLevel
from jobboard.models.jobs import hiring_path_codes, open_to
from search.backends.base import SearchBackend, search_clock
from search.backends.database.dialect import TextDialect, page_of, sort_order
from search.backends.database.postgresql import PostgresText
from search.backends.database.sqlite import SqliteText
from search.documents import hit_from_document, job_documents, pay_midpoint
from search.market import (
    PAY_GROUPS,
    Market,
    pay_group,
    site_zone,
    week_starts,
    weekly_series,
)
from search.query import FACETS, JobQuery, SearchResults

# The facet columns as they are grouped in the cube query (ids, not slugs: no joins).
CUBE_COLUMNS = (
    "agency_id",
    "role_family_id",
    "seniority_id",
    "employment_type",
    "work_arrangement",
    "hiring_paths",
)
DIALECTS: dict[str, type[TextDialect]] = {"sqlite": SqliteText, "postgresql": PostgresText}
# "Did you mean" compares each unknown word with the words of open job titles (#27 L7: a query
# of a hundred unknown words compared each with the whole vocabulary, 1.5 s a request). Bounded:
# the first SUGGEST_WORDS unknown words are corrected (the rest are kept as typed), a word
# longer than SUGGEST_WORD_LENGTH is no title's and is kept, and each word is compared with at
# most SUGGEST_CANDIDATES title words of a length that can be alike enough, commonest first.
SUGGEST_WORDS = 5
SUGGEST_WORD_LENGTH = 30
SUGGEST_CANDIDATES = 2_000
SUGGEST_CUTOFF = 0.75


class _Vocabulary:
    """Slugs, ids and levels of agencies and taxonomy terms, loaded once per search."""

    def __init__(self) -> None:
        self.agencies = {
            pk: (slug, level)
            for pk, slug, level in Agency.objects.values_list("pk", "slug", "level")
        }
        self.families = dict(RoleFamily.objects.values_list("pk", "slug"))
        self.levels = dict(SeniorityLevel.objects.values_list("pk", "slug"))

    def facet_values(self, row: tuple) -> dict[str, str | tuple[str, ...] | None]:
        """The facet values of a cube row (a job has several hiring paths: a tuple)."""
        agency_id, family_id, level_id, employment, remote, paths = row
        agency_slug, government_level = self.agencies.get(agency_id, ("", ""))
        return {
            "agency": agency_slug,
            "role_family": self.families.get(family_id),
            "seniority": self.levels.get(level_id),
            "government_level": government_level or None,
            "employment_type": employment,
            "remote": remote,
            "hiring_path": hiring_path_codes(paths),
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
            elif facet == "hiring_path":
                condition &= open_to(sorted(wanted))
            else:
                condition &= Q(work_arrangement__in=wanted)
        return condition


class DatabaseBackend(SearchBackend):
    """Searches the jobs table itself; needs no server. The database's full-text dialect is
    chosen once, when the backend is made, and a search's words are compiled once per search."""

    name = "database"

    def __init__(self) -> None:
        try:
            self.dialect = DIALECTS[connection.vendor]()
        except KeyError:
            raise NotImplementedError(
                f"The database search backend supports SQLite and PostgreSQL, not "
                f"{connection.vendor}."
            ) from None

    # -- filtering ----------------------------------------------------------------------------

    def _fixed(self, query: JobQuery, text: Any, *, broad: bool = False) -> QuerySet[Job]:
        """Every filter except the facets: status, the compiled words ``text`` (None for
        none), salary, location."""
        jobs = Job.objects.all()
        if not query.include_non_tech:
            jobs = jobs.technology()
        if not query.include_closed:
            jobs = jobs.visible(search_clock())
        if text is not None:
            jobs = self.dialect.filter(jobs, text, broad=broad)
        if query.closing_within:
            jobs = jobs.closing_by(search_clock() + timedelta(days=query.closing_within))
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
        text = self.dialect.compile(query.q)
        broad = self.dialect.is_broad(text)
        fixed = self._fixed(query, text, broad=broad)
        total, counts = self._cube_counts(query, fixed, vocabulary)
        matching = fixed.filter(vocabulary.condition(query))
        ids = []
        if total > query.offset:  # the cube knows the total: a page past it needs no query
            if query.sort == "relevance" and text is not None:
                untexted = self._fixed(query, None).filter(vocabulary.condition(query))
                ids = self.dialect.page_ids(query, text, matching, untexted, broad=broad)
            else:
                ids = page_of(
                    matching.order_by(*sort_order(query.sort)).values_list("id", flat=True), query
                )
        documents = {doc["id"]: doc for doc in job_documents(Job.objects.filter(pk__in=ids))}
        highlights = self.dialect.highlights(text, ids)
        hits = [hit_from_document(documents[pk], highlights.get(pk)) for pk in ids]
        return self._results(query, total, hits, counts)

    def count(self, query: JobQuery) -> int:
        fixed = self._fixed(query, self.dialect.compile(query.q))
        return fixed.filter(_Vocabulary().condition(query)).count()

    def market(self, now: datetime, query: JobQuery) -> Market:
        """The open jobs counted by the cube query of searches, their pay from one read of
        the paid jobs' group columns and pay (medians need every value, which SQLite cannot
        aggregate; the columns are all in the cube's index, so the read never touches the
        table's rows), and the jobs first seen and closed in each week as one range count
        per week (each read from an index on the date)."""
        vocabulary = _Vocabulary()
        query = query.with_changes(q="")
        selected = vocabulary.condition(query)
        open_jobs = self._fixed(query, None).filter(selected)
        total, counts = self._cube_counts(query, open_jobs, vocabulary)
        paid = (
            open_jobs.filter(Q(salary_min__gt=0) | Q(salary_max__gt=0))
            .values_list("role_family_id", "agency_id", "seniority_id", "salary_min", "salary_max")
            .order_by()
        )
        everyone: list[tuple] = []
        families: dict[int | None, list] = {}
        agencies: dict[int, list] = {}
        seniority: dict[int | None, list] = {}
        for family, agency, level, low, high in list(paid):
            pay = (low or high, pay_midpoint(low, high), high or low)
            everyone.append(pay)
            families.setdefault(family, []).append(pay)
            agencies.setdefault(agency, []).append(pay)
            seniority.setdefault(level, []).append(pay)
        by_level: dict[str, list] = {}
        for agency, pay in agencies.items():
            level = vocabulary.agencies.get(agency, ("", ""))[1]
            by_level.setdefault(level, []).extend(pay)
        pay_by_value = {
            "role_family": {vocabulary.families.get(pk): pay for pk, pay in families.items()},
            "government_level": by_level,
            "seniority": {vocabulary.levels.get(pk): pay for pk, pay in seniority.items()},
        }
        ever = Job.objects.filter(selected)
        if not query.include_non_tech:
            ever = ever.technology()
        starts = week_starts(now)
        return Market(
            as_of=now,
            open_jobs=total,
            pay=pay_group(total, everyone),
            groups={
                facet: {
                    value: pay_group(n, pay_by_value[facet].get(value, []))
                    for value, n in counts[facet].items()
                }
                for facet in PAY_GROUPS
            },
            counts={facet: counts[facet] for facet in ("remote", "agency")},
            weekly=weekly_series(
                starts,
                _per_week(ever, "first_seen_at", starts),
                _per_week(ever.filter(status=JobStatus.CLOSED), "closed_at", starts),
            ),
            backend=self.name,
        )

    def match_saved_searches(
        self, searches: Mapping[str, JobQuery], job_ids: Iterable[int]
    ) -> dict[str, set[int]]:
        """Which of these jobs each saved search matches: each search run on them alone. The
        jobs' status and closing dates are the caller's concern, as with the engine's
        percolator (``match_clause`` without the clock)."""
        ids = set(job_ids)
        if not ids:
            return {key: set() for key in searches}
        vocabulary = _Vocabulary()
        # The new jobs' ids are close together: each search reads that range of ids (one
        # parameter pair, not a thousand) and keeps the ones asked about.
        low, high = min(ids), max(ids)
        matches: dict[str, set[int]] = {}
        for key, query in searches.items():
            # A stored query cannot hold "now": closing_within is left to the search page.
            everything = query.with_changes(include_closed=True, closing_within=None)
            jobs = self._fixed(everything, self.dialect.compile(query.q)).filter(
                vocabulary.condition(query), pk__gte=low, pk__lte=high
            )
            matches[key] = ids.intersection(jobs.values_list("pk", flat=True))
        return matches

    def _cube_counts(
        self, query: JobQuery, fixed: QuerySet[Job], vocabulary: _Vocabulary
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """One scan: rows matching the fixed filters grouped by every facet column; the total
        and each facet's disjunctive counts (all other selections applied) follow from it."""
        cube = self.dialect.cube(
            fixed.values_list(*CUBE_COLUMNS).annotate(n=Count("id")).order_by()
        )
        selected = {facet: set(query.selected(facet)) for facet in FACETS if query.selected(facet)}
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        total = 0
        for *columns, n in cube:
            values = {
                facet: value if isinstance(value, tuple) else (value,)
                for facet, value in vocabulary.facet_values(tuple(columns)).items()
            }
            failing = [f for f, wanted in selected.items() if wanted.isdisjoint(values[f])]
            if not failing:
                total += n
            for facet in FACETS:
                if not failing or failing == [facet]:
                    for value in values[facet]:
                        if value:
                            counts[facet][value] = counts[facet].get(value, 0) + n
        return total, counts

    def _suggest(self, q: str) -> str:
        """'Did you mean': each unknown word replaced by the closest word of open job titles.
        Only when the words themselves find nothing (not when filters emptied the page)."""
        text = self.dialect.compile(q)
        if text is None or self._fixed(JobQuery(q=q), text).exists():
            return ""
        vocabulary = title_words()
        corrected, changed, tried = [], False, 0
        for word in q.lower().split():
            if (
                len(word) < 3
                or len(word) > SUGGEST_WORD_LENGTH
                or word in vocabulary.words
                or tried >= SUGGEST_WORDS
            ):
                corrected.append(word)
                continue
            tried += 1
            close = difflib.get_close_matches(
                word, vocabulary.candidates(word), n=1, cutoff=SUGGEST_CUTOFF
            )
            corrected.append(close[0] if close else word)
            changed |= bool(close)
        return " ".join(corrected) if changed else ""

    def suggest(self, prefix: str, *, limit: int) -> list[dict[str, str]]:
        open_jobs = Job.objects.visible(search_clock()).technology()
        titles = (
            open_jobs.filter(title__istartswith=prefix)
            .values_list("title", flat=True)
            .distinct()
            .order_by("title")[:limit]
        )
        agencies = Agency.objects.filter(
            name__icontains=prefix, pk__in=open_jobs.values("agency")
        ).order_by("name")[:limit]
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


@dataclass(frozen=True)
class TitleWords:
    """The words of open job titles: all of them, and by length, commonest first."""

    words: frozenset[str]
    by_length: dict[int, tuple[tuple[int, str], ...]]  # length: (-count, word), sorted

    @classmethod
    def from_titles(cls, titles: Iterable[str]) -> TitleWords:
        counts = Counter(
            word.lower() for title in titles for word in re.findall(r"[A-Za-z]{3,}", title)
        )
        by_length: dict[int, list[tuple[int, str]]] = {}
        for word, count in counts.items():
            by_length.setdefault(len(word), []).append((-count, word))
        return cls(
            words=frozenset(counts),
            by_length={length: tuple(sorted(group)) for length, group in by_length.items()},
        )

    def candidates(self, word: str) -> list[str]:
        """The title words that can be SUGGEST_CUTOFF alike ``word``, at most
        SUGGEST_CANDIDATES of them, the commonest first. difflib's ratio is at most
        2 * shorter / (both lengths), so only lengths within 3/5 to 5/3 of the word's can be
        0.75 alike: the others are the words ``get_close_matches`` would refuse anyway."""
        size = len(word)
        lengths = [
            length
            for length in self.by_length
            if 2 * min(size, length) >= SUGGEST_CUTOFF * (size + length)
        ]
        merged = heapq.merge(*(self.by_length[length] for length in lengths))
        return [word for _, word in itertools.islice(merged, SUGGEST_CANDIDATES)]


def title_words() -> TitleWords:
    """The words of open job titles, for corrections; kept for SEARCH_LABEL_CACHE_SECONDS,
    since reading every title is the slow part of a correction."""
    words = cache.get("search:title-words:by-length")
    if words is None:
        words = TitleWords.from_titles(
            Job.objects.visible().values_list("title", flat=True).iterator()
        )
        cache.set("search:title-words:by-length", words, settings.SEARCH_LABEL_CACHE_SECONDS)
    return words


def _per_week(jobs: QuerySet[Job], date_field: str, starts: list) -> dict:
    """How many of these jobs have ``date_field`` in each week (Mondays ``starts``, at
    midnight in the site's time zone): one range count per week, each a short read of an
    index that starts with the date (a single grouped scan evaluates every week's boundary on
    every row: several times slower)."""
    zone = site_zone()
    edges = [datetime(d.year, d.month, d.day, tzinfo=zone) for d in starts]
    edges.append(edges[-1] + timedelta(weeks=1))
    return {
        start: jobs.filter(
            **{f"{date_field}__gte": edges[number], f"{date_field}__lt": edges[number + 1]}
        ).count()
        for number, start in enumerate(starts)
    }
