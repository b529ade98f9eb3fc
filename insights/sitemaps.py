"""The insights page in the site map."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class InsightsSitemap(Sitemap):
    i18n = True  # the page in each language of settings.LANGUAGES, with alternates
    alternates = True
    x_default = True
    changefreq = "daily"

    def items(self) -> list[str]:
        return ["insights:insights"]

    def location(self, item: str) -> str:
        return reverse(item)
