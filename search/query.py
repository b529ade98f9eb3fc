"""The public search interface: what a search asks (``JobQuery``) and what it answers
(``SearchResults``). Views, the API, feeds and CMS blocks build a JobQuery, call
``search.service.search_jobs`` and render the results; they never see a backend."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.utils.translation import gettext as _
from typing_extensions import TypedDict  # pydantic reads it on Python 3.11 (the API's schema)

from search.text import printable

FACETS = (
    "agency",
    "role_family",
    "seniority",
    "government_level",
    "employment_type",
    "remote",
    "hiring_path",
)
SORTS = ("relevance", "newest", "closing", "salary")
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_RESULT_WINDOW = 10_000  # deepest result reachable by paging, on every backend
MAX_QUERY_LENGTH = 500
MAX_VALUES_PER_FACET = 50
MAX_FACET_VALUE_LENGTH = 200
MAX_CLOSING_WITHIN = 90  # days
CLOSING_SOON_DAYS = 7  # a job closing within this many days is marked "closing soon"


# What each facet's values are, for the API's documentation.
FACET_HELP = {
    "agency": "Agency slugs.",
    "role_family": "Role family slugs.",
    "seniority": "Seniority slugs.",
    "government_level": "federal, state, county, city...",
    "employment_type": "full-time, part-time, contract...",
    "remote": "remote, hybrid or onsite.",
    "hiring_path": "Who may apply: USAJOBS's hiring paths (public, fed-transition, "
    "fed-competitive, fed-excepted, fed-internal-search, vet, disability, mspouse, student, "
    "graduates, native, peace, land, overseas, ses). Jobs whose source states none are "
    "open to the public.",
}


def _param(default: Any, help: str, **constraints: Any) -> Any:
    """A JobQuery field with its description (and bounds) as the API documents it."""
    return field(default=default, metadata={"help": help, **constraints})


class InvalidQuery(ValueError):
    """A parameter cannot be understood; the message says which and what would work."""


@dataclass(frozen=True)
class JobQuery:
    """A search for jobs. Values of one facet are ORed; different facets are ANDed."""

    q: str = _param("", "Words to search for (all must match).", max_length=MAX_QUERY_LENGTH)
    # One parameter per facet in FACETS (see FACET_HELP): slug -> selected values.
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    salary_min: int | None = _param(None, "Annual pay in US dollars.", ge=0)
    closing_within: int | None = _param(
        None,
        f"Only jobs closing within this many days (1 to {MAX_CLOSING_WITHIN}).",
        ge=1,
        le=MAX_CLOSING_WITHIN,
    )
    location: str = _param("", "A city, such as Pasadena.")
    sort: str = _param("relevance", "relevance, newest, closing or salary.", choices=SORTS)
    page: int = _param(1, "", ge=1)
    page_size: int = _param(DEFAULT_PAGE_SIZE, f"At most {MAX_PAGE_SIZE}.", ge=1)
    include_closed: bool = _param(False, "")
    include_non_tech: bool = _param(
        False, "Include jobs outside technology (no role family), left out by default."
    )

    @classmethod
    def from_params(cls, params: Any) -> JobQuery:
        """Build a query from request parameters (a QueryDict or a dict of lists), raising
        InvalidQuery with a clear message for anything malformed."""
        get_list = params.getlist if hasattr(params, "getlist") else (lambda k: params.get(k, []))

        def one(name: str) -> str:
            values = get_list(name)
            if isinstance(values, str):
                values = [values]
            return printable(values[-1]).strip() if values else ""

        q = " ".join(one("q").split())
        if len(q) > MAX_QUERY_LENGTH:
            raise InvalidQuery(
                _("q is too long: at most %(limit)d characters.") % {"limit": MAX_QUERY_LENGTH}
            )
        filters = {}
        for facet in FACETS:
            values = get_list(facet)
            if isinstance(values, str):
                values = [values]
            values = [printable(v).strip() for v in values if v]
            cleaned = tuple(dict.fromkeys(v for v in values if v))
            if len(cleaned) > MAX_VALUES_PER_FACET:
                raise InvalidQuery(
                    _("%(facet)s takes at most %(limit)d values.")
                    % {"facet": facet, "limit": MAX_VALUES_PER_FACET}
                )
            if any(len(v) > MAX_FACET_VALUE_LENGTH for v in cleaned):
                raise InvalidQuery(_("A %(facet)s value is too long.") % {"facet": facet})
            if cleaned:
                filters[facet] = tuple(sorted(cleaned))
        sort = one("sort") or "relevance"  # with no words, relevance orders newest first
        if sort not in SORTS:
            raise InvalidQuery(
                _("sort must be one of %(sorts)s, not %(sort)r.")
                % {"sorts": ", ".join(SORTS), "sort": sort}
            )
        page = _integer(one("page"), "page", default=1, minimum=1)
        page_size = min(
            _integer(one("page_size"), "page_size", default=DEFAULT_PAGE_SIZE, minimum=1),
            MAX_PAGE_SIZE,
        )
        if page * page_size > MAX_RESULT_WINDOW:
            raise InvalidQuery(
                _(
                    "page %(page)d is too deep: only the first %(window)s results can be paged "
                    "through. Narrow the search with filters instead."
                )
                % {"page": page, "window": f"{MAX_RESULT_WINDOW:,}"}
            )
        salary = one("salary_min")
        salary_min = _integer(salary, "salary_min", default=0, minimum=0) if salary else None
        if salary_min is not None and salary_min > 10_000_000:
            raise InvalidQuery(_("salary_min is an annual amount in US dollars, at most 10000000."))
        within = one("closing_within")
        closing_within = (
            _integer(within, "closing_within", default=1, minimum=1) if within else None
        )
        if closing_within is not None and closing_within > MAX_CLOSING_WITHIN:
            raise InvalidQuery(
                _("closing_within is a number of days, at most %(limit)d.")
                % {"limit": MAX_CLOSING_WITHIN}
            )
        include_closed = _yes_no(one("include_closed"), "include_closed")
        include_non_tech = _yes_no(one("include_non_tech"), "include_non_tech")
        location = one("location")[:100]
        return cls(
            q=q,
            filters=filters,
            salary_min=salary_min or None,
            closing_within=closing_within,
            location=location,
            sort=sort,
            page=page,
            page_size=page_size,
            include_closed=include_closed,
            include_non_tech=include_non_tech,
        )

    def selected(self, facet: str) -> tuple[str, ...]:
        return tuple(self.filters.get(facet, ()))

    def with_changes(self, **changes: Any) -> JobQuery:
        """A copy with some attributes changed (the page, a facet's values...)."""
        return dataclasses.replace(self, **changes)

    def to_params(self, *, page: bool = True) -> list[tuple[str, str]]:
        """The query as URL parameters in a canonical order (so equal searches share a URL)."""
        params: list[tuple[str, str]] = []
        if self.q:
            params.append(("q", self.q))
        for facet in FACETS:
            params.extend((facet, value) for value in self.selected(facet))
        if self.salary_min:
            params.append(("salary_min", str(self.salary_min)))
        if self.closing_within:
            params.append(("closing_within", str(self.closing_within)))
        if self.location:
            params.append(("location", self.location))
        if self.sort != "relevance":
            params.append(("sort", self.sort))
        if self.include_closed:
            params.append(("include_closed", "true"))
        if self.include_non_tech:
            params.append(("include_non_tech", "true"))
        if self.page_size != DEFAULT_PAGE_SIZE:
            params.append(("page_size", str(self.page_size)))
        if page and self.page > 1:
            params.append(("page", str(self.page)))
        return params

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def _yes_no(raw: str, name: str) -> bool:
    word = raw.lower()
    if word not in {"", "0", "1", "true", "false", "yes", "no", "on", "off"}:
        raise InvalidQuery(_("%(name)s must be true or false.") % {"name": name})
    return word in {"1", "true", "yes", "on"}


def _integer(raw: str, name: str, *, default: int, minimum: int) -> int:
    if not raw:
        return default
    # ASCII digits only: "²" passes str.isdigit() yet int() cannot read it.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise InvalidQuery(
            _("%(name)s must be a whole number, not %(raw)r.") % {"name": name, "raw": raw[:20]}
        )
    value = int(raw)
    if value < minimum:
        raise InvalidQuery(
            _("%(name)s must be at least %(minimum)d.") % {"name": name, "minimum": minimum}
        )
    return value


