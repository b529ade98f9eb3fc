"""``GET /api/v1/pathways/federal/`` (docs/architecture.md, "Contracts"): the federal crosswalk as
JSON, on the site's one API (the project's URLs add this router to the search API, so both share
one OpenAPI document)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from ninja import Query, Router
from pydantic import BaseModel

from pathways.crosswalk import LocalClass, Term
from pathways.matcher import (
    MAX_GRADE,
    MAX_SERIES,
    MAX_TEXT,
    MAX_TITLE,
    Alternative,
    Match,
    PositionError,
)
from pathways.services import Pathway, find_pathway
from search.api import (
    ErrorOut,
    Language,
    api_data,
    asked_language,
    output_model,
    say_language,
)
from search.query import Hit

router = Router(tags=["pathways"])


@dataclass(frozen=True)
class FederalPay:
    """The federal pay of the grade where the site is, step 1 to step 10."""

    year: int
    grade: str  # with its pay plan, as "GS-12"
    locality: str
    min: int
    max: int

    @classmethod
    def of(cls, match: Match) -> FederalPay | None:
        pay = match.federal_pay
        if pay is None:
            return None
        label = match.position.grade_label
        return cls(pay.year, label, pay.locality, pay.minimum, pay.maximum)


@dataclass(frozen=True)
class LocalRole:
    """A local class equivalent to the position, with how its employer hires."""

    government_level: str
    employer: str
    title: str
    class_code: str
    seniority: str
    pay_min: int | None
    pay_max: int | None
    how_to_apply: str
    source_url: str

    @classmethod
    def of(cls, level: str, local: LocalClass) -> LocalRole:
        return cls(
            government_level=level,
            employer=local.employer.name,
            title=local.title,
            class_code=local.class_code,
            seniority=local.seniority,
            pay_min=local.pay_min,
            pay_max=local.pay_max,
            how_to_apply=local.employer.how_to_apply,
            source_url=local.source_url,
        )


@dataclass(frozen=True)
class PathwayJobs:
    """The open jobs of the family within one level (none, and the search of every job, when
    the position matched no family)."""

    total: int
    search_url: str
    results: list[Hit]


@dataclass(frozen=True)
class PathwayAnswer:
    """The API's answer for one position: its dataclasses give both the JSON (``api_data``)
    and its schema (``output_model``), so the two cannot drift apart."""

    role_family: Term | None
    alternatives: list[Alternative]
    seniority: Term | None
    reasons: list[str]
    federal_pay: FederalPay | None
    local_roles: list[LocalRole]
    jobs: PathwayJobs
    guide_url: str | None
    message: str

    @classmethod
    def of(cls, pathway: Pathway) -> PathwayAnswer:
        match, jobs = pathway.match, pathway.jobs
        return cls(
            role_family=match.role_family,
            alternatives=match.alternatives,
            seniority=match.seniority,
            reasons=match.reasons,
            federal_pay=FederalPay.of(match),
            local_roles=[
                LocalRole.of(level, option.local_class)
                for level, options in match.local.items()
                for option in options
            ],
            jobs=PathwayJobs(jobs.total, jobs.search_url, jobs.hits)
            if jobs
            else PathwayJobs(0, pathway.search_all_url, []),
            guide_url=pathway.guide_url,
            message=match.message,
        )


NamedOut = output_model(Term, "NamedOut")
AlternativeOut = output_model(Alternative, "AlternativeOut")
FederalPayOut = output_model(FederalPay, "FederalPayOut")
LocalRoleOut = output_model(LocalRole, "LocalRoleOut")
PathwayJobsOut = output_model(PathwayJobs, "PathwayJobsOut")
PathwayOut = output_model(PathwayAnswer, "PathwayOut")


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
    in Los Angeles, the equivalent State, County, City, public education and nonprofit classes,
    and the open jobs of the /jobs/ search for that family within one seniority level."""
    language = asked_language(request, lang)
    say_language(response, language)
    with translation.override(language):
        try:
            pathway = find_pathway(series=series, grade=grade, title=title, text=text)
        except PositionError as error:
            return 400, {"detail": str(error)}
        return payload(pathway)


def payload(pathway: Pathway) -> dict:
    """The JSON of one pathway, as ``PathwayOut`` describes it."""
    return api_data(PathwayAnswer.of(pathway))
