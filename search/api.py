"""The job search API, ``/api/v1/`` (docs/architecture.md, "Contracts"), with its OpenAPI schema at
``/api/v1/openapi.json``. Parameters are parsed by the same JobQuery as the search page."""

from __future__ import annotations

import dataclasses
import functools
import operator
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

import orjson
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from ninja import Field, NinjaAPI, Query, Router, Schema
from ninja.errors import ValidationError
from ninja.responses import NinjaJSONEncoder
from pydantic import BaseModel, StringConstraints, create_model

from search.query import (
    FACET_HELP,
    FACETS,
    MAX_FACET_VALUE_LENGTH,
    MAX_VALUES_PER_FACET,
    FacetValue,
    Hit,
    InvalidQuery,
    JobQuery,
    SearchResults,
)
from search.service import autocomplete, search_jobs

# The job search's endpoints; the project shell (config/api.py) adds them to the site's one API
# with the other apps' routers and this module's error handlers.
router = Router(tags=["jobs"])


def _fields(cls: type) -> list[tuple[dataclasses.Field, Any]]:
    """A dataclass's fields with their resolved type hints."""
    hints = get_type_hints(cls, include_extras=True)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls)]


FacetValueParam = Annotated[str, StringConstraints(max_length=MAX_FACET_VALUE_LENGTH)]


def _params_schema() -> type[Schema]:
    """The search parameters, derived from JobQuery: one list parameter per facet in place of
    its ``filters``, the other fields as they are, with the descriptions and bounds declared
    there (JobQuery.from_params still does the real validation)."""
    fields: dict[str, Any] = {}
    for spec, hint in _fields(JobQuery):
        if spec.name == "filters":
            for facet in FACETS:
                fields[facet] = (
                    list[FacetValueParam],
                    Field([], description=FACET_HELP[facet], max_length=MAX_VALUES_PER_FACET),
                )
            continue
        meta = dict(spec.metadata)
        description = meta.pop("help", "")
        if "choices" in meta:
            hint = Literal[tuple(meta.pop("choices"))]
        fields[spec.name] = (
            hint,
            Field(spec.default, description=description or None, **meta),
        )
    return create_model("SearchParams", __base__=Schema, **fields)


# The response models derived so far, by dataclass: a field of a derived dataclass's type (alone,
# optional, in a list or a dict) is described by its model, so each one is one component.
_MODELS: dict[type, type[BaseModel]] = {}


def output_model(cls: type, name: str) -> type[BaseModel]:
    """A response model with a dataclass's fields, every one required (responses always
    carry them). A field's ``metadata["api"]`` may leave it out (False) or give the function
    that turns it into the API's value (its return annotation is the field's type there).
    ``api_data`` writes the JSON the model describes, so the two cannot drift apart."""
    hints = {spec.name: hint for spec, hint in _fields(cls)}
    fields = {
        name: (_described(hints[name] if shown is True else get_type_hints(shown)["return"]), ...)
        for name, shown in _shown(cls)
    }
    _MODELS[cls] = create_model(name, **fields)
    return _MODELS[cls]


@functools.cache
def _shown(cls: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields in the API, each with how it is shown there: True (as it is) or
    the function that converts it."""
    return tuple(
        (spec.name, spec.metadata.get("api", True))
        for spec in dataclasses.fields(cls)
        if spec.metadata.get("api", True) is not False
    )


def _described(hint: Any) -> Any:
    """A type hint with each derived dataclass in it replaced by its response model."""
    if hint in _MODELS:
        return _MODELS[hint]
    arguments = get_args(hint)
    if not arguments:
        return hint
    described = tuple(_described(argument) for argument in arguments)
    if described == arguments:
        return hint
    if get_origin(hint) in (Union, types.UnionType):
        return functools.reduce(operator.or_, described)
    return get_origin(hint)[described]


def api_data(value: Any) -> Any:
    """A value as the API writes it: a dataclass as a dict of the fields its ``output_model``
    describes (each converted as its ``metadata["api"]`` says), lists and dicts of them
    likewise, anything else as it is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            name: api_data(getattr(value, name) if shown is True else shown(getattr(value, name)))
            for name, shown in _shown(type(value))
        }
    if isinstance(value, list | tuple):
        return [api_data(item) for item in value]
    if isinstance(value, dict):
        return {key: api_data(item) for key, item in value.items()}
    return value


SearchParams = _params_schema()
# Responses are plain pydantic models validating the dicts built below: ninja's Schema would
# wrap every nested value for attribute access, about 1 ms of CPU per search request.
JobOut = output_model(Hit, "JobOut")
FacetValueOut = output_model(FacetValue, "FacetValueOut")


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


