"""The insights page in the site map."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class InsightsSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> list[str]:
        return ["insights:insights"]

    def location(self, item: str) -> str:
        return reverse(item)
