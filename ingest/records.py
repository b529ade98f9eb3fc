"""The plain records parsers produce: no database, no normalisation beyond reading the format."""

from __future__ import annotations

from dataclasses import dataclass, field


class ParseError(Exception):
    """The whole document could not be read (not JSON, not a feed, wrong shape)."""


@dataclass
class RawListing:
    """One listing as its source states it. Strings stay as given; the normaliser interprets."""

    external_id: str
    title: str
    description: str = ""  # HTML or text as the source gives it (unsanitised)
    employer: str = ""
    department: str = ""  # a department of the employer (county feeds name the agency here)
    level: str = ""  # level of government when the format implies it (USAJOBS: federal)
    team: str = ""  # a team inside the employer (Greenhouse, Lever): never the employer
    # What the source files the job under, besides its title: EdJoin's job type, NEOGOV's and
    # PageUp's categories, SmartRecruiters' function, CalCareers' civil-service class. The
    # classifier reads it when the title alone is vague.
    category: str = ""
    location: str = ""
    city: str = ""
    state: str = ""
    latitude: float | None = None
    longitude: float | None = None
    remote: str = ""  # "remote", "hybrid", "onsite" or "" where the source has a signal
    employment_type: str = ""
    pay_min: str = ""
    pay_max: str = ""
    pay_interval: str = ""
    pay_currency: str = ""
    posted_at: str = ""
    closes_at: str = ""  # a date, "Continuous", or ""
    apply_url: str = ""
    url: str = ""
    series: list[str] = field(default_factory=list)
    grade_low: str = ""
    grade_high: str = ""
    pay_plan: str = ""
    announcement: str = ""  # the announcement number, where the source has one (USAJOBS)
    hiring_paths: list[str] = field(default_factory=list)  # who may apply, as codes (USAJOBS)
    who_may_apply: str = ""  # who may apply, in the source's words


@dataclass
class ParseResult:
    """What a parser read: the listings, the items it skipped with why, and whether the
    document was read to its end (a truncated feed must not close vanished jobs)."""

    listings: list[RawListing] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    complete: bool = True
