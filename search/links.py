"""Links to the job pages in the language of the page showing them, for this app's pages and
those of other apps (guides, the federal crosswalk)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from search.query import DEFAULT_PAGE_SIZE, JobQuery

# The route of a job's page, and stand-ins reversed in place of a job's id and slug to make its
# address pattern.
JOB_ROUTE = "search:job"
_PK, _SLUG = 987_654_321, "job-slug-stand-in"


def canonical_params(query: JobQuery) -> str:
    """A search as a query string, in the search page's canonical parameter order and without
    page, page size or sort (its defaults: with no words, newest first): the one form of a
    search that links and saved searches (an alert's) share, so equal searches are equal."""
    plain = query.with_changes(page=1, sort="relevance", page_size=DEFAULT_PAGE_SIZE)
    return urlencode(plain.to_params(page=False))


def search_page(params: str) -> str:
    """The search page (``/jobs/``, in the active language) with this query string."""
    return reverse("search:search") + (f"?{params}" if params else "")


def search_url(query: JobQuery) -> str:
    """The /jobs/ URL showing every job a query matches, in its canonical form."""
    return search_page(canonical_params(query))


def in_page_language(path: str) -> str:
    """An English job path (as the index and the API give it: ``/jobs/1/gis-analyst/``) in the
    active language (``/es/jobs/1/gis-analyst/`` on a Spanish page)."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE:
        return path
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(path, language)


def job_path(job) -> str:
    """A job's page in the active language."""
    return reverse(JOB_ROUTE, args=[job.pk, job.slug])


def job_path_pattern(language: str | None = None) -> str:
    """The path of a job's page in ``language`` (default: the site's, as the index and the API
    give it), with ``{pk}`` and ``{slug}`` to fill in: ``/es/jobs/{pk}/{slug}/``. Reversed
    once per batch (an index rebuild, a page of the site map), so thousands of jobs format a
    string instead of resolving the URL configuration each, and renaming the route moves
    every address with it."""
    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse(JOB_ROUTE, args=[_PK, _SLUG])
    return path.replace(str(_PK), "{pk}", 1).replace(_SLUG, "{slug}", 1)
