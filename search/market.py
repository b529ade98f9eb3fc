"""The job market in numbers, as both backends answer it (``SearchBackend.market``): the open
technology jobs counted by role family, level of government, seniority, work arrangement and
employer (exactly the ``/api/v1/jobs/`` facet counts of a search with no filters), their pay,
and the jobs first seen and closed in each of the last weeks.

Pay is taken over one figure per job, the middle of its advertised annual range
(``documents.pay_midpoint``); a group's range runs from the lowest advertised minimum to the
highest advertised maximum. The median is the middle value (the upper of the two middle ones
when the count is even). The database computes it exactly; the engine estimates it (a t-digest
percentile), which gives exactly that for groups of up to several hundred jobs and is within a
fraction of a percent beyond. Weeks start on Monday in the site's time zone."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

# The facets whose groups carry pay statistics, and the ones counted only.
PAY_GROUPS = ("role_family", "government_level", "seniority")
COUNTED = ("remote", "agency")
WEEKS = 26


@dataclass(frozen=True)
class Group:
    """Open jobs of one facet value, and the pay of those that advertise it."""

    open: int
    paid: int = 0  # how many of them advertise pay
    salary_median: int | None = None
    salary_min: int | None = None
    salary_max: int | None = None


@dataclass(frozen=True)
class Week:
    start: date  # the Monday
    new: int
    closed: int


@dataclass
class Market:
    as_of: datetime
    open_jobs: int
    pay: Group  # every open job
    groups: dict[str, dict[str, Group]]  # PAY_GROUPS facet -> value -> its open jobs and pay
    counts: dict[str, dict[str, int]]  # COUNTED facet -> value -> open jobs
    weekly: list[Week] = field(default_factory=list)
    backend: str = ""
    fell_back: bool = False  # the engine failed and the database answered


def site_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def week_starts(now: datetime, weeks: int = WEEKS) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, oldest first; the last is this week's."""
    today = now.astimezone(site_zone()).date()
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def first_moment(now: datetime, weeks: int = WEEKS) -> datetime:
    """Midnight, in the site's time zone, of the first day the weekly series covers."""
    first = week_starts(now, weeks)[0]
    return datetime(first.year, first.month, first.day, tzinfo=site_zone())


def weekly_series(starts: list[date], new: dict[date, int], closed: dict[date, int]) -> list[Week]:
    return [Week(start, new.get(start, 0), closed.get(start, 0)) for start in starts]


def pay_group(open_count: int, pay: Iterable[tuple[int | None, int | None, int | None]]) -> Group:
    """A group's statistics from each paid job's (low, middle, top) annual pay."""
    paid = [each for each in pay if each[1] is not None]
    if not paid:
        return Group(open=open_count)
    return Group(
        open=open_count,
        paid=len(paid),
        salary_median=statistics.median_high([middle for _, middle, _ in paid]),
        salary_min=min(low for low, _, _ in paid),
        salary_max=max(top for _, _, top in paid),
    )
