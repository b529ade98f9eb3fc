"""The crosswalk's page in the site map (its results are per-person and not listed)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PathwaysSitemap(Sitemap):
    changefreq = "monthly"

    def items(self) -> list[str]:
        return ["pathways:from-federal"]

    def location(self, item: str) -> str:
        return reverse(item)
