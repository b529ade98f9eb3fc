"""The site map: ``/sitemap.xml`` is an index of sections (``/sitemap-<section>.xml``, long ones
in pages of at most ``search.sitemaps.SECTION_LIMIT`` addresses, ``?p=2``), each response kept
in the shared cache.

A cached response is dropped when what it lists changes (the search results after an ingest
or an edit, a Wagtail page published or unpublished: a new generation, as the insights do) and
after ``CACHE_SECONDS`` in any case, since jobs also leave the list by passing their closing
date. Only the section, the page number and the host make a key, so made-up query strings
cannot fill the shared cache (where the rate limits' counters live too)."""

from __future__ import annotations

import functools
import uuid
import zlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_response_headers
from wagtail.contrib.sitemaps import views as wagtail_sitemaps

from cms.sitemaps import PageSitemap
from search.sitemaps import JobSitemap, RouteSitemap

CACHE_SECONDS = 60 * 60
GENERATION = "sitemap:generation"

# The index's sections, in its order: a class, or a callable making a fresh sitemap per
# request (a sitemap keeps its paginator and counts, which must not outlive the request).
SECTIONS: dict[str, Callable] = {
    "pages": PageSitemap,
    # The crosswalk's form (its results are per person and not listed) and the insights page.
    "from-federal": functools.partial(RouteSitemap, "pathways:from-federal", changefreq="monthly"),
    "insights": functools.partial(RouteSitemap, "insights:insights", changefreq="daily"),
    **{
        f"jobs-{code}": functools.partial(JobSitemap, language=code)
        for code, _ in settings.LANGUAGES
    },
}


def _cache():
    return caches["shared"]


def forget(**kwargs) -> None:
    """Drop every cached part of the site map (a new generation); a signal receiver."""
    _cache().set(GENERATION, uuid.uuid4().hex, timeout=None)


def _key(request: HttpRequest, section: str) -> str | None:
    """The cache key of this part of the site map, or None for a page number that is not
    plain digits (such a request is answered, or refused, without the cache)."""
    page = request.GET.get("p", "1")
    if not page.isascii() or not page.isdigit():
        return None
    generation = _cache().get_or_set(GENERATION, uuid.uuid4().hex, timeout=None)
    return f"sitemap:{generation}:{request.scheme}://{request.get_host()}:{section}:{int(page)}"


def _cached(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """``view``'s successful answers kept in the shared cache, compressed (a page of a section
    is about a megabyte of XML), with the headers a crawler uses."""

    @functools.wraps(view)
    def cached_view(request: HttpRequest, section: str = "") -> HttpResponse:
        key = _key(request, section)
        hit = _cache().get(key) if key else None
        if hit is not None:
            content, headers = hit
            return _response(zlib.decompress(content), headers)
        response = view(request, section)
        if response.status_code == 200 and key:
            response.render()
            headers = {
                name: response[name]
                for name in ("Content-Type", "Last-Modified", "X-Robots-Tag")
                if name in response
            }
            _cache().set(key, (zlib.compress(response.content), headers), CACHE_SECONDS)
        patch_response_headers(response, CACHE_SECONDS)
        return response

    return cached_view


def _response(content: bytes, headers: dict[str, str]) -> HttpResponse:
    response = HttpResponse(content, headers=headers)
    patch_response_headers(response, CACHE_SECONDS)
    return response


@_cached
def index(request: HttpRequest, section: str = "") -> HttpResponse:
    """``/sitemap.xml``: the sections and their pages."""
    return wagtail_sitemaps.index(request, SECTIONS, sitemap_url_name="sitemap-section")


@_cached
def section(request: HttpRequest, section: str) -> HttpResponse:
    """``/sitemap-<section>.xml?p=<page>``: one page of one section."""
    return wagtail_sitemaps.sitemap(
        request, SECTIONS, section=section, template_name="sitemaps/section.xml"
    )
