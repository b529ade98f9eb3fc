"""From a parser's RawListing to the fields of a Job: one function, no database writes except
through the agency resolver it is given."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal

from ingest.agencies import AgencyResolver, guess_level
from ingest.classifier import Classifier
from ingest.dates import is_continuous, parse_datetime
from ingest.pay import NO_PAY, normalise_pay, pay_from_text
from ingest.records import RawListing
from ingest.sanitise import plain_text, sanitise_html
from ingest.titles import display_title
from jobboard.models import Agency, EmploymentType, HiringPath, WorkArrangement
from jobboard.models.jobs import joined_hiring_paths

EMPLOYMENT_WORDS = [
    (r"intern", EmploymentType.INTERNSHIP),
    (r"fellow", EmploymentType.FELLOWSHIP),
    (r"part[\s_-]?time", EmploymentType.PART_TIME),
    (r"contract|contractor|consultant|1099", EmploymentType.CONTRACT),
    (
        r"temp|temporary|seasonal|limited[\s-]term|per diem|as needed|non[\s-]?career",
        EmploymentType.TEMPORARY,
    ),
    (r"full[\s_-]?time|permanent|regular", EmploymentType.FULL_TIME),
]
# Short fields (location, title) may say just "Remote"; a description must say it plainly,
# since "this position is not remote" also contains the word.
PLACE_REMOTE = re.compile(r"\bremote\b|\banywhere in the u\.?s\.?|\btelecommute\b", re.I)
PLACE_HYBRID = re.compile(r"\bhybrid\b", re.I)
TEXT_REMOTE = re.compile(
    r"\b(fully[- ]remote|100% remote|remote[- ]first|work from anywhere|"
    r"(this|a) (is a )?remote (position|role|job)|remote[- ]eligible)\b",
    re.I,
)
TEXT_HYBRID = re.compile(
    r"\b(hybrid (work|schedule|role|position|model)|telework(ing)? (is )?(available|eligible)|"
    r"days? (a|per) week in[- ](the )?office)\b",
    re.I,
)
NOT_REMOTE = re.compile(r"\b(not|no|non)[- ](a )?(remote|telework)", re.I)
# One of these words is in every text the three patterns above can match.
TEXT_WORDS = ("remote", "telework", "hybrid", "office", "anywhere")


@dataclass
class JobFields:
    """Everything a Job row needs from one listing, normalised."""

    raw_title: str
    title: str
    description: str
    description_text: str
    agency: Agency | None  # None until resolved (``with_agency``)
    role_family: str | None
    seniority: str | None
    top_seniority: str | None
    is_people_manager: bool
    employment_type: str
    work_arrangement: str
    location: str
    city: str
    state: str
    latitude: float | None
    longitude: float | None
    salary_min: int | None
    salary_max: int | None
    pay_min: Decimal | None
    pay_max: Decimal | None
    pay_interval: str
    pay_currency: str
    posted_at: datetime | None
    closes_at: datetime | None
    open_until_filled: bool
    apply_url: str
    source_url: str
    federal_series: str
    federal_grades: str
    hiring_paths: str
    source_category: str = ""

    def content_hash(self) -> str:
        """A fingerprint of the content, so an unchanged listing is recognised cheaply."""
        data = asdict(self)
        data["agency"] = self.agency.pk
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def employment_type(text: str, title: str) -> str:
    """Our employment type from a source's word, else the title's, else full-time."""
    for source_text in (text, title):
        for pattern, value in EMPLOYMENT_WORDS:
            if source_text and re.search(pattern, source_text, re.I):
                return value
    return EmploymentType.FULL_TIME


def work_arrangement(signal: str, place: str, title: str, description: str) -> str:
    """Remote, hybrid or on-site: the format's own signal first, then the location and title,
    then plain statements in the description (a negation such as 'not remote' wins)."""
    if signal in {"remote", "hybrid", "onsite"}:
        return signal
    short = f"{place} {title}"
    if PLACE_HYBRID.search(short):
        return WorkArrangement.HYBRID
    if PLACE_REMOTE.search(short):
        return WorkArrangement.REMOTE
    folded = description.lower()
    if not any(word in folded for word in TEXT_WORDS):  # a scan in C spares three regexes
        return WorkArrangement.ONSITE
    if NOT_REMOTE.search(description):
        return WorkArrangement.ONSITE
    if TEXT_HYBRID.search(description):
        return WorkArrangement.HYBRID
    if TEXT_REMOTE.search(description):
        return WorkArrangement.REMOTE
    return WorkArrangement.ONSITE


def _grades(listing: RawListing) -> tuple[str, str, str]:
    plan = listing.pay_plan or ("GS" if listing.grade_low else "")
    low = f"{plan}-{listing.grade_low}" if listing.grade_low else ""
    high = f"{plan}-{listing.grade_high}" if listing.grade_high else low
    shown = low if high == low else f"{low} to {high}"
    return low, high, shown


def normalise(
    listing: RawListing,
    *,
    classifier: Classifier,
    agencies: AgencyResolver,
    agency_default: str = "",
    level_default: str = "",
) -> JobFields:
    """Normalise one listing: title, HTML, employer, classification, pay, dates, place."""
    prepared = prepare(
        listing,
        classifier=classifier,
        agency_name=agencies.name_for,
        agency_default=agency_default,
        level_default=level_default,
    )
    return with_agency(prepared, agencies)


@dataclass
class Prepared:
    """A listing normalised but for its Agency row: the employer's name to resolve (with the
    level it takes if new), the agency name it was classified with and what else the
    classifier read, so it can be classified again for another name without the listing."""

    fields: JobFields
    employer: str
    level: str
    classified_as: str
    title: str
    grades: tuple[int | None, int | None]
    series: list[str]
    category: str = ""  # what the source files the job under (RawListing.category)
    department: str = ""  # the department and team the source names

    def classify(self, classifier: Classifier, employer_name: str) -> None:
        """Set the fields' role family, seniority and management from the classifier, with
        the employer named ``employer_name``."""
        classification = classifier.classify(
            self.title,
            grade=self.grades[0],
            grade_high=self.grades[1],
            series=self.series,
            employer=employer_name,
            description=self.fields.description_text,
            category=self.category,
            department=self.department,
        )
        self.fields.role_family = classification.role_family
        self.fields.seniority = classification.seniority
        self.fields.top_seniority = classification.top_seniority
        self.fields.is_people_manager = classification.people_manager
        self.classified_as = employer_name


def prepare(
    listing: RawListing,
    *,
    classifier: Classifier,
    agency_name: Callable[[str], str],
    agency_default: str = "",
    level_default: str = "",
) -> Prepared:
    """Everything ``normalise`` does that needs no database: ``agency_name`` gives the name an
    employer's agency has or will have (``AgencyResolver.name_for``). A new employer's level of
    government is the listing's, else the one its name suggests, else the source's
    (``level_default``: an EdJoin source's "Burbank Unified" is public education). Raises
    ValueError, TypeError or ArithmeticError for a listing that cannot be used."""
    description = sanitise_html(listing.description)
    text = plain_text(description)
    employer = listing.employer or agency_default or listing.department
    if not employer.strip():
        raise ValueError("it names no employer; set the source's agency (ingest --agency NAME)")
    grade_low, grade_high, grades_shown = _grades(listing)
    pay = normalise_pay(
        listing.pay_min, listing.pay_max, listing.pay_interval, listing.pay_currency or "USD"
    )
    if pay is NO_PAY:
        pay = pay_from_text(text)
    continuous = is_continuous(listing.closes_at)
    fields = JobFields(
        raw_title=listing.title[:300],
        title=display_title(listing.title)[:300],
        description=description,
        description_text=text,
        agency=None,
        role_family=None,  # set by Prepared.classify
        seniority=None,
        top_seniority=None,
        is_people_manager=False,
        employment_type=employment_type(listing.employment_type, listing.title),
        work_arrangement=work_arrangement(listing.remote, listing.location, listing.title, text),
        location=listing.location[:300],
        city=(listing.city or _city_from(listing.location))[:100],
        state=listing.state[:50],
        latitude=_coordinate(listing.latitude),
        longitude=_coordinate(listing.longitude),
        salary_min=pay.annual_min,
        salary_max=pay.annual_max,
        pay_min=pay.original_min,
        pay_max=pay.original_max,
        pay_interval=pay.interval,
        pay_currency=pay.currency,
        posted_at=parse_datetime(listing.posted_at),
        closes_at=None if continuous else parse_datetime(listing.closes_at, end_of_day=True),
        open_until_filled=continuous or not listing.closes_at,
        apply_url=_http_url(listing.apply_url),
        source_url=_http_url(listing.url),
        federal_series=",".join(listing.series)[:60],
        federal_grades=grades_shown[:60],
        hiring_paths=hiring_paths(listing.hiring_paths),
        source_category=" / ".join(
            dict.fromkeys(p for p in (listing.category, listing.department, listing.team) if p)
        )[:300],
    )
    prepared = Prepared(
        fields,
        employer=employer,
        level=listing.level or guess_level(employer) or level_default,
        classified_as="",
        title=listing.title,
        grades=(grade_low, grade_high),
        series=listing.series,
        category=listing.category,
        department=" / ".join(part for part in (listing.department, listing.team) if part),
    )
    prepared.classify(classifier, agency_name(employer))
    return prepared


def with_agency(
    prepared: Prepared, agencies: AgencyResolver, classifier: Classifier | None = None
) -> JobFields:
    """The prepared fields with their Agency row (created when new). Prepared away from this
    resolver (in a reading worker), the listing may name an agency made since, which it
    resolves to by its words: it is then classified again with that agency's name, as
    ``normalise`` would have."""
    name = agencies.name_for(prepared.employer)
    if name != prepared.classified_as:
        if classifier is None:
            raise ValueError("a classifier is needed to classify the listing again")
        prepared.classify(classifier, name)
    prepared.fields.agency = agencies.resolve(prepared.employer, level=prepared.level)
    return prepared.fields


def hiring_paths(codes: list[str]) -> str:
    """Who may apply, as stored: the source's hiring paths that we know, or open to the public
    when the source states none (a County or City bulletin names no path)."""
    if not codes:
        return HiringPath.PUBLIC
    return joined_hiring_paths(codes)


def _city_from(location: str) -> str:
    """'Downey, CA' -> 'Downey'; nothing for 'Remote - US' or several places (NEOGOV feeds
    write 'Various')."""
    first = location.split(";")[0].split(",")[0].strip()
    if not first or ";" in location or re.search(r"remote|anywhere|multiple|various", first, re.I):
        return ""
    return first


def _coordinate(value: object) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _http_url(url: str) -> str:
    """Only http(s) links reach the page: a javascript: or data: URL is dropped."""
    url = (url or "").strip()
    return url[:1000] if re.match(r"^https?://", url, re.I) else ""
