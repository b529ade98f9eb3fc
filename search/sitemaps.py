"""The jobs part of /sitemap.xml: every job a visitor sees by default (open, not past its
closing date, a technology job), so search engines find live openings and drop closed ones."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap

from jobboard.models import Job


class JobSitemap(Sitemap):
    changefreq = "daily"
    limit = 10_000

    def items(self):
        return Job.objects.visible().technology().order_by("pk").only("pk", "slug", "updated_at")

    def lastmod(self, job: Job):
        return job.updated_at
