"""Endpoints of the project shell: the health check, the language switcher and the page for
an address with nothing at it."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config import languages
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
    """The state of the database and the search engine (docs/architecture.md, "Operational
    endpoints"): ``ok``, ``degraded`` or ``off`` for each, and the backend serving searches.
    The endpoint is public, so it names no host, URL or error: reasons go to the log. A
    degraded search engine still answers 200, since the site keeps working on the database
    backend; a database that does not answer is a 503."""
    database_ok = _database_ok()
    search = search_health()
    if search["reason"]:
        logger.warning("Health check: search is degraded", extra={"reason": search["reason"]})
    body = {
        "database": "ok" if database_ok else "off",
        "search": search["search"],
        "backend": search["backend"],
    }
    return JsonResponse(body, status=200 if database_ok else 503)


@never_cache
@require_GET
def choose_language(request: HttpRequest, code: str) -> HttpResponseRedirect:
    """The language switcher's link: remember the choice and show the page (``next``) in that
    language, or the home page when ``next`` is missing or is not a path of this site
    (``languages.is_site_path``: no other host however its slashes are encoded)."""
    if code not in dict(settings.LANGUAGES):
        raise Http404("The site has no such language.")
    target = request.GET.get("next", "/")
    if not languages.is_site_path(target):
        target = "/"
    target = languages.translated(request, target, code)
    response = HttpResponseRedirect(target if languages.is_site_path(target) else "/")
    languages.remember(response, code)
    return response


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: a page that is not translated yet sends a reader of another language to its
    English version (the links between languages are never dead ends); anything else gets the
    site's own "not found" page, in the language of the address."""
    english = languages.untranslated_original(request)
    if english:
        return HttpResponseRedirect(english)
    return render(request, "404.html", status=404)
