"""Why a job closed is a choice the code decides on (``Job.closed_because``); the sentence in
``closed_reason`` is for people, and editing it changes nothing the code does."""

from __future__ import annotations

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from ingest.pipeline import ingest_source
from jobboard.models import ClosedBecause, Job
from jobboard.services import close_job, expire_jobs
from postings import services as postings
from tests.factories import (
    ClosedJobFactory,
    OpenJobFactory,
    SubmissionFactory,
    board_writer,
    greenhouse_job,
    moderator,
)

pytestmark = pytest.mark.django_db
B = ClosedBecause


@pytest.fixture
def board(tmp_path):
    """A Greenhouse board file whose contents a test rewrites between reads."""
    return board_writer(tmp_path / "board.json")


@pytest.fixture
def live_posting():
    """An employer's posting approved by a moderator: a live job."""
    posting, reviewer = SubmissionFactory(), moderator()
    postings.submit(submission=posting, by=posting.owner)
    job = postings.approve(submission=posting, by=reviewer)
    return posting, job, reviewer


def test_a_job_that_vanished_is_closed_as_vanished_and_reopened_when_listed_again(board):
    ingest_source(board(greenhouse_job(1, "Web Developer"), greenhouse_job(2, "Data Analyst")))
    ingest_source(board(greenhouse_job(1, "Web Developer")))
    gone = Job.objects.get(title="Data Analyst")
    assert (gone.status, gone.closed_because) == ("closed", B.VANISHED)
    assert gone.closed_reason.startswith("No longer listed by")

    ingest_source(board(greenhouse_job(1, "Web Developer"), greenhouse_job(2, "Data Analyst")))
    gone.refresh_from_db()
    assert (gone.status, gone.closed_because, gone.closed_reason) == ("open", "", "")


def test_a_vanished_job_that_comes_back_changed_is_reopened_with_the_change(board):
    ingest_source(board(greenhouse_job(1, "Web Developer"), greenhouse_job(2, "Data Analyst")))
    ingest_source(board(greenhouse_job(1, "Web Developer")))
    ingest_source(board(greenhouse_job(1, "Web Developer"), greenhouse_job(2, "Data Scientist")))
    job = Job.objects.get(listings__external_id="2")
    assert (job.title, job.status, job.closed_because) == ("Data Scientist", "open", "")


@pytest.mark.parametrize("because", [B.MODERATOR, B.FILLED, B.EMPLOYER])
@pytest.mark.parametrize("title_again", ["Web Developer", "Senior Web Developer"])
def test_a_job_closed_by_a_person_stays_closed_when_its_listing_is_read_again(
    board, because, title_again
):
    ingest_source(board(greenhouse_job(1, "Web Developer")))
    job = Job.objects.get()
    # Someone rewrote the sentence for people: the code must not read it.
    close_job(job=job, because=because, reason="No longer listed by Civic Works")
    # The next read carries the same listing (unchanged, or edited) and a new one, so the
    # document changed and every listing in it is looked at.
    ingest_source(board(greenhouse_job(1, title_again), greenhouse_job(2, "Data Analyst")))
    job.refresh_from_db()
    assert (job.status, job.closed_because) == ("closed", because)
    assert Job.objects.open().get().title == "Data Analyst"


def test_jobs_past_their_closing_date_are_closed_as_expired():
    job = OpenJobFactory(closes_at=timezone.now() - timedelta(hours=1))
    assert expire_jobs() == 1
    job.refresh_from_db()
    assert (job.closed_because, job.closed_reason) == (B.EXPIRED, "The closing date passed.")


def test_a_posting_a_moderator_rejects_closes_its_job_as_removed_by_a_moderator(live_posting):
    posting, job, reviewer = live_posting
    postings.submit(submission=posting, by=posting.owner)
    postings.reject(submission=posting, by=reviewer, reason="Spam link in the edit.")
    job.refresh_from_db()
    assert (job.status, job.closed_because) == ("closed", B.MODERATOR)


def test_a_posting_its_employer_closes_closes_its_job_as_closed_by_the_employer(live_posting):
    posting, job, _ = live_posting
    postings.close(submission=posting, by=posting.owner)
    job.refresh_from_db()
    assert (job.status, job.closed_because) == ("closed", B.EMPLOYER)


def test_a_posting_that_expires_closes_its_job_as_expired(live_posting):
    _, job, _ = live_posting
    assert postings.expire_submissions(now=timezone.now() + timedelta(days=40)) == 1
    job.refresh_from_db()
    assert (job.status, job.closed_because) == ("closed", B.EXPIRED)


def test_the_admins_close_action_closes_jobs_as_filled_or_withdrawn(admin_client):
    job = OpenJobFactory()
    response = admin_client.post(
        "/django-admin/jobboard/job/",
        {"action": "close_selected", "_selected_action": [job.pk]},
    )
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.closed_because) == ("closed", B.FILLED)


def test_the_admin_lists_jobs_filtered_by_why_they_closed(admin_client):
    removed = ClosedJobFactory(title="Removed Analyst", closed_because=B.MODERATOR)
    ClosedJobFactory(title="Filled Analyst", closed_because=B.FILLED)
    changelist = admin_client.get("/django-admin/jobboard/job/").content.decode()
    assert "Removed by a moderator" in changelist  # the filter's choices
    filtered = admin_client.get(
        "/django-admin/jobboard/job/", {"closed_because__exact": B.MODERATOR}
    )
    assert list(filtered.context["cl"].result_list) == [removed]


def test_the_migration_gives_existing_closed_jobs_the_choice_their_sentence_names():
    migration = importlib.import_module("jobboard.migrations.0017_job_closed_because")
    sentences = {
        "No longer listed by County of Los Angeles": B.VANISHED,
        "No longer listed": B.VANISHED,
        "The closing date passed.": B.EXPIRED,
        "Removed by a moderator.": B.MODERATOR,
        "Closed early by the employer.": B.EMPLOYER,
        "Closed by admin in the admin.": B.FILLED,
        "Filled.": B.FILLED,
    }
    jobs = {
        sentence: ClosedJobFactory(closed_reason=sentence, closed_because="")
        for sentence in sentences
    }
    already = ClosedJobFactory(closed_reason="No longer listed", closed_because=B.MODERATOR)
    still_open = OpenJobFactory()

    migration.fill_closed_because(apps, None)

    found = {sentence: Job.objects.get(pk=job.pk).closed_because for sentence, job in jobs.items()}
    assert found == sentences
    assert Job.objects.get(pk=already.pk).closed_because == B.MODERATOR
    assert Job.objects.get(pk=still_open.pk).closed_because == ""
