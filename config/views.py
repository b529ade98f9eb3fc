"""Operational endpoints of the project."""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search.health import search_health

logger = logging.getLogger(__name__)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return False


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """The real state of the database and the search backend (docs/architecture.md,
    "Operational endpoints"). A degraded search engine still answers 200, since the site keeps
    working on the database backend; a broken database answers 503."""
    database_ok = _database_ok()
    search = search_health()
    body = {
        "database": "ok" if database_ok else "down",
        "search": search["search"],
        "backend": search["backend"],
        "configured_backend": search["configured"],
    }
    if search["detail"]:
        body["search_detail"] = search["detail"]
    return JsonResponse(body, status=200 if database_ok else 503)
