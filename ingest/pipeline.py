"""Ingesting one source: read its documents (a file, a URL, or USAJOBS pages), parse, upsert,
and close what vanished, but only after a complete, successful read. Every run is recorded as
an IngestRun. This is the public entry point of the ingest app."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from ingest.agencies import AgencyResolver
from ingest.classifier import Classifier
from ingest.fetch import Fetcher, FetchError
from ingest.normalise import Prepared
from ingest.parsers import calcareers, detect_format, parse, successfactors
from ingest.reading_workers import ReadingWorkers, WorkerDied
from ingest.records import ParseError, ParseResult
from ingest.upsert import NORMALISER_VERSION, Preparer, UpsertCounts, Upserter
from jobboard.models import IngestRun, JobSource, Source

logger = logging.getLogger(__name__)
USAJOBS_PAGE_SIZE = 500
USAJOBS_MAX_PAGES = 40
EDJOIN_PAGE_SIZE = 100
EDJOIN_MAX_PAGES = 50
SMARTRECRUITERS_PAGE_SIZE = 100
SMARTRECRUITERS_MAX_PAGES = 50
WORKDAY_PAGE_SIZE = 20  # larger pages have been reported refused (HTTP 400)
WORKDAY_MAX_PAGES = 50
WORKDAY_DETAIL = ("jobPostingInfo", "hiringOrganization")  # the parts of a detail kept
CALCAREERS_MAX_POSTINGS = 200
SUCCESSFACTORS_MAX_PAGES = 1000  # job pages read from one sitemap
# The settings reading a source depends on: a reading worker gets this process's values.
READING_SETTINGS = ("INGEST_ALLOW_PRIVATE_URLS", "USAJOBS_API_KEY", "USAJOBS_USER_AGENT")


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
    errors: list[str] = field(default_factory=list)  # what the reader could not read, reported
    location: str = ""  # where the document was read, when not the source's own address


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


def _edjoin_pages(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    """An EdJoin search page by page (``page``, ``rows``) up to its ``totalPages``; past
    EDJOIN_MAX_PAGES the read is incomplete. Each request says it is the search page's own
    (``X-Requested-With``: EdJoin answers 500 without it); the ``#county=`` fragment is the
    parser's and is never sent."""
    parts = urlsplit(source.url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("rows", str(EDJOIN_PAGE_SIZE))
    headers = {"X-Requested-With": "XMLHttpRequest", "Accept": "application/json"}
    page, pages = 1, 1
    while page <= min(pages, EDJOIN_MAX_PAGES):
        query["page"] = str(page)
        url = urlunsplit(parts._replace(query=urlencode(query), fragment=""))
        result = fetcher.fetch(url, headers=headers)
        try:
            pages = max(1, int(json.loads(result.body).get("totalPages") or 1))
        except (ValueError, AttributeError, TypeError):
            pages = 1  # the parser reports what is wrong with the document
        yield Document(result.body, complete=page >= pages, single=False)
        page += 1


def _smartrecruiters_pages(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    """A SmartRecruiters company's postings page by page (``offset``, ``limit``) up to its
    ``totalFound``, each posting replaced by its detail (the list URL's path plus ``/<id>``):
    one document per list page. A detail that cannot be fetched leaves its posting out (named
    in the page's ``unread``, which the parser reports) and the read incomplete (the last
    document says so), as does a list past SMARTRECRUITERS_MAX_PAGES."""
    parts = urlsplit(source.url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    asked = query.get("limit", "")
    limit = max(1, int(asked)) if asked.isdigit() else SMARTRECRUITERS_PAGE_SIZE
    query["limit"] = str(limit)
    base = parts.path.rstrip("/")
    offset, total, page, missing = 0, 1, 1, False
    while offset < total:
        query["offset"] = str(offset)
        result = fetcher.fetch(urlunsplit(parts._replace(query=urlencode(query), fragment="")))
        try:
            document = json.loads(result.body)
            total = int(document["totalFound"])
            postings = [p for p in document["content"] if isinstance(p, dict)]
        except (ValueError, KeyError, TypeError):
            yield Document(result.body, single=False)  # the parser says what is wrong
            return
        content, unread = [], []
        for posting in postings:
            if not posting.get("id"):  # the parser reports it
                content.append(posting)
                continue
            detail_url = urlunsplit(
                parts._replace(path=f"{base}/{quote(str(posting.get('id', '')))}", query="",
                               fragment="")
            )  # fmt: skip
            try:
                detail = json.loads(fetcher.fetch(detail_url).body)
            except (FetchError, ValueError) as exc:
                unread.append(f"SmartRecruiters posting {posting.get('id')} not read: {exc}")
                missing = True
                continue
            content.append(posting | detail if isinstance(detail, dict) else posting)
        offset += limit
        last = offset >= total or not postings or page >= SMARTRECRUITERS_MAX_PAGES
        complete = offset >= total or not postings
        body = json.dumps(document | {"content": content, "unread": unread}).encode()
        yield Document(body, complete=last and complete and not missing, single=False)
        if last:
            return
        page += 1


def _workday_pages(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    """A Workday site's search (``.../wday/cxs/<tenant>/<site>/jobs``) page by page, a POST of
    ``offset`` 0, 20, 40, ... up to its ``total`` (the largest seen: Workday may answer 0 past
    the first page), then each posting's detail, a GET of the site's address plus the
    posting's ``externalPath``: one document per search page, each posting with its detail
    merged in. A detail that cannot be fetched leaves its posting out (named in the page's
    ``unread``, which the parser reports) and the read incomplete, as does a search past
    WORKDAY_MAX_PAGES."""
    parts = urlsplit(source.url)
    search = urlunsplit(parts._replace(fragment=""))
    site = parts.path.rstrip("/").removesuffix("/jobs")
    offset, total, page, missing = 0, 0, 1, False
    while True:
        asked = {
            "appliedFacets": {},
            "limit": WORKDAY_PAGE_SIZE,
            "offset": offset,
            "searchText": "",
        }
        result = fetcher.fetch(search, json_body=asked)
        try:
            document = json.loads(result.body)
            total = max(total, int(document.get("total") or 0))
            postings = [p for p in document["jobPostings"] if isinstance(p, dict)]
        except (ValueError, KeyError, TypeError, AttributeError):
            yield Document(result.body, complete=False, single=False)  # the parser says why
            return
        merged, unread = [], []
        for posting in postings:
            path = str(posting.get("externalPath") or "")
            if not path.startswith("/"):  # no detail to fetch: read from the page alone
                merged.append(posting)
                continue
            detail_url = urlunsplit(parts._replace(path=site + path, query="", fragment=""))
            try:
                detail = json.loads(fetcher.fetch(detail_url).body)
                merged.append(posting | {k: v for k, v in detail.items() if k in WORKDAY_DETAIL})
            except (FetchError, ValueError, AttributeError) as exc:
                unread.append(f"Workday posting {path} not read: {exc}")
                missing = True
        offset += WORKDAY_PAGE_SIZE
        last = offset >= total or not postings or page >= WORKDAY_MAX_PAGES
        complete = offset >= total or not postings
        merged_page = json.dumps(document | {"jobPostings": merged, "unread": unread}).encode()
        yield Document(merged_page, complete=last and complete and not missing, single=False)
        if last:
            return
        page += 1


def _calcareers_postings(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    """CalCareers postings, each its print view (``JobPostingPrint.aspx?jcid=<id>`` on the
    source's host) as one document: the ids a ``#jcid=1,2`` fragment names, or else those the
    source's search results page links to. A posting that cannot be fetched is left out (named
    in the next document's errors) and leaves the read incomplete, as do postings past
    CALCAREERS_MAX_POSTINGS; when none can be fetched the source fails."""
    parts = urlsplit(source.url)
    ids = calcareers.fragment_ids(source.url)
    if not ids:
        ids = calcareers.listed_ids(fetcher.fetch(urlunsplit(parts._replace(fragment=""))).body)
    capped = len(ids) > CALCAREERS_MAX_POSTINGS
    held: Document | None = None
    unread: list[str] = []
    missing = False
    for number in ids[:CALCAREERS_MAX_POSTINGS]:
        url = f"{parts.scheme}://{parts.netloc}{calcareers.PRINT_PATH.format(number)}"
        try:
            body = fetcher.fetch(url).body
        except FetchError as exc:
            unread.append(f"CalCareers posting JC-{number} not read: {exc}")
            missing = True
            continue
        if held is not None:
            yield held
        held = Document(body, complete=False, single=False, errors=unread)
        unread = []
    if held is None and unread:
        first = unread[0].rstrip(".")
        raise SourceFailed(
            f"None of the {len(unread)} CalCareers postings could be read ({first})."
        )
    if held is not None:
        held.errors += unread
        held.complete = not capped and not missing
        yield held


def _successfactors_pages(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    """A SuccessFactors career site: its sitemap (the source's address without its ``#path=``
    fragment), then each job page it lists (``successfactors.job_pages``), one document per
    page carrying the page's address, robots.txt respected as for any crawled page. A page that
    cannot be fetched leaves its posting out (named in the next document's ``errors``) and the
    read incomplete, as does a sitemap listing more than SUCCESSFACTORS_MAX_PAGES pages; the last
    document says whether the read was complete."""
    sitemap = urlunsplit(urlsplit(source.url)._replace(fragment=""))
    body = fetcher.fetch(sitemap, respect_robots=True).body
    pages = successfactors.job_pages(body, source.url)
    if not pages:
        raise SourceFailed(f"The sitemap {sitemap} lists no job pages to read.")
    complete = len(pages) <= SUCCESSFACTORS_MAX_PAGES
    pending: Document | None = None
    unread: list[str] = []
    for url in pages[:SUCCESSFACTORS_MAX_PAGES]:
        try:
            page = fetcher.fetch(url, respect_robots=True).body
        except FetchError as exc:
            unread.append(f"SuccessFactors job page {url} not read: {exc}")
            complete = False
            continue
        if pending is not None:
            yield pending
        pending = Document(page, complete=False, single=False, location=url, errors=unread)
        unread = []
    if pending is None:
        raise SourceFailed(f"No job page of {sitemap} could be read; the first: {unread[0]}")
    pending.errors.extend(unread)
    pending.complete = complete
    yield pending


# Formats whose source is read in several requests, each page one Document.
PAGED_READERS: dict[str, Callable[[Source, Fetcher], Iterator[Document]]] = {
    "usajobs": _usajobs_pages,
    "edjoin": _edjoin_pages,
    "smartrecruiters": _smartrecruiters_pages,
    "workday": _workday_pages,
    "calcareers": _calcareers_postings,
    "successfactors": _successfactors_pages,
}


def _documents(source: Source, fetcher: Fetcher) -> Iterator[Document]:
    if not source.url.startswith(("http://", "https://")):
        yield from _read_file(source.url)
        return
    paged = PAGED_READERS.get(source.format)
    if paged is not None:
        yield from paged(source, fetcher)
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


@dataclass
class ReadDocument:
    """One document of a source, read and parsed; in a reading worker also each new
    listing's hash and its fields prepared (``prepared``: external id to the prepared fields,
    or the reason the listing cannot be used)."""

    digest: str
    single: bool
    complete: bool
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    format: str = ""
    parsed: ParseResult | None = None
    hashes: dict[str, str] = field(default_factory=dict)
    prepared: dict[str, Prepared | str] = field(default_factory=dict)


def read_documents(
    source: Source,
    fmt: str,
    fetcher: Fetcher,
    *,
    preparer: Preparer | None = None,
    taxonomy: str = "",
) -> Iterator[ReadDocument]:
    """Read, check and parse the source's documents, touching no database. Raises
    SourceFailed, FetchError or ParseError when the source cannot be read (after yielding the
    documents read before). ``taxonomy`` is the classifier's fingerprint: an unchanged document
    is read again when organizers changed the taxonomy's signals or rules."""
    if preparer is not None:
        taxonomy = preparer.classifier.fingerprint
    for document in _documents(source, fetcher):
        digest = _document_hash(source, fmt, document.body, taxonomy)
        unchanged = document.single and digest == source.document_hash  # no need to parse
        read = ReadDocument(
            digest,
            document.single,
            document.complete,
            etag=document.etag,
            last_modified=document.last_modified,
            not_modified=document.not_modified or unchanged,
        )
        if not read.not_modified:
            read.format = detect_format(document.body) if fmt == "auto" else fmt
            read.parsed = parse(
                document.body, read.format, location=document.location or source.url
            )
            read.parsed.errors[:0] = document.errors
            if preparer is not None:
                preparer.prepare(read)
        yield read


def ingest_source(
    source: Source,
    *,
    fmt: str = "",
    fetcher: Fetcher | None = None,
    classifier: Classifier | None = None,
    log_failure: bool = True,
) -> SourceReport:
    """Ingest one source. Never raises for the source's own faults: a failure is reported."""
    fmt = fmt or source.format or "auto"
    classifier = classifier or Classifier.from_database()
    documents = read_documents(source, fmt, fetcher or Fetcher(), taxonomy=classifier.fingerprint)
    return _write(source, documents, classifier=classifier, log_failure=log_failure)


def ingest_sources(
    sources: Iterable[Source],
    *,
    fmt: str = "",
    classifier: Classifier | None = None,
    workers: int | None = None,
    log_failure: bool = True,
) -> Iterator[SourceReport]:
    """Ingest several sources, yielding each one's report in order. With ``workers`` > 1
    (default ``settings.INGEST_WORKERS``), worker processes read, parse and prepare the next
    sources' listings (``read_documents`` with a ``Preparer``: no database) while this process
    writes one source at a time, in the sources' order, exactly as ``ingest_source`` would:
    the database work, deduplication included, never runs in two places at once. A worker that
    dies on a source fails that source with a sentence; the others go on."""
    sources = list(sources)
    classifier = classifier or Classifier.from_database()
    workers = settings.INGEST_WORKERS if workers is None else workers
    if workers <= 1 or len(sources) <= 1:
        for source in sources:
            yield ingest_source(source, fmt=fmt, classifier=classifier, log_failure=log_failure)
        return
    pending: deque = deque()
    waiting = iter(sources)

    def submit() -> None:
        source = next(waiting, None)
        if source is not None:
            source_fmt = fmt or source.format or "auto"
            known = dict(
                JobSource.objects.filter(source=source).values_list("external_id", "content_hash")
            )
            ticket = readers.submit(source.url, source, source_fmt, known)
            pending.append((source, ticket))

    with ReadingWorkers(
        workers,
        task=_read_in_worker,
        shared={"classifier": classifier, "agencies": AgencyResolver()},
        settings_names=READING_SETTINGS,
    ) as readers:
        for _ in range(2 * workers):  # reading runs ahead of writing, but only so far
            submit()
        while pending:
            source, ticket = pending.popleft()
            try:
                documents, error = readers.result(ticket)
            except WorkerDied as exc:
                documents, error = [], str(exc)
            submit()
            yield _write(
                source,
                _replay(documents, error),
                classifier=classifier,
                log_failure=log_failure,
            )


def _read_in_worker(
    source: Source,
    fmt: str,
    known: dict[str, str],
    *,
    classifier: Classifier,
    agencies: AgencyResolver,
):
    """In a worker process: the source's documents, read and prepared, and the error that
    stopped the read ('' when none)."""
    preparer = Preparer(source, known=known, classifier=classifier, agencies=agencies)
    documents: list[ReadDocument] = []
    try:
        for read in read_documents(source, fmt, Fetcher(), preparer=preparer):
            documents.append(read)
    except (SourceFailed, FetchError, ParseError) as exc:
        return documents, str(exc)
    return documents, ""


def _replay(documents: list[ReadDocument], error: str) -> Iterator[ReadDocument]:
    yield from documents
    if error:
        raise SourceFailed(error)


def _write(
    source: Source,
    documents: Iterator[ReadDocument],
    *,
    classifier: Classifier | None,
    log_failure: bool,
) -> SourceReport:
    """Upsert the documents read, then close what vanished after a complete read, and record
    the run."""
    report = SourceReport(source)
    run = IngestRun.objects.create(source=source)
    upserter = Upserter(source, classifier=classifier)
    last_page_read = True
    try:
        for read in documents:
            if read.not_modified:
                report.not_modified = True
                report.counts.unchanged += upserter.touch_present()
                continue
            parsed = read.parsed
            if not source.format:
                source.format = read.format
            if read.single:
                report.complete &= parsed.complete
            else:  # a page of several: complete once the last page has been read
                last_page_read = read.complete
            counts = upserter.upsert(parsed.listings, hashes=read.hashes, prepared=read.prepared)
            counts.skipped += len(parsed.errors)
            counts.errors[:0] = parsed.errors
            report.counts.add(counts)
            if read.etag or read.last_modified:
                source.etag, source.last_modified = read.etag, read.last_modified
            complete_single = read.single and parsed.complete and not parsed.errors
            source.document_hash = read.digest if complete_single else ""
    except (SourceFailed, FetchError, ParseError) as exc:
        report.ok, report.error = False, str(exc)
        source.document_hash = ""
    report.complete &= last_page_read
    if report.ok and report.complete and not report.not_modified:
        report.counts.closed = upserter.close_vanished()
    _record(source, run, report, log_failure=log_failure)
    return report


def _document_hash(source: Source, fmt: str, body: bytes, taxonomy: str = "") -> str:
    """A fingerprint of a whole document as read for this source and classified with this
    taxonomy: an unchanged document (the file or server equivalent of HTTP 304) needs no
    parsing."""
    prefix = f"{NORMALISER_VERSION}|{fmt}|{source.agency_default}|{taxonomy}|".encode()
    return hashlib.sha256(prefix + body).hexdigest()


def _record(source: Source, run: IngestRun, report: SourceReport, *, log_failure: bool) -> None:
    now = timezone.now()
    source.record_outcome(report.ok, now, report.error)
    if not report.ok and log_failure:
        logger.warning("ingest failed", extra={"source": source.slug, "error": report.error})
    source.save()
    counts = report.counts
    run.finished_at, run.ok = now, report.ok
    for name, value in counts.numbers().items():
        setattr(run, name, value)
    run.errors = ([report.error] if report.error else []) + counts.errors[:200]
    run.save()
