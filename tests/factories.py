"""Factories for the job domain, and builders of source documents in their real formats."""

from __future__ import annotations

import json
from datetime import timedelta

import factory
from django.utils import timezone

from jobboard.models import Agency, Job, RoleFamily, SeniorityLevel, Source


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"City Department {n}")
    slug = factory.Sequence(lambda n: f"city-department-{n}")
    level = "city"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    slug = factory.Sequence(lambda n: f"source-{n}")
    name = factory.Sequence(lambda n: f"Source {n}")
    format = "greenhouse"
    url = factory.Sequence(lambda n: f"/tmp/source-{n}.json")
    agency_default = "Civic Works"


class OpenJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Job

    raw_title = factory.Sequence(lambda n: f"Data Analyst {n}")
    title = factory.SelfAttribute("raw_title")
    agency = factory.SubFactory(AgencyFactory)
    role_family = factory.LazyFunction(lambda: RoleFamily.objects.get(slug="data-analytics"))
    seniority = factory.LazyFunction(lambda: SeniorityLevel.objects.get(slug="mid"))
    posted_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=3))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    status = "open"


class ClosedJobFactory(OpenJobFactory):
    status = "closed"
    closed_reason = "Filled."


def greenhouse_job(job_id: int, title: str, *, content: str = "<p>Serve residents.</p>", **extra):
    """One job of a Greenhouse board, as the API returns it (content entity-escaped)."""
    escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return {
        "id": job_id,
        "internal_job_id": job_id + 1000,
        "title": title,
        "updated_at": "2026-11-14T10:02:11-08:00",
        "location": {"name": extra.pop("location", "Los Angeles, CA")},
        "absolute_url": extra.pop("url", f"https://boards.greenhouse.io/civic/jobs/{job_id}"),
        "metadata": [],
        "content": escaped,
        "departments": [{"id": 1, "name": "Engineering"}],
        "offices": [],
        **extra,
    }


def greenhouse_board(*jobs: dict) -> bytes:
    return json.dumps({"jobs": list(jobs), "meta": {"total": len(jobs)}}).encode()


def guide_page(role_family: str = "data-analytics", *, publish: bool = True, **fields):
    """A minimal pathway guide under the site's guide index (made when missing), published
    through a revision like an approved guide unless ``publish=False``."""
    from datetime import date

    from cms.models import GuideIndexPage, HomePage, PathwayGuidePage

    home = HomePage.objects.get()
    index = GuideIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=GuideIndexPage(title="Career guides", slug="guides"))
    family = RoleFamily.objects.get(slug=role_family)
    values = {
        "title": f"{family.name} in public service",
        "slug": role_family,
        "role_family": family,
        "summary": f"What {family.name} work is in government.",
        "last_reviewed": date(2026, 11, 2),
        "live": False,
    }
    values.update(fields)
    page = index.add_child(instance=PathwayGuidePage(**values))
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page
