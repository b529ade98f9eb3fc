"""``GET /api/v1/pathways/federal/`` (docs/architecture.md, "Contracts"): the federal crosswalk as
JSON, on the site's one API (the project's URLs add this router to the search API, so both share
one OpenAPI document)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from ninja import Query, Router
from pydantic import BaseModel

from pathways.matcher import MAX_GRADE, MAX_SERIES, MAX_TEXT, MAX_TITLE, PositionError
from pathways.services import Pathway, find_pathway
from search.api import ErrorOut, JobOut, Language, asked_language, say_language

router = Router(tags=["pathways"])


class NamedOut(BaseModel):
    slug: str
    name: str


class AlternativeOut(NamedOut):
    reason: str


class FederalPayOut(BaseModel):
    year: int
    grade: str
    locality: str
    min: int
    max: int


class LocalRoleOut(BaseModel):
    government_level: str
    employer: str
    title: str
    class_code: str
    seniority: str
    pay_min: int | None
    pay_max: int | None
    how_to_apply: str
    source_url: str


class PathwayJobsOut(BaseModel):
    total: int
    search_url: str
    results: list[JobOut]


class PathwayOut(BaseModel):
    role_family: NamedOut | None
    alternatives: list[AlternativeOut]
    seniority: NamedOut | None
    reasons: list[str]
    federal_pay: FederalPayOut | None
    local_roles: list[LocalRoleOut]
    jobs: PathwayJobsOut
    guide_url: str | None
    message: str


class DetailOut(BaseModel):
    detail: str


LANG_PARAM = Query(
    None,
    description="The language of the names, reasons, message and errors; without it, the "
    "request's Accept-Language (English when it names none of the site's languages). "
    "Employers' and classes' data stay as their sources publish them.",
)


@router.get(
    "/federal/",
    # 400: the position cannot be read ({"detail"}), or a parameter the schema refuses, such
    # as an unknown lang or a series or grade longer than 20 characters (the API's {"error"}).
    response={200: PathwayOut, 400: DetailOut | ErrorOut},
    summary="Translate a federal position into local roles, pay and open jobs",
)
def federal(
    request: HttpRequest,
    series: str = Query(
        "",
        max_length=MAX_SERIES,
        description="OPM occupational series, four digits: 2210, 0854.",
    ),
    grade: str = Query(
        "",
        max_length=MAX_GRADE,
        description="Grade with or without its pay plan: 12, GS-12, SES.",
    ),
    title: str = Query("", description=f"Position title, at most {MAX_TITLE} characters."),
    text: str = Query("", description=f"Duties or resume lines, at most {MAX_TEXT:,} characters."),
    lang: Language | None = LANG_PARAM,  # type: ignore[valid-type]
    *,
    response: HttpResponse,
):
    """The role family (with alternatives), seniority, the reasons, the federal pay for the grade
    in Los Angeles, the equivalent State, County, City and nonprofit classes, and the open jobs
    of the /jobs/ search for that family within one seniority level."""
    language = asked_language(request, lang)
    say_language(response, language)
    with translation.override(language):
        try:
            pathway = find_pathway(series=series, grade=grade, title=title, text=text)
        except PositionError as error:
            return 400, {"detail": str(error)}
        return payload(pathway)


def payload(pathway: Pathway) -> dict:
    match = pathway.match
    pay = match.federal_pay
    return {
        "role_family": _named(match.role_family),
        "alternatives": [vars(a) for a in match.alternatives],
        "seniority": _named(match.seniority),
        "reasons": match.reasons,
        "federal_pay": {
            "year": pay.year,
            "grade": match.position.grade_label,
            "locality": pay.locality,
            "min": pay.minimum,
            "max": pay.maximum,
        }
        if pay
        else None,
        "local_roles": [
            {
                "government_level": level,
                "employer": option.local_class.employer.name,
                "title": option.local_class.title,
                "class_code": option.local_class.class_code,
                "seniority": option.local_class.seniority,
                "pay_min": option.local_class.pay_min,
                "pay_max": option.local_class.pay_max,
                "how_to_apply": option.local_class.employer.how_to_apply,
                "source_url": option.local_class.source_url,
            }
            for level, options in match.local.items()
            for option in options
        ],
        "jobs": {
            "total": pathway.jobs.total if pathway.jobs else 0,
            "search_url": pathway.jobs.search_url if pathway.jobs else pathway.search_all_url,
            "results": [vars(hit) for hit in pathway.jobs.hits] if pathway.jobs else [],
        },
        "guide_url": pathway.guide_url,
        "message": match.message,
    }


def _named(term) -> dict | None:
    return {"slug": term.slug, "name": term.name} if term else None
