"""Links to the search page, for the pages of other apps (guides, the federal crosswalk)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from search.query import DEFAULT_PAGE_SIZE, JobQuery


def search_url(query: JobQuery) -> str:
    """The /jobs/ URL showing every job a query matches, in the search page's canonical
    parameter order (its default order and page size: with no words, newest first)."""
    plain = query.with_changes(page=1, sort="relevance", page_size=DEFAULT_PAGE_SIZE)
    params = urlencode(plain.to_params(page=False))
    return reverse("search:search") + (f"?{params}" if params else "")