class Named(TypedDict):
    """A taxonomy term or an agency as results show it."""

    slug: str
    name: str


class Announcement(TypedDict):
    """One announcement of a job (a job merged from several lists each: its number, who may
    apply through it, its dates, its own apply link, and whether it is still open)."""

    number: str
    hiring_paths: list[str]
    who_may_apply: str
    opens_at: datetime | None
    closes_at: datetime | None
    apply_url: str
    status: str


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    """One job in the results, with the fields the API and the cards show."""

    id: int
    title: str
    url: str
    apply_url: str
    agency: Named
    role_family: Named | None
    seniority: Named | None
    government_level: str
    employment_type: str
    remote: str
    location: str
    salary_min: int | None
    salary_max: int | None
    posted_at: datetime | None
    closes_at: datetime | None
    status: str
    highlight: dict[str, list[str]] = field(default_factory=dict)
    hiring_paths: list[str] = field(default_factory=list)
    announcements: list[Announcement] = field(default_factory=list)
    # For the cards and pages only; not part of the API's job object.
    open_until_filled: bool = field(default=False, metadata={"api": False})

    def closing_soon(self, now: datetime) -> bool:
        """Whether the job closes within CLOSING_SOON_DAYS of ``now`` (and has not closed)."""
        return self.closes_at is not None and (
            now <= self.closes_at <= now + timedelta(days=CLOSING_SOON_DAYS)
        )


@dataclass
class SearchResults:
    """The answer to a JobQuery, the same whichever backend served it."""

    query: JobQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    backend: str
    notice: str = ""  # shown to users, e.g. when search fell back to the database
    suggestion: str = ""  # "did you mean" for a query with no results

    @property
    def pages(self) -> int:
        reachable = min(self.total, MAX_RESULT_WINDOW)
        return max(1, -(-reachable // self.query.page_size))
