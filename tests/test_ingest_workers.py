"""Reading workers (``ingest_sources`` with ``workers`` > 1) read, parse and prepare sources in
other processes while one process writes: the database ends up exactly as when one process
reads and writes in turn, whatever the sources hold (every format, a broken document, the same
opening in two sources, a listing the normaliser refuses), and a second read changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.generator import write_sources
from ingest.pipeline import ingest_sources, source_for_location
from jobboard.models import Agency, IngestRun, Job, JobSource, Source

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
FILES = [
    ("usajobs_la.json", "auto", ""),
    ("lacounty_feed.xml", "auto", "County of Los Angeles"),
    ("greenhouse_civic.json", "greenhouse", "Civic Tech Collective"),
    ("lever_civic.json", "lever", "Civic Tech Collective"),
    ("civic_jobs_page.html", "jsonld", ""),
    ("invalid.json", "greenhouse", "Broken Board"),  # fails as a whole
    ("truncated_feed.xml", "auto", "County of Los Angeles"),  # an incomplete read
    ("latin1_usajobs.json", "auto", ""),
    ("lever_grouped.json", "lever", "Civic Tech Collective"),
]


@pytest.fixture(params=["fixtures", "generated"])
def sources(request, tmp_path):
    if request.param == "generated":
        # 1,500 listings in every format the generator writes, as the ingest benchmark makes them.
        return [
            source_for_location(str(path), fmt=fmt, agency=agency)
            for path, fmt, agency in write_sources(1_500, tmp_path, per_source=100)
        ]
    found = []
    for name, fmt, agency in FILES:
        path = tmp_path / name
        shutil.copy(FIXTURES / name, path)
        found.append(source_for_location(str(path), fmt=fmt, agency=agency))
    # The same opening twice: a copy of the County feed under another source.
    twin = tmp_path / "lacounty_mirror.xml"
    shutil.copy(FIXTURES / "lacounty_feed.xml", twin)
    found.append(source_for_location(str(twin), fmt="auto", agency="County of Los Angeles"))
    return found


def state(reports) -> dict:
    """What a reader of the database and of the reports could see, without row ids."""
    jobs = sorted(
        (
            job.agency.name,
            job.title,
            job.role_family.slug if job.role_family else None,
            job.seniority.slug if job.seniority else None,
            job.salary_min,
            job.salary_max,
            job.closes_at,
            job.status,
            job.work_arrangement,
            job.description,
            tuple(sorted((link.source.url, link.external_id) for link in job.listings.all())),
        )
        for job in Job.objects.select_related("agency", "role_family", "seniority")
    )
    links = sorted(
        JobSource.objects.values_list("source__url", "external_id", "content_hash", "present")
    )
    summary = [
        (
            report.source.url,
            report.ok,
            report.error,
            report.complete,
            report.counts.created,
            report.counts.updated,
            report.counts.unchanged,
            report.counts.merged,
            report.counts.closed,
            report.counts.skipped,
            tuple(report.counts.errors),
        )
        for report in reports
    ]
    return {"jobs": jobs, "links": links, "reports": summary}


def forget_everything(sources, agencies_before: set[int]) -> None:
    Job.objects.all().delete()
    IngestRun.objects.all().delete()
    Agency.objects.exclude(pk__in=agencies_before).delete()
    Source.objects.filter(pk__in=[s.pk for s in sources]).update(
        document_hash="", etag="", last_modified=""
    )
    for source in sources:
        source.refresh_from_db()


def test_reading_workers_write_exactly_what_one_process_writes(sources):
    agencies_before = set(Agency.objects.values_list("pk", flat=True))
    alone = state(list(ingest_sources(sources, workers=1)))
    alone_again = state(list(ingest_sources(sources, workers=1)))
    forget_everything(sources, agencies_before)

    together = state(list(ingest_sources(sources, workers=2)))
    assert together == alone
    assert state(list(ingest_sources(sources, workers=2))) == alone_again
    # The run did real work: jobs from every readable source, one job for the twin opening,
    # and the broken source reported, not raised.
    reports = dict(zip([s.url for s in sources], together["reports"], strict=True))
    assert sum(report[4] for report in reports.values()) == Job.objects.count() > 10
    if len(sources) == len(FILES) + 1:  # the fixture files
        mirror = next(report for url, report in reports.items() if url.endswith("mirror.xml"))
        assert mirror[4] == 0  # created nothing: every listing was the same opening
        assert mirror[7] > 0  # merged
        broken = next(report for url, report in reports.items() if url.endswith("invalid.json"))
        assert broken[1] is False
        assert broken[2]


def test_one_source_or_one_worker_reads_and_writes_in_this_process(sources, monkeypatch):
    """No worker process is started when it cannot help."""

    def no_workers(*args, **kwargs):
        raise AssertionError("reading workers were started")

    monkeypatch.setattr("ingest.pipeline.ReadingWorkers", no_workers)
    assert [r.ok for r in ingest_sources(sources[:1], workers=4)] == [True]
    assert len(list(ingest_sources(sources, workers=1))) == len(sources)
