"""Links to the job pages in the language of the page showing them, for this app's pages and
those of other apps (guides, the federal crosswalk)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from search.query import DEFAULT_PAGE_SIZE, JobQuery


def search_url(query: JobQuery) -> str:
    """The /jobs/ URL showing every job a query matches, in the search page's canonical
    parameter order (its default order and page size: with no words, newest first)."""
    plain = query.with_changes(page=1, sort="relevance", page_size=DEFAULT_PAGE_SIZE)
    params = urlencode(plain.to_params(page=False))
    return reverse("search:search") + (f"?{params}" if params else "")


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
    return reverse("search:job", args=[job.pk, job.slug])
