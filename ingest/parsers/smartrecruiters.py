"""SmartRecruiters' public Posting API. A source's address is a company's list
``https://api.smartrecruiters.com/v1/companies/<company>/postings``, paged by ``offset`` and
``limit`` up to ``totalFound``; its ``content`` holds postings (``id``, ``name``, ``uuid``,
``refNumber``, ``releasedDate``, ``location`` {``city``, ``region``, ``country``, ``remote``,
``hybrid``}, ``industry``, ``department``, ``function``, ``typeOfEmployment``,
``experienceLevel``, ``customField``, ``company`` {``identifier``, ``name``}) without their
text. Each posting's detail, at the list URL's path plus ``/<id>``, is the same posting with
``jobAd.sections`` (``jobDescription``, ``qualifications``, ``additionalInformation``, each
``{"title", "text"}`` with HTML text), ``applyUrl`` and ``postingUrl``.

The reader (``ingest.pipeline._smartrecruiters_pages``) fetches a list page and each of its
postings' details, and hands the parser the list page with each posting replaced by its
detail (and the details it could not fetch named in ``unread``, reported as skipped); so a
document this parser reads is a list page whose postings may carry their detail,
or one posting's detail on its own. Labels follow the posting's language ("Temps plein") while
ids are English: the employment type is read from ``typeOfEmployment.id``."""

from __future__ import annotations

from typing import Any

from ingest.parsers.common import collect, load_json, text
from ingest.records import ParseError, ParseResult, RawListing

PUBLIC_URL = "https://jobs.smartrecruiters.com/{}/{}"
EMPLOYMENT = {
    "permanent": "Full-time",
    "full-time": "Full-time",
    "part-time": "Part-time",
    "contract": "Contract",
    "temporary": "Temporary",
    "internship": "Internship",
    "volunteer": "Volunteer",
    "other": "",
}
SECTIONS = ("jobDescription", "qualifications", "additionalInformation")


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _employment(posting: dict[str, Any]) -> str:
    kind = _object(posting.get("typeOfEmployment"))
    ident = text(kind.get("id")).casefold()
    if ident in EMPLOYMENT:
        return EMPLOYMENT[ident]
    return ident.replace("_", " ").replace("-", " ").capitalize() if ident else ""


def _remote(location: dict[str, Any]) -> str:
    if location.get("remote") is True:
        return "remote"
    if location.get("hybrid") is True:
        return "hybrid"
    return "onsite" if location.get("remote") is False else ""


def _description(posting: dict[str, Any]) -> str:
    sections = _object(_object(posting.get("jobAd")).get("sections"))
    parts = []
    for name in SECTIONS:
        section = _object(sections.get(name))
        body = text(section.get("text"))
        if body:
            title = text(section.get("title"))
            parts.append(f"<h3>{title}</h3>{body}" if title else body)
    return "".join(parts)


def _read(posting: dict[str, Any]) -> RawListing:
    number = text(posting["id"])
    location = _object(posting.get("location"))
    company = _object(posting.get("company"))
    city, region = text(location.get("city")), text(location.get("region"))
    country = text(location.get("country")).upper()
    public = PUBLIC_URL.format(text(company.get("identifier")), number) if company else ""
    url = text(posting.get("postingUrl")) or public
    return RawListing(
        external_id=number,
        title=text(posting["name"]),
        description=_description(posting),
        employer=text(company.get("name")),
        team=text(_object(posting.get("department")).get("label")),
        # The function's id is the platform's English key ("information_technology"); its label
        # is in the posting's language ("Technologies de l'information").
        category=text(_object(posting.get("function")).get("id")).replace("_", " "),
        location=text(location.get("fullLocation"))
        or ", ".join(p for p in (city, region, country) if p),
        city=city,
        state=region,
        remote=_remote(location),
        employment_type=_employment(posting),
        posted_at=text(posting.get("releasedDate")),
        apply_url=text(posting.get("applyUrl")) or url,
        url=url,
    )


def is_list(document: Any) -> bool:
    """Whether decoded JSON looks like a SmartRecruiters posting list page."""
    return (
        isinstance(document, dict)
        and isinstance(document.get("content"), list)
        and "totalFound" in document
    )


def is_detail(document: Any) -> bool:
    """Whether decoded JSON looks like one SmartRecruiters posting's detail."""
    return (
        isinstance(document, dict) and "id" in document and isinstance(document.get("jobAd"), dict)
    )


def parse(data: bytes) -> ParseResult:
    """Parse a posting list page (its postings with or without their detail) or one detail."""
    document = load_json(data, "SmartRecruiters posting list")
    if is_list(document):
        result = collect(document["content"], _read, "SmartRecruiters")
        unread = document.get("unread")
        if isinstance(unread, list):
            result.errors.extend(text(u) for u in unread if u)
        return result
    if is_detail(document):
        return collect([document], _read, "SmartRecruiters")
    raise ParseError(
        "This JSON is not a SmartRecruiters posting list or posting "
        "(no content list and totalFound, nor an id with a jobAd)."
    )
