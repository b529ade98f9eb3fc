"""``GET /api/v1/insights/`` (docs/architecture.md, "Contracts"): the market's figures as JSON,
on the site's one API (the project's URLs add this router to the search API)."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from ninja import Query, Router
from pydantic import BaseModel

from insights.services import current_figures
from search.api import ErrorOut, Language, asked_language, say_language

router = Router(tags=["insights"])


class GroupOut(BaseModel):
    slug: str
    name: str
    open: int
    salary_median: int | None
    salary_min: int | None
    salary_max: int | None


class WeekOut(BaseModel):
    week: date
    new: int
    closed: int


class EmployerOut(BaseModel):
    slug: str
    name: str
    open: int


class InsightsOut(BaseModel):
    open_jobs: int
    as_of: date
    by_role_family: list[GroupOut]
    by_government_level: list[GroupOut]
    by_seniority: list[GroupOut]
    weekly: list[WeekOut]
    remote_share: float
    top_employers: list[EmployerOut]


LANG_PARAM = Query(
    None,
    description="The language of the names; without it, the request's Accept-Language "
    "(English when it names none of the site's languages). Employers' names stay as they "
    "publish them.",
)


@router.get(
    "/",
    # 400: a parameter the schema refuses, such as an unknown lang (the API's {"error"}).
    response={200: InsightsOut, 400: ErrorOut},
    summary="The open technology jobs at a glance",
)
def insights(
    request: HttpRequest,
    lang: Language | None = LANG_PARAM,  # type: ignore[valid-type]
    *,
    response: HttpResponse,
):
    """Open technology jobs now (the counts are the /api/v1/jobs/ facet counts of a search with
    no filters), by role family, level of government and seniority with annual pay (the median
    and range of the middle of each job's advertised range); new and closed jobs per week for
    26 weeks (weeks start on Monday); the share of open jobs that are remote or hybrid; the ten
    employers with the most open jobs."""
    language = asked_language(request, lang)
    say_language(response, language)
    with translation.override(language):
        figures = current_figures()
        return {
            "open_jobs": figures.open_jobs,
            "as_of": timezone.localtime(figures.as_of).date(),
            "by_role_family": [row.api() for row in figures.by_role_family],
            "by_government_level": [row.api() for row in figures.by_government_level],
            "by_seniority": [row.api() for row in figures.by_seniority],
            "weekly": [vars(week) for week in figures.weekly],
            "remote_share": figures.remote_share,
            "top_employers": [
                {"slug": c.slug, "name": c.name, "open": c.open} for c in figures.top_employers
            ],
        }
