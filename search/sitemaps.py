"""The jobs part of /sitemap.xml: every job a visitor sees by default (open, not past its
closing date, a technology job), so search engines find live openings and drop closed ones.
Each job page is listed in every language, with the others as its hreflang alternates."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from jobboard.models import Job


class JobSitemap(Sitemap):
    changefreq = "daily"
    limit = 10_000
    i18n = True  # one entry per job and language, in settings.LANGUAGES
    alternates = True
    x_default = True  # English, at the unprefixed path

    def items(self):
        return Job.objects.visible().technology().order_by("pk").only("pk", "slug", "updated_at")

    def lastmod(self, job: Job):
        return job.updated_at

    def location(self, job: Job) -> str:
        return reverse("search:job", args=[job.pk, job.slug])  # in the language being listed
