"""Ingesting one source: read its documents (a file, a URL, or USAJOBS pages), parse, upsert,
and close what vanished, but only after a complete, successful read. Every run is recorded as
an IngestRun. This is the public entry point of the ingest app."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from ingest.classifier import Classifier
from ingest.fetch import Fetcher, FetchError
from ingest.parsers import detect_format, parse
from ingest.records import ParseError
from ingest.upsert import NORMALISER_VERSION, UpsertCounts, Upserter
from jobboard.models import IngestRun, Source

logger = logging.getLogger(__name__)
USAJOBS_PAGE_SIZE = 500
USAJOBS_MAX_PAGES = 40


class SourceFailed(Exception):
    """A source could not be read as a whole; the message is one sentence for the operator."""


@dataclass
class SourceReport:
    """What one source's ingest did."""

    source: Source
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    ok: bool = True
    complete: bool = True
    not_modified: bool = False
    error: str = ""


@dataclass
class Document:
    body: bytes
    complete: bool = True
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    single: bool = True  # the source's whole content in one document (not a page of several)


def source_for_location(location: str, *, fmt: str, agency: str = "") -> Source:
    """The Source row of an ad-hoc ``--file`` or ``--url``, keyed by its absolute path or URL,
    so vanished jobs close for it as for a configured source."""
    is_url = location.startswith(("http://", "https://"))
    key = location if is_url else str(Path(location).expanduser().resolve())
    digest = hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:10]
    source, _ = Source.objects.get_or_create(
        url=key,
        defaults={
            "slug": f"{slugify(Path(urlsplit(key).path).name or key)[:150]}-{digest}",
            "name": key[:200],
            "format": fmt if fmt != "auto" else "",
            "agency_default": agency,
            "enabled": False,
        },
    )
    if agency and source.agency_default != agency:
        source.agency_default = agency
        source.save(update_fields=["agency_default"])
    return source


def _read_file(path: str) -> Iterator[Document]:
    try:
        yield Document(Path(path).read_bytes())
    except OSError as exc:
        raise SourceFailed(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def _usajobs_pages(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    key, agent = settings.USAJOBS_API_KEY, settings.USAJOBS_USER_AGENT
    if not key or not agent:
        raise SourceFailed(
            "USAJOBS needs USAJOBS_API_KEY and USAJOBS_USER_AGENT (a contact email) to be set."
        )
    headers = {"Authorization-Key": key, "User-Agent": agent, "Host": "data.usajobs.gov"}
    parts = urlsplit(source.url)
    query = dict(parse_qsl(parts.query))
    page, pages = 1, 1
    while page <= min(pages, USAJOBS_MAX_PAGES):
        query.update(Page=str(page), ResultsPerPage=str(USAJOBS_PAGE_SIZE))
        url = urlunsplit(parts._replace(query=urlencode(query)))
        result = fetcher.fetch(url, headers=headers)
        try:
            user_area = json.loads(result.body)["SearchResult"].get("UserArea") or {}
            pages = int(user_area.get("NumberOfPages") or 1)
        except (ValueError, KeyError, TypeError):
            pages = 1  # the parser reports what is wrong with the document
        yield Document(result.body, complete=page >= pages, single=False)
        page += 1


def _documents(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    if not source.url.startswith(("http://", "https://")):
        yield from _read_file(source.url)
        return
    if source.format == "usajobs":
        yield from _usajobs_pages(source, fetcher)
        return
    result = fetcher.fetch(
        source.url,
        etag=source.etag,
        last_modified=source.last_modified,
        respect_robots=source.format == "jsonld",
    )
    yield Document(
        result.body,
        etag=result.etag,
        last_modified=result.last_modified,
        not_modified=result.not_modified,
    )


def ingest_source(
    source: Source,
    *,
    fmt: str = "",
    fetcher: Fetcher | None = None,
    classifier: Classifier | None = None,
    log_failure: bool = True,
) -> SourceReport:
    """Ingest one source. Never raises for the source's own faults: a failure is reported."""
    fetcher = fetcher or Fetcher()
    fmt = fmt or source.format or "auto"
    report = SourceReport(source)
    run = IngestRun.objects.create(source=source)
    upserter = Upserter(source, classifier=classifier)
    last_page_read = True
    try:
        for document in _documents(source, fetcher):
            digest = _document_hash(source, fmt, document.body)
            if document.single and digest == source.document_hash:
                document.not_modified = True
            if document.not_modified:
                report.not_modified = True
                report.counts.unchanged += upserter.touch_present()
                continue
            document_format = detect_format(document.body) if fmt == "auto" else fmt
            parsed = parse(document.body, document_format, location=source.url)
            if not source.format:
                source.format = document_format
            if document.single:
                report.complete &= parsed.complete
            else:  # a page of several: complete once the last page has been read
                last_page_read = document.complete
            counts = upserter.upsert(parsed.listings)
            counts.skipped += len(parsed.errors)
            counts.errors[:0] = parsed.errors
            report.counts.add(counts)
            if document.etag or document.last_modified:
                source.etag, source.last_modified = document.etag, document.last_modified
            complete_single = document.single and parsed.complete and not parsed.errors
            source.document_hash = digest if complete_single else ""
    except (SourceFailed, FetchError, ParseError) as exc:
        report.ok, report.error = False, str(exc)
        source.document_hash = ""
    report.complete &= last_page_read
    if report.ok and report.complete and not report.not_modified:
        report.counts.closed = upserter.close_vanished()
    _record(source, run, report, log_failure=log_failure)
    return report


def _document_hash(source: Source, fmt: str, body: bytes) -> str:
    """A fingerprint of a whole document as read for this source: an unchanged document
    (the file or server equivalent of HTTP 304) needs no parsing."""
    prefix = f"{NORMALISER_VERSION}|{fmt}|{source.agency_default}|".encode()
    return hashlib.sha256(prefix + body).hexdigest()


def _record(source: Source, run: IngestRun, report: SourceReport, *, log_failure: bool) -> None:
    now = timezone.now()
    if report.ok:
        source.last_success_at, source.last_error = now, ""
    else:
        source.last_error = report.error
    if not report.ok and log_failure:
        logger.warning("ingest failed", extra={"source": source.slug, "error": report.error})
    source.save()
    counts = report.counts
    run.finished_at, run.ok = now, report.ok
    run.created, run.updated, run.unchanged = counts.created, counts.updated, counts.unchanged
    run.closed, run.skipped = counts.closed, counts.skipped
    run.errors = ([report.error] if report.error else []) + counts.errors[:200]
    run.save()
