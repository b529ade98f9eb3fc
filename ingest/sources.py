"""Adding a source from a careers-page address, confirming it by reading it once, and each
source's health: the operations behind ``manage.py add_source``, ``manage.py sources``, the
admin's "Add from a careers page" and "Ingest now", and the organizers' dashboard."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import slugify

from ingest.agencies import guess_level
from ingest.fetch import Fetcher, FetchError
from ingest.parsers import jsonld
from ingest.pipeline import SourceReport, ingest_source
from ingest.platforms import KNOWN, Recognised, UnknownPlatform, jobposting_page, recognise
from ingest.records import ParseError
from jobboard.models import GovernmentLevel, IngestRun, Source
from jobboard.models.sources import PLATFORMS

# The level of government a platform implies when the operator names none.
PLATFORM_LEVELS = {
    "usajobs": GovernmentLevel.FEDERAL,
    "calcareers": GovernmentLevel.STATE,
    "pageup": GovernmentLevel.EDUCATION,
    "edjoin": GovernmentLevel.EDUCATION,
    "successfactors": GovernmentLevel.EDUCATION,
}


def _recognise_or_read(url: str, fetcher: Fetcher) -> Recognised:
    """The platform of an address, or else a page whose JobPosting markup can be read."""
    found = recognise(url)
    if found is not None:
        return found
    try:
        body = fetcher.fetch(url, respect_robots=True).body
        postings = jsonld.parse(body, page_url=url).listings
    except (FetchError, ParseError):
        postings = []
    if not postings:
        raise UnknownPlatform(
            f"{url} is on no platform this site reads and has no JobPosting markup; the "
            f"platforms known are {KNOWN}."
        )
    return jobposting_page(url)


def _unique_slug(base: str) -> str:
    base = slugify(base)[:180] or "source"
    slug, n = base, 2
    while Source.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def add_source(
    url: str, *, agency: str = "", level: str = "", fetcher: Fetcher | None = None
) -> tuple[Source, bool]:
    """The source for a careers address, and whether it was created now (an address already
    read by a source returns that source). A new source starts disabled and unconfirmed:
    "Ingest now" confirms it. Raises UnknownPlatform (one sentence) when the address is on no
    known platform and has no JobPosting markup, or ValueError for an unknown level."""
    if level and level not in GovernmentLevel.values:
        known = ", ".join(GovernmentLevel.values)
        raise ValueError(f"Unknown level of government {level!r}: use one of {known}.")
    found = _recognise_or_read(url, fetcher or Fetcher())
    existing = Source.objects.filter(url=found.url).first()
    if existing is not None:
        return existing, False
    platform_name = dict(PLATFORMS)[found.platform]
    name = f"{agency} ({platform_name})" if agency else f"{platform_name}: {found.board}"
    source = Source.objects.create(
        slug=_unique_slug(f"{agency or found.board}-{found.platform}"),
        name=name[:200],
        format=found.format,
        url=found.url,
        agency_default=agency,
        government_level=level or guess_level(agency) or PLATFORM_LEVELS.get(found.platform, ""),
        platform=found.platform,
        enabled=False,
        evidence=f"Added from {redact(url)} on {timezone.localdate():%Y-%m-%d}; not read yet.",
    )
    return source, True


def confirm_by_reading(source: Source, *, by: str = "") -> SourceReport:
    """Read a source now ("Ingest now"). A complete, successful read of a source not yet
    confirmed confirms and enables it, with what was read as the evidence."""
    report = ingest_source(source)
    source.refresh_from_db()
    if report.ok and report.complete and not source.confirmed:
        read = sum(
            report.counts.numbers()[name] for name in ("created", "updated", "unchanged", "merged")
        )
        who = f" by {by}" if by else ""
        source.confirmed, source.enabled = True, True
        source.last_checked = timezone.localdate()
        source.evidence = (
            f"{source.evidence}\nRead {read} listing(s) on {source.last_checked:%Y-%m-%d}{who}."
        ).strip()
        source.save(update_fields=["confirmed", "enabled", "last_checked", "evidence"])
    return report


def outcome(report: SourceReport) -> str:
    """One line on what a read did, for the operator."""
    if not report.ok:
        return f"{report.source.name}: not read. {redact(report.error)}"
    line = f"{report.source.name}: {report.counts.summary()}"
    return line + ("." if report.complete else "; the read was incomplete, so nothing was closed.")


# Query parameters whose values are secrets, and an address's user and password.
SECRET_PARAMETER = re.compile(r"(key|token|secret|password|passwd|pwd|auth|signature|sig)", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s'\"<>]+")


def _redact_url(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if "@" in parts.netloc:
        netloc = f"***@{netloc}"
    query = [
        (k, "***" if SECRET_PARAMETER.search(k) else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query, safe="*")))


def redact(text: str) -> str:
    """Text (an address, an error) with every address's credentials and API keys hidden."""
    return URL_IN_TEXT.sub(lambda match: _redact_url(match.group(0)), text)


@dataclass(frozen=True)
class Health:
    """How one source is doing, for operators (``manage.py sources``) and organizers."""

    source: Source
    listings: int  # listings the source carries now (seen in its latest read)
    last_run: IngestRun | None
    stale: bool

    @property
    def error(self) -> str:
        """The last error in plain words, with any address's keys hidden."""
        return redact(self.source.last_error)

    def as_json(self) -> dict:
        source = self.source
        return {
            "slug": source.slug,
            "format": source.format,
            "enabled": source.enabled,
            "confirmed": source.confirmed,
            "last_success": source.last_success_at.isoformat() if source.last_success_at else None,
            "last_error": self.error,
            "consecutive_failures": source.consecutive_failures,
            "listings": self.listings,
            "stale": self.stale,
            "retry_after": source.retry_after.isoformat() if source.retry_after else None,
            "created": self.last_run.created if self.last_run else 0,
            "closed": self.last_run.closed if self.last_run else 0,
        }


def health(sources=None, *, now: datetime | None = None) -> list[Health]:
    """Every source's health (or these sources'), failing and stale ones first."""
    now = now or timezone.now()
    queryset = (sources if sources is not None else Source.objects.all()).annotate(
        present=Count("listings", filter=Q(listings__present=True))
    )
    rows = []
    for source in queryset:
        last_run = source.runs.filter(finished_at__isnull=False).first()
        rows.append(Health(source, source.present, last_run, source.is_stale(now)))
    rows.sort(
        key=lambda h: (
            not h.source.enabled,
            -h.source.consecutive_failures,
            not h.source.last_error,
            not h.stale,
            h.source.name.casefold(),
        )
    )
    return rows
