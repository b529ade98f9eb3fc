"""Factories for the job domain, and builders of source documents in their real formats."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import factory
from django.utils import timezone

from ingest.pipeline import source_for_location
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
    closed_because = "filled"
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


def board_writer(path: Path) -> Callable[..., Source]:
    """A Greenhouse board file of Civic Works that a test rewrites between reads: the function
    returned writes the jobs it is given there and returns the board's source."""

    def write(*jobs: dict) -> Source:
        path.write_bytes(greenhouse_board(*jobs))
        return source_for_location(str(path), fmt="greenhouse", agency="Civic Works")

    return write


def guide_page(role_family: str = "data-analytics", *, publish: bool = True, **fields):
    """A minimal pathway guide under the site's guide index (made when missing), published
    through a revision like an approved guide unless ``publish=False``."""
    from datetime import date

    from cms.models import GuideIndexPage, HomePage, PathwayGuidePage

    home = HomePage.objects.get(locale__language_code="en")
    index = GuideIndexPage.objects.filter(locale__language_code="en").first()
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


def without_guide(role_family: str) -> None:
    """Delete the role family's guides in every language, for a test that needs the family
    without one: the demo gives most families a guide."""
    from cms.models import PathwayGuidePage

    for guide in PathwayGuidePage.objects.filter(role_family__slug=role_family):
        guide.delete()


class EmployerFactory(factory.django.DjangoModelFactory):
    """A verified employer account with its profile."""

    class Meta:
        model = "auth.User"

    username = factory.Sequence(lambda n: f"hiring{n}@agency.example.gov")
    email = factory.SelfAttribute("username")
    password = factory.PostGenerationMethodCall("set_password", "a long passphrase 42")
    profile = factory.RelatedFactory(
        "tests.factories.EmployerProfileFactory", factory_related_name="user"
    )


class EmployerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "jobboard.EmployerProfile"

    organisation = "Los Angeles County Department of Public Works"
    government_level = "county"
    email_verified_at = factory.LazyFunction(timezone.now)


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A complete, valid posting in draft."""

    class Meta:
        model = "jobboard.Submission"

    owner = factory.SubFactory(EmployerFactory)
    title = "GIS Analyst II"
    organisation = "Los Angeles County Department of Public Works"
    role_family = factory.LazyFunction(lambda: RoleFamily.objects.get(slug="data-analytics"))
    seniority = factory.LazyFunction(lambda: SeniorityLevel.objects.get(slug="mid"))
    description = "<p>Map the county's storm drains and keep the public flood maps current.</p>"
    location = "Alhambra, CA"
    work_arrangement = "hybrid"
    employment_type = "full-time"
    salary_min = 92_000
    salary_max = 124_000
    pay_interval = "year"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    apply_url = "https://www.governmentjobs.com/careers/lacounty/jobs/4711"


def moderator():
    """A member of the Moderators group (who review postings)."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("moderator", "moderator@ptp.example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user
