"""The search API under a fuzzer: schemathesis reads /api/v1/openapi.json and sends every
operation generated requests (valid and invalid), on the database backend and on a real
OpenSearch node. No answer may be a server error, and every answer must match the schema: its
status, its content type and its JSON body. Bounded and repeatable: a fixed number of cases per
operation, derandomized.

Sized to what each run proves: valid requests reach the backend, so they run on both backends;
invalid ones are refused by the API's schema before any backend is asked, so they run once, on
the database backend (the engine variant of them repeated the same answers)."""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks
from schemathesis.specs.openapi import checks as openapi_checks

from search.service import engine_backend
from tests.demo import demo_for_module

pytestmark = [pytest.mark.django_db]

CASES_PER_OPERATION = 100
# Every answer: no server error, a documented status, content type and headers, a body that
# matches the schema; invalid input refused with a 4xx. (Not "every schema-valid request is
# accepted": paging deeper than the first 10,000 results is a 400 the schema cannot express,
# since it depends on page and page_size together.)
CHECKS = [
    checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.negative_data_rejection,
]


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The site's WSGI handler, as gunicorn runs it, closes the database connection after each
    request; inside a test that is the test's own transaction. Django's test client keeps it
    open the same way."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


demo_jobs = demo_for_module(pages=False)


@pytest.fixture
def backend(request, demo_jobs):
    """The API served by each backend in turn, over the demo jobs."""
    if request.param == "opensearch":
        request.getfixturevalue("search_engine_settings")
        engine_backend().rebuild()
    return request.param


def fuzz(operation, mode: GenerationMode) -> None:
    @settings(
        max_examples=CASES_PER_OPERATION,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        case.call_and_validate(checks=CHECKS)

    run()


@pytest.mark.parametrize(
    ("backend", "mode"),
    [
        ("database", GenerationMode.POSITIVE),
        ("opensearch", GenerationMode.POSITIVE),
        ("database", GenerationMode.NEGATIVE),
    ],
    indirect=["backend"],
)
def test_the_api_never_errors_and_always_answers_as_its_schema_says(backend, mode):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {operation.path for operation in operations} == {
        "/api/v1/jobs/",
        "/api/v1/autocomplete/",
        "/api/v1/pathways/federal/",
        "/api/v1/insights/",
    }
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
            continue  # nothing to send wrong: GET /api/v1/insights/ takes no parameters
        fuzz(operation, mode)
