"""The jobs part of the site map: every job a visitor sees by default (open, not past its
closing date, a technology job), so search engines find live openings and drop closed ones.

One section per language (``JobSitemap(language="es")``) lists each job page in that language,
with its versions in every language as hreflang alternates (English also as ``x-default``).
A section's page holds at most ``SECTION_LIMIT`` addresses and takes the same queries at any
number of jobs: one count for the paginator, one query of the page's ids, slugs and dates (in
id order), and each language's job address reversed once per page, not once per job."""

from __future__ import annotations

from functools import cached_property
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from jobboard.models import Job
from search.links import job_path_pattern

# Addresses per page of a section (the protocol allows 50,000; smaller pages are quick to
# build and to read, and a crawler fetches only the pages whose lastmod changed).
SECTION_LIMIT = 2_000

_QUOTES = {'"': "&quot;", "'": "&apos;"}  # escaped in attributes, with & < >


class JobSitemap(Sitemap):
    """The job pages in one language (a section of the site map index)."""

    changefreq = "daily"
    limit = SECTION_LIMIT

    def __init__(self, language: str = settings.LANGUAGE_CODE) -> None:
        self.language = language

    def items(self):
        """Each listed job's id, slug and last change, in id order."""
        return (
            Job.objects.visible()
            .technology()
            .order_by("pk")
            .values_list("pk", "slug", "updated_at")
        )

    @cached_property
    def paginator(self) -> Paginator:
        # Django's builds a new paginator (and, for i18n sitemaps, a list of every item in
        # every language) on each access; this one pages the query itself.
        return Paginator(self.items(), self.limit)

    def get_latest_lastmod(self) -> None:
        """None: the index gives no lastmod for the jobs' pages. Django's index would give
        every page of a section the newest change of any job in it (which changes at every
        ingest, so tells a crawler nothing), and finding it reads every listed job (0.6 s at
        100,000 on SQLite, docs/benchmarks.md). Each address in a page has its own lastmod."""
        return None

    def _urls(self, page, protocol: str, domain: str) -> list[dict]:
        """The page's entries, each also written out as XML (``xml``): the project's section
        template copies it as it is, since Django's template loop over thousands of entries
        and their alternates took ten times longer than the rest of the request."""
        site = f"{protocol}://{domain}"
        patterns = {code: site + job_path_pattern(code) for code, _ in settings.LANGUAGES}
        urls = []
        for pk, slug, updated_at in self.paginator.page(page).object_list:
            versions = {
                code: escape(pattern.format(pk=pk, slug=slug), _QUOTES)
                for code, pattern in patterns.items()
            }
            versions["x-default"] = versions[settings.LANGUAGE_CODE]
            lastmod = timezone.localdate(updated_at)
            links = "".join(
                f'<xhtml:link rel="alternate" hreflang="{code}" href="{location}"/>'
                for code, location in versions.items()
            )
            xml = (
                f"<url><loc>{versions[self.language]}</loc>"
                f"<lastmod>{lastmod.isoformat()}</lastmod>"
                f"<changefreq>{self.changefreq}</changefreq>{links}</url>"
            )
            urls.append({"item": pk, "lastmod": updated_at, "xml": SafeString(xml)})
        if urls:
            self.latest_lastmod = max(url["lastmod"] for url in urls)
        return urls


class RouteSitemap(Sitemap):
    """A page that is one named route (a form, a dashboard), in each language of
    settings.LANGUAGES with its alternates: the crosswalk's and the insights' sections."""

    i18n = True
    alternates = True
    x_default = True

    def __init__(self, route: str, *, changefreq: str) -> None:
        self.route = route
        self.changefreq = changefreq

    def items(self) -> list[str]:
        return [self.route]

    def location(self, item: str) -> str:
        return reverse(item)
