"""The figures of the insights page, API and CSV files, read from ``search.service.market``:
rows with names, counts, pay and the ``/jobs/`` search each one summarises. Pure data (no
charts, no HTTP), so every output shows the same numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone

from jobboard.models import GovernmentLevel, RoleFamily, SeniorityLevel, WorkArrangement
from search.documents import facet_labels
from search.links import search_url
from search.market import Group, Market
from search.query import JobQuery

TOP_EMPLOYERS = 10


NOT_IN_API = {"api": False}  # for the page and the CSV files only (search.api.output_model)


def local_date(moment: datetime) -> date:
    """The day of ``moment`` in the site's time zone (the API's ``as_of``)."""
    return timezone.localtime(moment).date()


@dataclass(frozen=True)
class Row:
    """One value of a facet: its open jobs and their pay, and the search that lists them."""

    slug: str
    name: str
    open: int
    salary_median: int | None
    salary_min: int | None
    salary_max: int | None
    paid: int = field(metadata=NOT_IN_API)  # how many of the open jobs advertise pay
    search_url: str = field(metadata=NOT_IN_API)


@dataclass(frozen=True)
class Count:
    slug: str
    name: str
    open: int
    search_url: str = field(metadata=NOT_IN_API)


@dataclass(frozen=True)
class Week:
    week: date
    new: int
    closed: int


@dataclass(frozen=True)
class Figures:
    """Every figure; the fields in the API come first, in the order it writes them."""

    open_jobs: int
    as_of: datetime = field(metadata={"api": local_date})
    by_role_family: list[Row]
    by_government_level: list[Row]
    by_seniority: list[Row]
    weekly: list[Week]
    remote_share: float
    top_employers: list[Count]
    all_jobs_url: str = field(metadata=NOT_IN_API)
    pay: Group = field(metadata=NOT_IN_API)
    work_arrangement: list[Count] = field(metadata=NOT_IN_API)
    backend: str = field(metadata=NOT_IN_API)
    fell_back: bool = field(metadata=NOT_IN_API)

    @property
    def paid_share(self) -> float:
        return self.pay.paid / self.open_jobs if self.open_jobs else 0.0


def figures_from(market: Market, query: JobQuery | None = None) -> Figures:
    """Every figure, from one market reading (of the jobs ``query`` selects, whose filters
    every link keeps). Each facet lists all its values in their natural
    order (the taxonomy's, the levels of government's), with zero where nothing is open, so
    tables and CSV files keep the same rows from one day to the next."""
    query = query or JobQuery()

    def link(facet: str, value: str) -> str:
        return search_url(query.with_changes(filters={**query.filters, facet: (value,)}))

    families = list(RoleFamily.objects.ordered().values_list("slug", flat=True))
    ladder = list(SeniorityLevel.objects.ordered().values_list("slug", flat=True))
    arrangements = {
        value: market.counts["remote"].get(value, 0) for value in WorkArrangement.values
    }
    employer_names = facet_labels("agency", list(market.counts["agency"]))
    employers = sorted(
        market.counts["agency"].items(),
        key=lambda item: (-item[1], employer_names[item[0]].lower()),
    )[:TOP_EMPLOYERS]
    remote_names = facet_labels("remote", list(arrangements))
    return Figures(
        as_of=market.as_of,
        open_jobs=market.open_jobs,
        all_jobs_url=search_url(query),
        pay=market.pay,
        by_role_family=_rows(market, "role_family", families, link),
        by_government_level=_rows(market, "government_level", list(GovernmentLevel.values), link),
        by_seniority=_rows(market, "seniority", ladder, link),
        work_arrangement=[
            Count(value, remote_names[value], n, link("remote", value))
            for value, n in arrangements.items()
        ],
        remote_share=(
            round((arrangements["remote"] + arrangements["hybrid"]) / market.open_jobs, 4)
            if market.open_jobs
            else 0.0
        ),
        top_employers=[
            Count(slug, employer_names[slug], n, link("agency", slug)) for slug, n in employers
        ],
        weekly=[Week(week.start, week.new, week.closed) for week in market.weekly],
        backend=market.backend,
        fell_back=market.fell_back,
    )


def _rows(market: Market, facet: str, order: list[str], link) -> list[Row]:
    groups = market.groups[facet]
    values = order + sorted(set(groups) - set(order))  # a value the order does not know yet
    names = facet_labels(facet, values)
    rows = []
    for value in values:
        group = groups.get(value, Group(open=0))
        rows.append(
            Row(
                slug=value,
                name=names[value],
                open=group.open,
                salary_median=group.salary_median,
                salary_min=group.salary_min,
                salary_max=group.salary_max,
                paid=group.paid,
                search_url=link(facet, value),
            )
        )
    return rows
