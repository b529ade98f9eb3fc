"""``GET /api/v1/insights/`` (docs/architecture.md, "Contracts"): the market's figures as JSON,
on the site's one API (the project's URLs add this router to the search API)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from ninja import Query, Router

from insights.figures import Count, Figures, Row, Week
from insights.services import RETRY_SECONDS, current_figures, preparing
from search.api import ErrorOut, Language, api_data, asked_language, output_model, say_language

router = Router(tags=["insights"])


# The answer's shape, derived from the figures it is written from (fields marked not for the
# API left out): the same function writes the JSON, so the schema cannot drift from it.
GroupOut = output_model(Row, "GroupOut")
WeekOut = output_model(Week, "WeekOut")
EmployerOut = output_model(Count, "EmployerOut")
InsightsOut = output_model(Figures, "InsightsOut")


LANG_PARAM = Query(
    None,
    description="The language of the names; without it, the request's Accept-Language "
    "(English when it names none of the site's languages). Employers' names stay as they "
    "publish them.",
)


@router.get(
    "/",
    # 400: a parameter the schema refuses, such as an unknown lang (the API's {"error"}).
    # 503: the first figures are being prepared (a fresh install); Retry-After says when.
    response={200: InsightsOut, 400: ErrorOut, 503: ErrorOut},
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
    employers with the most open jobs. The figures are refreshed in the background whenever
    the jobs change (as_of says when they were read)."""
    language = asked_language(request, lang)
    say_language(response, language)
    with translation.override(language):
        figures = current_figures()
        if figures is None:
            response["Retry-After"] = str(RETRY_SECONDS)
            return 503, {"error": preparing()}
        return api_data(figures)
