"""The job search API, ``/api/v1/`` (DESIGN §4), with its OpenAPI schema at
``/api/v1/openapi.json``. Parameters are parsed by the same JobQuery as the search page."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from pydantic import BaseModel

from search.query import FACETS, MAX_PAGE_SIZE, InvalidQuery, JobQuery, SearchResults
from search.service import autocomplete, search_jobs

api = NinjaAPI(
    title="Public Tech Pathways job search API",
    version="1",
    description=(
        "Search public-interest technology jobs in Los Angeles County. Values of one facet "
        "are ORed; different facets are ANDed. Facet counts are disjunctive: each facet's "
        "counts apply every other filter but not its own."
    ),
    urls_namespace="jobs-api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


class SearchParams(Schema):
    q: str = Field("", description="Words to search for (all must match).")
    agency: list[str] = Field([], description="Agency slugs.")
    role_family: list[str] = Field([], description="Role family slugs.")
    seniority: list[str] = Field([], description="Seniority slugs.")
    government_level: list[str] = Field([], description="federal, state, county, city...")
    employment_type: list[str] = Field([], description="full-time, part-time, contract...")
    remote: list[str] = Field([], description="remote, hybrid or onsite.")
    salary_min: int | None = Field(None, ge=0, description="Annual pay in US dollars.")
    location: str = Field("", description="A city, such as Pasadena.")
    sort: str = Field("relevance", description="relevance, newest, closing or salary.")
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, description=f"At most {MAX_PAGE_SIZE}.")
    include_closed: bool = False


# Responses are plain pydantic models validating the dicts built below: ninja's Schema would
# wrap every nested value for attribute access, about 1 ms of CPU per search request.
class Named(BaseModel):
    slug: str
    name: str


class JobOut(BaseModel):
    id: int
    title: str
    url: str
    apply_url: str
    agency: Named
    role_family: Named | None
    seniority: Named | None
    government_level: str
    employment_type: str
    remote: str
    location: str
    salary_min: int | None
    salary_max: int | None
    posted_at: datetime | None
    closes_at: datetime | None
    status: str
    highlight: dict[str, list[str]]


class FacetValueOut(BaseModel):
    value: str
    label: str
    count: int
    selected: bool


class SearchOut(BaseModel):
    total: int
    page: int
    page_size: int
    backend: str
    results: list[JobOut]
    facets: dict[str, list[FacetValueOut]]
    notice: str = ""
    suggestion: str = ""


class ErrorOut(BaseModel):
    error: str


class SuggestionOut(BaseModel):
    kind: str
    value: str
    label: str


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError):
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error.get('loc', [])[1:]) or 'parameter'}: {error.get('msg')}"
        for error in exc.errors
    )
    return api.create_response(request, {"error": f"Bad parameter: {problems}."}, status=400)


@api.exception_handler(InvalidQuery)
def invalid_query(request: HttpRequest, exc: InvalidQuery):
    return api.create_response(request, {"error": str(exc)}, status=400)


def results_payload(results: SearchResults) -> dict:
    """The API's JSON for a results page."""
    return {
        "total": results.total,
        "page": results.query.page,
        "page_size": results.query.page_size,
        "backend": results.backend,
        "results": [vars(hit) for hit in results.hits],
        "facets": {facet: [vars(value) for value in results.facets[facet]] for facet in FACETS},
        "notice": results.notice,
        "suggestion": results.suggestion,
    }


@api.get("/jobs/", response={200: SearchOut, 400: ErrorOut}, summary="Search jobs")
def search(request: HttpRequest, params: Query[SearchParams]):
    """Search open jobs (closed ones with include_closed=true), with facet counts."""
    return results_payload(search_jobs(JobQuery.from_params(request.GET)))


@api.get("/autocomplete/", response={200: list[SuggestionOut], 400: ErrorOut})
def suggest(request: HttpRequest, q: str = ""):
    """Job titles and agencies that start with the typed words."""
    return autocomplete(q[:100])
