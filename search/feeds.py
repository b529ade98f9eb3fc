"""RSS and Atom feeds for any search (same parameters as /jobs/), so a saved search works in a
feed reader."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from search.links import in_page_language
from search.presentation import annual_pay, closing_words
from search.query import InvalidQuery, JobQuery
from search.service import search_jobs


class JobsRssFeed(Feed):
    """The newest 50 jobs of a search."""

    def get_object(self, request: HttpRequest) -> JobQuery:
        try:
            query = JobQuery.from_params(request.GET)
        except InvalidQuery as exc:
            raise Http404(str(exc)) from exc
        return query.with_changes(sort="newest", page=1, page_size=50)

    def title(self, query: JobQuery) -> str:
        if query.q:
            return _("Public tech jobs: %(words)s (Public Tech Pathways)") % {"words": query.q}
        return _("Public tech jobs (Public Tech Pathways)")

    def link(self, query: JobQuery) -> str:
        params = urlencode(query.with_changes(sort="newest").to_params(page=False))
        return f"{reverse('search:search')}?{params}"

    def description(self, query: JobQuery) -> str:
        return _("Public-interest technology jobs in Los Angeles County matching your search.")

    def items(self, query: JobQuery):
        return search_jobs(query).hits

    def item_title(self, hit) -> str:
        return f"{hit.title}, {hit.agency['name']}"

    def item_description(self, hit) -> str:
        """Feed readers show the description as HTML: every value is escaped (a listing's
        location comes from outside sources and could carry markup)."""
        parts = [hit.location or hit.remote, annual_pay(hit.salary_min, hit.salary_max)]
        parts.append(closing_words(hit.closes_at, hit.open_until_filled))
        return " · ".join(escape(p) for p in parts if p)

    def item_link(self, hit) -> str:
        return in_page_language(hit.url)

    def item_guid(self, hit) -> str:
        return f"job-{hit.id}"

    item_guid_is_permalink = False

    def item_pubdate(self, hit):
        return hit.posted_at

    def item_categories(self, hit):
        return [c["name"] for c in (hit.role_family, hit.seniority) if c]


class JobsAtomFeed(JobsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, query: JobQuery) -> str:
        return self.description(query)
