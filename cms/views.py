"""Site search: guides and pages through Wagtail search, with matching jobs beside them."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale, Page

from cms.openings import live_openings
from search.links import search_url
from search.query import JobQuery
from search.service import search_pages

MAX_QUERY_LENGTH = 200


def site_search(request: HttpRequest) -> HttpResponse:
    """/search/?q=...: matching guides and pages in the page's language first, then the top
    matching jobs."""
    q = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    context: dict = {"q": q, "pages": [], "jobs": None, "fallback": False}
    if q:
        pages, fallback = search_pages(
            q, Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        )
        context.update(
            pages=pages,
            fallback=fallback,
            jobs=live_openings(JobQuery(q=q, page_size=5)),
            jobs_url=search_url(JobQuery(q=q)),
        )
    return render(request, "cms/site_search.html", context)
