"""``jobboard.bulk.insert_rows``, ingest's fast insert: the rows it writes are the rows
``bulk_create`` writes, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db.models import DateTimeField
from django.utils import timezone

from jobboard.bulk import insert_rows, new_object
from jobboard.models import Job, JobSource
from tests.factories import AgencyFactory, OpenJobFactory, SourceFactory

pytestmark = pytest.mark.django_db
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
STAMPS = {"created_at", "updated_at"}


def _jobs(agency, count: int) -> list[Job]:
    """Unsaved jobs with every kind of value: text, numbers, decimals, None, booleans, foreign
    keys and date-times in two time zones."""
    posted = datetime(2026, 11, 30, 16, 45, 12, 345678, tzinfo=LOS_ANGELES)
    seen = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    return [
        OpenJobFactory.build(
            agency=agency,
            raw_title=f"GIS Analyst {number}",
            description="<p>Maps for the county.</p>",
            description_text="Maps for the county.",
            salary_min=90_000 + number,
            salary_max=None,
            pay_min=Decimal("43.27"),
            pay_max=None,
            pay_interval="hour",
            latitude=34.05 + number / 1000,
            longitude=None,
            is_people_manager=bool(number % 2),
            posted_at=posted + timedelta(hours=number),
            closes_at=None if number % 2 else datetime(2027, 1, 5, 8, 0, tzinfo=UTC),
            open_until_filled=bool(number % 2),
            first_seen_at=seen,
            visible_since=seen,
            last_seen_at=seen,
        )
        for number in range(count)
    ]


def _columns(jobs: list[Job]) -> list[dict]:
    names = [f.attname for f in Job._meta.concrete_fields if f.attname not in {"id", *STAMPS}]
    rows = Job.objects.filter(pk__in=[job.pk for job in jobs]).order_by("pk").values(*names)
    return list(rows)


def test_the_rows_are_those_bulk_create_writes():
    agency = AgencyFactory()
    fast, slow = _jobs(agency, 30), _jobs(agency, 30)
    insert_rows(fast)
    Job.objects.bulk_create(slow)

    assert _columns(fast) == _columns(slow)
    read_back = Job.objects.get(pk=fast[3].pk)
    assert read_back.posted_at == datetime(2026, 11, 30, 19, 45, 12, 345678, tzinfo=LOS_ANGELES)
    assert read_back.pay_min == Decimal("43.27")
    assert read_back.longitude is None


def test_objects_get_their_keys_and_one_stamp_and_can_be_linked_to():
    source = SourceFactory()
    jobs = _jobs(AgencyFactory(), 3)
    before = timezone.now()
    insert_rows(jobs)

    assert [job.pk for job in jobs] == sorted(job.pk for job in jobs)
    assert all(not job._state.adding for job in jobs)
    stamps = {getattr(job, name) for job in jobs for name in STAMPS}
    assert len(stamps) == 1
    assert before <= stamps.pop() <= timezone.now()
    assert {job.pk: job.created_at for job in Job.objects.all()} == {
        job.pk: job.created_at for job in jobs
    }
    links = [JobSource(job=job, source=source, external_id=str(job.pk)) for job in jobs]
    for link in links:
        link.content_hash, link.last_seen_at = "abc", timezone.now()
    insert_rows(links)
    assert {link.job.title for link in JobSource.objects.select_related("job")} == {
        job.title for job in jobs
    }
    assert all(link.present for link in JobSource.objects.all())  # the field's default


def test_more_rows_than_one_statement_carries():
    jobs = _jobs(AgencyFactory(), 1_203)
    insert_rows(jobs)
    assert Job.objects.count() == 1_203 == len({job.pk for job in jobs})
    assert Job.objects.get(pk=jobs[-1].pk).raw_title == "GIS Analyst 1202"


def test_objects_that_have_keys_go_through_bulk_create():
    jobs = _jobs(AgencyFactory(), 2)
    jobs[0].pk, jobs[1].pk = 900_001, 900_002
    insert_rows(jobs)
    assert set(Job.objects.values_list("pk", flat=True)) == {900_001, 900_002}


def test_nothing_to_insert_is_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows([])


def test_every_date_time_field_of_a_job_is_written():
    """A new DateTimeField on Job is covered by the adapter path, not passed raw."""
    jobs = _jobs(AgencyFactory(), 1)
    insert_rows(jobs)
    stored = Job.objects.get(pk=jobs[0].pk)
    for field in Job._meta.concrete_fields:
        if isinstance(field, DateTimeField):
            assert getattr(stored, field.attname) == getattr(jobs[0], field.attname), field.name


def test_new_object_is_the_object_the_keyword_constructor_makes(django_assert_num_queries):
    agency = AgencyFactory()
    values = {
        "agency": agency,
        "title": "GIS Analyst",
        "raw_title": "GIS Analyst II",
        "slug": "gis-analyst",
        "salary_min": 90_000,
        "pay_min": Decimal("43.27"),
        "closes_at": datetime(2027, 1, 5, 8, 0, tzinfo=UTC),
        "role_family": None,
    }
    built = new_object(Job, values)
    expected = Job(**values)
    fields = [f for f in Job._meta.concrete_fields if f.attname not in STAMPS]
    fixed = [f.attname for f in fields if not (f.has_default() and callable(f.default))]
    assert [getattr(built, n) for n in fixed] == [getattr(expected, n) for n in fixed]
    # Callable defaults (the clock's) are called for each object, as __init__ calls them.
    stamped = [f.attname for f in fields if f.has_default() and callable(f.default)]
    assert stamped
    assert all(getattr(built, n) is not None for n in stamped)
    assert built._state.adding
    assert built.pk is None
    with django_assert_num_queries(0):
        assert built.agency.name == agency.name  # the relation is cached, not read again


def test_new_object_rejects_a_field_the_model_does_not_have():
    with pytest.raises(TypeError, match="no fields \\['titel'\\]"):
        new_object(Job, {"titel": "GIS Analyst"})
