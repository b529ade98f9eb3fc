"""The search page and the job page: server-rendered and complete without JavaScript."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jobboard.announcements import ordered
from jobboard.models import Job
from search import plugins
from search.links import job_path
from search.presentation import job_posting_jsonld, refinements, script_json
from search.query import FACETS, InvalidQuery, JobQuery
from search.service import count_jobs, search_jobs

FACET_LEGENDS = {
    "role_family": _("Role"),
    "seniority": _("Level"),
    "remote": _("Remote or on-site"),
    "government_level": _("Level of government"),
    "employment_type": _("Job type"),
    "agency": _("Employer"),
    "hiring_path": _("Who may apply"),
}
SORT_LABELS = {
    "relevance": _("Best match"),
    "newest": _("Newest"),
    "closing": _("Closing soonest"),
    "salary": _("Highest pay"),
}


def search_page(request: HttpRequest) -> HttpResponse:
    """/jobs/: the URL is the whole state of the search."""
    try:
        query = JobQuery.from_params(request.GET)
    except InvalidQuery as exc:
        return render(
            request, "search/search.html", {"error": str(exc), "query": JobQuery()}, status=400
        )
    canonical = urlencode(query.to_params())
    if request.GET and request.META.get("QUERY_STRING", "") != canonical:
        # One URL per search: empty fields dropped, parameters in a fixed order.
        return HttpResponseRedirect(f"{request.path}?{canonical}" if canonical else request.path)
    results = search_jobs(query)
    non_tech_left_out = 0
    if not query.include_non_tech:
        non_tech_left_out = count_jobs(query.with_changes(include_non_tech=True)) - results.total
    context = {
        "non_tech_left_out": non_tech_left_out,
        "with_non_tech_url": _page_url(query.with_changes(include_non_tech=True), 1),
        "query": query,
        "results": results,
        "facet_groups": [
            (facet, FACET_LEGENDS[facet], results.facets[facet])
            for facet in (
                "role_family",
                "seniority",
                "remote",
                "government_level",
                "hiring_path",
                "employment_type",
                "agency",
            )
        ],
        "sorts": SORT_LABELS.items(),
        "refinements": refinements(query, results),
        "canonical_query": canonical,
        "feed_query": urlencode(query.with_changes(page=1).to_params(page=False)),
        "page_links": _page_links(query, results.pages),
        "previous_url": _page_url(query, query.page - 1) if query.page > 1 else "",
        "next_url": _page_url(query, query.page + 1) if query.page < results.pages else "",
    }
    return render(request, "search/search.html", context)


def _page_url(query: JobQuery, page: int) -> str:
    return "?" + urlencode(query.with_changes(page=page).to_params())


def _page_links(query: JobQuery, pages: int) -> list[tuple[int | None, str]]:
    """Page numbers around the current page, with gaps as None."""
    wanted = {1, pages, query.page - 1, query.page, query.page + 1}
    numbers = sorted(n for n in wanted if 1 <= n <= pages)
    links: list[tuple[int | None, str]] = []
    for number in numbers:
        if links and links[-1][0] is not None and number - links[-1][0] > 1:
            links.append((None, ""))
        links.append((number, _page_url(query, number)))
    return links


def job_page(request: HttpRequest, job_id: int, slug: str = "") -> HttpResponse:
    """/jobs/<id>/<slug>/: one job, with apply button while open."""
    job = Job.objects.select_related("agency", "role_family", "seniority").filter(pk=job_id).first()
    if job is None:
        raise Http404("No such job.")
    if slug != job.slug:
        return HttpResponsePermanentRedirect(job_path(job))
    similar, guide = [], None
    if job.role_family_id:
        guide = plugins.guide_for_role_family(job.role_family)
        related = search_jobs(
            JobQuery(filters={"role_family": (job.role_family.slug,)}, sort="newest", page_size=6)
        )
        similar = [hit for hit in related.hits if hit.id != job.pk][:5]
    now = timezone.now()
    announcements = ordered(list(job.listings.exclude(announcement="")), now)
    context = {
        "job": job,
        "announcements": announcements,
        "open_doors": [door for door in announcements if job.is_open and door.is_open(now)],
        "similar": similar,
        "guide": guide,
        "jsonld": script_json(job_posting_jsonld(job, request)) if job.is_open else "",
        "facets": FACETS,
    }
    return render(request, "search/job.html", context)