def install_error_handlers(api: NinjaAPI) -> None:
    """Answer every endpoint's refused parameters the same way: a 400 with one sentence in
    ``{"error"}`` (the search's own wording where it refuses the same parameters)."""
    api.add_exception_handler(ValidationError, functools.partial(validation_error, api))
    api.add_exception_handler(InvalidQuery, functools.partial(invalid_query, api))


def validation_error(api: NinjaAPI, request: HttpRequest, exc: ValidationError):
    """A parameter the schema refuses. JobQuery's own sentence says it best when it refuses
    the same parameters (one wording for the page and the API); else the schema's."""
    if request.resolver_match and request.resolver_match.url_name == "search":
        asked = request.GET.get("lang")
        language = asked_language(request, asked if asked in dict(settings.LANGUAGES) else None)
        try:
            with translation.override(language):
                JobQuery.from_params(request.GET)
        except InvalidQuery as invalid:
            response = api.create_response(request, {"error": str(invalid)}, status=400)
            say_language(response, language)
            return response
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error.get('loc', [])[1:]) or 'parameter'}: {error.get('msg')}"
        for error in exc.errors
    )
    return api.create_response(request, {"error": f"Bad parameter: {problems}."}, status=400)


def invalid_query(api: NinjaAPI, request: HttpRequest, exc: InvalidQuery):
    return api.create_response(request, {"error": str(exc)}, status=400)


_DATES = NinjaJSONEncoder()
_HIT_FIELDS = list(JobOut.model_fields)


def results_payload(results: SearchResults) -> dict:
    """The API's JSON for a results page."""
    return {
        "total": results.total,
        "page": results.query.page,
        "page_size": results.query.page_size,
        "backend": results.backend,
        "results": [{name: getattr(hit, name) for name in _HIT_FIELDS} for hit in results.hits],
        "facets": {facet: [vars(value) for value in results.facets[facet]] for facet in FACETS},
        "notice": results.notice,
        "suggestion": results.suggestion,
    }


# The interface's languages (settings.LANGUAGES): a new one needs no change here.
Language = Literal[tuple(code for code, _ in settings.LANGUAGES)]  # type: ignore[misc]
LANG_PARAM = Query(
    None,
    description="The language of the facet labels; without it, the request's Accept-Language "
    "(English when it names none of the site's languages). Listings stay in the language they "
    "were published in.",
)


@router.get("/jobs/", response={200: SearchOut, 400: ErrorOut}, summary="Search jobs")
def search(
    request: HttpRequest,
    params: Query[SearchParams],  # type: ignore[valid-type]
    lang: Language | None = LANG_PARAM,  # type: ignore[valid-type]
):
    """Search open jobs (closed ones with include_closed=true), with facet counts."""
    language = asked_language(request, lang)
    with translation.override(language):
        payload = results_payload(search_jobs(JobQuery.from_params(request.GET)))
    # Written directly, not through ninja's response validation and its json renderer: for the
    # busiest endpoint those cost more CPU than the rest of the view (docs/benchmarks.md).
    # SearchOut still documents the response, and the schema fuzz test checks every response
    # against it. Dates are written as ninja's renderer writes them (Django's JSON encoder).
    response = HttpResponse(
        orjson.dumps(payload, default=_DATES.default, option=orjson.OPT_PASSTHROUGH_DATETIME),
        content_type="application/json; charset=utf-8",
    )
    say_language(response, language)
    return response


def asked_language(request: HttpRequest, lang: str | None) -> str:
    """The language an answer of the API is in: ``lang=``, else the request's
    Accept-Language (the default language when it names none of the site's). Never the
    switcher's cookie (which ``LocaleMiddleware`` would prefer): answers vary on
    Accept-Language only (``say_language``), so a shared cache may keep one copy per
    language for everyone, whatever cookies its readers carry."""
    if lang:
        return lang
    headers_only = HttpRequest()  # the request without its cookies
    headers_only.META["HTTP_ACCEPT_LANGUAGE"] = request.headers.get("Accept-Language", "")
    return translation.get_language_from_request(headers_only)


def say_language(response: HttpResponse, language: str) -> None:
    """Name the answer's language, and that it varies with Accept-Language."""
    response["Content-Language"] = translation.get_supported_language_variant(language)
    patch_vary_headers(response, ["Accept-Language"])


@router.get("/autocomplete/", response={200: list[SuggestionOut], 400: ErrorOut})
def suggest(request: HttpRequest, q: str = ""):
    """Job titles and agencies that start with the typed words."""
    return autocomplete(q[:100])
