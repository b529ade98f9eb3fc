"""The site map's pages section: every live page of every language's page tree, each with
``xhtml:link`` alternates naming its live translations (and English as ``x-default``)."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from search.sitemaps import SECTION_LIMIT


class PageSitemap(Sitemap):
    limit = SECTION_LIMIT

    def _pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        within = Q()
        for root in roots:
            within |= Q(path__startswith=root.path)
        return Page.objects.filter(within).live().public()

    def items(self):
        return (
            self._pages().order_by("path").select_related("locale").defer_streamfields().specific()
        )

    def get_latest_lastmod(self):
        """The newest publication of any listed page (the index's lastmod), in one query
        rather than loading every page."""
        return self._pages().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)  # translation key: (language, URL) of each live version
        for version in (
            self.items()
            .filter(translation_key__in={item.translation_key for item in pages})
            .defer_streamfields()
        ):
            versions[version.translation_key].append(
                (version.locale.language_code, version.get_full_url(self.request))
            )
        for item, info in zip(pages, urls, strict=True):
            alternates = versions[item.translation_key]
            if len(alternates) < 2:
                continue
            info["alternates"] = [
                {"lang_code": code, "location": location} for code, location in alternates
            ]
            default = dict(alternates).get(settings.LANGUAGE_CODE)
            if default:
                info["alternates"].append({"lang_code": "x-default", "location": default})
        return urls
