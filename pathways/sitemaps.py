"""The crosswalk's page in the site map (its results are per-person and not listed)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PathwaysSitemap(Sitemap):
    i18n = True  # the page in each language of settings.LANGUAGES, with alternates
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self) -> list[str]:
        return ["pathways:from-federal"]

    def location(self, item: str) -> str:
        return reverse(item)
