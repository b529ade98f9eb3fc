"""Live job openings for pages: the newest open jobs matching a few filters, their total and a
link to the same search on /jobs/.

Pages call ``search.service.search_jobs`` (the search app's public function) through here, never
the search engine. Answers are cached briefly, so a busy guide costs one search a minute, and a
failure of every search path becomes a friendly message instead of an error page."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.links import search_url
from search.query import FacetValue, Hit, JobQuery
from search.service import search_jobs

logger = logging.getLogger(__name__)
UNAVAILABLE_MESSAGE = _(
    "Live openings can't be shown right now. The job search may still work: try it from the "
    "link below, or come back in a few minutes."
)


@dataclass
class Openings:
    """What a live-openings list shows."""

    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    search_url: str = ""
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    notice: str = ""  # the search app's notice (e.g. running in basic mode)
    unavailable: bool = False
    message: str = ""

    @property
    def query_string(self) -> str:
        """The search's /jobs/ parameters (for a job alert on it)."""
        return self.search_url.partition("?")[2]


def openings_query(
    *,
    role_family: str = "",
    seniority: str = "",
    agency: str = "",
    remote: str = "",
    limit: int = 5,
) -> JobQuery:
    """The search behind a live-openings list: open jobs, newest first."""
    filters = {
        facet: (value,)
        for facet, value in (
            ("role_family", role_family),
            ("seniority", seniority),
            ("agency", agency),
            ("remote", remote),
        )
        if value
    }
    return JobQuery(filters=filters, sort="newest", page_size=max(1, min(limit, 20)))


def live_openings(query: JobQuery) -> Openings:
    """The newest open jobs for a query, cached for ``CMS_OPENINGS_CACHE_SECONDS``."""
    link = search_url(query)
    # Per language: the links and the notices are the page's language.
    key = f"cms:openings:{translation.get_language()}:" + urlencode(query.to_params())
    cached = cache.get(key)
    if cached is not None:
        return cached
    try:
        results = search_jobs(query)
    except DatabaseError:
        # search_jobs already falls back from the engine to the database; this is the rare
        # case where the database cannot answer either.
        logger.exception("live openings could not be searched")
        return Openings(search_url=link, unavailable=True, message=UNAVAILABLE_MESSAGE)
    openings = Openings(
        total=results.total,
        hits=results.hits,
        search_url=link,
        facets=results.facets,
        notice=results.notice,
    )
    cache.set(key, openings, settings.CMS_OPENINGS_CACHE_SECONDS)
    return openings
