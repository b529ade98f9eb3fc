"""CalCareers, the State of California's job site (calcareers.ca.gov, ASP.NET WebForms, no
feed): one posting page, ``/CalHrPublic/Jobs/JobPosting.aspx?JobControlId=<id>`` or its print
view ``JobPostingPrint.aspx?jcid=<id>``, which share their field ids. Each field is a
``<span id="lbl...">``: ``lblDetailsJobControlNumber`` the job control number ("JC-532295", the
posting's id), ``lblWorkingTitleHeader`` (print view ``lblWorkingTitle``) the working title,
``lblPrimaryClassification`` the civil-service class, ``lblPrimarySalary`` its pay ("$3,829.00 -
$4,794.00 per Month"), ``lblDepartmentName``, ``lblWorkLocation`` ("Fresno County"),
``lblTelework`` ("In Office", "Hybrid", "Telework"), ``lblJobType`` and ``lblFinalFilingDate``;
the duties are the ``pnlJobDescription`` panel, followed in the description by the working
conditions, special requirements and desirable qualifications panels. The apply link is the
posting page itself.

A posting past its final filing date (or one that never existed) still answers HTTP 200, with
"This Job Posting is no longer available." and no fields: it is read as no listing, so after a
complete read the job it was closes.

A search results page lists postings as ``<a class="lead visitedLink" href="...JobPosting.aspx?
JobControlId=<id>">`` cards; ``listed_ids`` takes their ids, and a "No jobs found" notice means
none. A source keeps only postings in Los Angeles County or fully teleworked with a
``#county=Los Angeles`` fragment on its address (``kept_names``); a hybrid posting elsewhere
needs office days there, so it is not kept. A fragment is never sent to the server."""

from __future__ import annotations

import re
from html import escape

from bs4 import BeautifulSoup, Tag

from ingest.parsers.common import kept_names
from ingest.pay import pay_from_text
from ingest.records import ParseError, ParseResult, RawListing

POSTING_URL = "https://calcareers.ca.gov/CalHrPublic/Jobs/JobPosting.aspx?JobControlId={}"
PRINT_PATH = "/CalHrPublic/Jobs/JobPostingPrint.aspx?jcid={}"
NO_LONGER_AVAILABLE = "This Job Posting is no longer available"
NO_JOBS_FOUND = "No jobs found"
JOB_CONTROL = re.compile(r"JC-(\d+)", re.I)
LINKED_ID = re.compile(r"(?:JobControlId|jcid)=(\d+)", re.I)
MARKER = re.compile(rb'id="lblDetailsJobControlNumber"|This Job Posting is no longer available')
TELEWORK = (("hybrid", "hybrid"), ("in office", "onsite"), ("no", "onsite"),
            ("remote", "remote"), ("telework", "remote"), ("yes", "remote"))  # fmt: skip
PANELS = (("pnlJobDescription", "Job Description and Duties"),
          ("pnlWorkingConditions", "Working Conditions"),
          ("pnlSpecialRequirements", "Special Requirements"),
          ("pnlDesirableQualifications", "Desirable Qualifications"))  # fmt: skip


def is_calcareers(data: bytes) -> bool:
    """Whether an HTML document is a CalCareers posting page (open or no longer available)."""
    return b"calcareers" in data.lower() and MARKER.search(data) is not None


def _span(soup: BeautifulSoup, *ids: str) -> str:
    for name in ids:
        found = soup.find(id=name)
        if isinstance(found, Tag):
            words = " ".join(found.get_text(" ").split())
            if words:
                return words
    return ""


def telework(value: str) -> str:
    """'remote', 'hybrid' or 'onsite' for a ``lblTelework`` value ('' when it says nothing
    known)."""
    words = value.casefold()
    return next((kind for word, kind in TELEWORK if words.startswith(word)), "")


def _description(soup: BeautifulSoup, facts: list[tuple[str, str]]) -> str:
    parts = [f"<p>{label}: {escape(value)}</p>" for label, value in facts if value]
    for panel_id, heading in PANELS:
        panel = soup.find(id=panel_id)
        if not isinstance(panel, Tag):
            continue
        for header in panel.find_all("h3"):
            header.decompose()
        body = panel.decode_contents().strip()
        if panel.get_text(strip=True):
            parts.append(f"<h3>{heading}</h3>{body}")
    return "".join(parts)


def _kept(listing: RawListing, counties: set[str]) -> bool:
    place = listing.location.casefold().removesuffix(" county").strip()
    return listing.remote == "remote" or place in counties


def parse(data: bytes, *, location: str = "") -> ParseResult:
    """Read one posting page: one listing, or none when the posting is no longer available."""
    html = data.decode("utf-8", errors="replace")
    soup = BeautifulSoup(html, "lxml")
    number_text = _span(soup, "lblDetailsJobControlNumber")
    if not number_text:
        if NO_LONGER_AVAILABLE in html:
            return ParseResult()
        raise ParseError("This page is not a CalCareers job posting (no job control number).")
    number = JOB_CONTROL.search(number_text)
    result = ParseResult()
    if number is None:
        result.errors.append(f"CalCareers posting skipped: unreadable job control {number_text!r}.")
        return result
    classification = _span(soup, "lblPrimaryClassification")
    title = _span(soup, "lblWorkingTitleHeader", "lblWorkingTitle") or classification
    salary = _span(soup, "lblPrimarySalary")
    pay = pay_from_text(salary)
    place = _span(soup, "lblWorkLocation")
    remote_words = _span(soup, "lblTelework")
    job_type = _span(soup, "lblJobType")
    url = POSTING_URL.format(number.group(1))
    facts = [("Classification", classification), ("Salary", salary), ("Location", place),
             ("Telework", remote_words), ("Job type", job_type)]  # fmt: skip
    listing = RawListing(
        external_id=f"JC-{number.group(1)}",
        title=title,
        description=_description(soup, facts),
        department=_span(soup, "lblDepartmentName"),
        category=classification,
        level="state",
        location=place,
        state="CA",
        remote=telework(remote_words),
        employment_type=job_type,
        pay_min=str(pay.original_min or ""),
        pay_max=str(pay.original_max or ""),
        pay_interval=pay.interval if pay.original_min else "",
        pay_currency=pay.currency,
        closes_at=_span(soup, "lblFinalFilingDate", "lblAppInstructionsFinalFilingDate"),
        apply_url=url,
        url=url,
    )
    if not title:
        result.errors.append(f"CalCareers posting {listing.external_id} skipped: no title.")
        return result
    counties = kept_names(location, "county")
    if not counties or _kept(listing, counties):
        result.listings.append(listing)
    return result


def listed_ids(data: bytes) -> list[str]:
    """The job control ids a search results page links to, in order, once each. A page with
    no posting link must say "No jobs found", or it is not a results page."""
    html = data.decode("utf-8", errors="replace")
    soup = BeautifulSoup(html, "lxml")
    ids: list[str] = []
    for link in soup.find_all("a", href=True):
        found = LINKED_ID.search(str(link["href"]))
        if found and found.group(1) not in ids:
            ids.append(found.group(1))
    if not ids and NO_JOBS_FOUND not in html:
        raise ParseError(
            "This page links to no CalCareers posting and does not say 'No jobs found': "
            "it is not a search results page."
        )
    return ids


def fragment_ids(location: str) -> list[str]:
    """The job control ids a source's ``#jcid=1,2`` fragment names, in order."""
    names = {n.removeprefix("jc-") for n in kept_names(location, "jcid")}
    return sorted((n for n in names if n.isdigit()), key=int)
