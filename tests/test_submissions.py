"""A posting's life from draft to live and beyond, through the moderation service: each legal
step, each illegal one refused with a sentence, the job search seeing only approved postings,
and the emails each step sends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from jobboard.models import Job, JobSource, Submission, SubmissionStatus
from jobboard.services import IllegalTransition
from postings import services as submissions
from search.query import JobQuery
from search.service import search_jobs
from tests.factories import EmployerFactory, SubmissionFactory, moderator
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db
S = SubmissionStatus


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def reviewer():
    return moderator()


@pytest.fixture
def pending(commits):
    posting = SubmissionFactory()
    with commits():
        submissions.submit(submission=posting, by=posting.owner, ip="203.0.113.7")
    return posting


def titles(q: str = "GIS") -> list[str]:
    return [hit.title for hit in search_jobs(JobQuery(q=q)).hits]


def test_submitting_a_draft_puts_it_in_the_queue_and_tells_the_moderators(commits, reviewer):
    posting = SubmissionFactory()
    with commits():
        submissions.submit(submission=posting, by=posting.owner, ip="203.0.113.7")
    assert posting.status == S.PENDING
    assert posting.submitted_ip == "203.0.113.7"
    assert list(posting.events.values_list("action", flat=True)) == ["submitted"]
    assert [m.to for m in mail.outbox] == [["moderator@ptp.example.org"]]
    assert "New posting to review: GIS Analyst II" in mail.outbox[0].subject


def test_an_approved_posting_becomes_a_job_found_by_search_with_its_pay_and_source(
    pending, reviewer, commits
):
    assert "GIS Analyst II" not in titles()
    with commits():
        job = submissions.approve(submission=pending, by=reviewer)
    assert pending.status == S.APPROVED
    assert job.salary_min == 92_000
    assert job.agency.name == "Los Angeles County Department of Public Works"
    assert timezone.localdate(job.closes_at) == pending.closes_on
    assert JobSource.objects.get(job=job).source.slug == "direct"
    assert "GIS Analyst II" in titles()
    facets = search_jobs(JobQuery()).facets["role_family"]
    assert any(v.value == "data-analytics" and v.count >= 1 for v in facets)
    assert mail.outbox[-1].to == [pending.owner.email]
    assert "is live" in mail.outbox[-1].body


def test_hourly_pay_is_shown_as_annual_pay_too(reviewer, commits):
    posting = SubmissionFactory(salary_min=30, salary_max=40, pay_interval="hour")
    submissions.submit(submission=posting, by=posting.owner)
    job = submissions.approve(submission=posting, by=reviewer)
    assert (job.salary_min, job.salary_max) == (62_400, 83_200)
    assert (job.pay_min, job.pay_interval) == (30, "hour")


def test_unapproved_postings_never_reach_search_counts_or_feeds(pending, client):
    SubmissionFactory(title="Draft GIS Analyst")
    before = search_jobs(JobQuery()).total
    assert "GIS Analyst II" not in titles()
    assert search_jobs(JobQuery()).total == before == Job.objects.visible().technology().count()
    assert "GIS Analyst" not in client.get("/jobs/feed.rss?q=GIS").content.decode()
    assert "GIS Analyst" not in whole_sitemap(client)


def test_moderators_can_request_changes_and_the_employer_resubmits(pending, reviewer, commits):
    with commits():
        submissions.request_changes(
            submission=pending, by=reviewer, comment="Add the application deadline time."
        )
    assert pending.status == S.CHANGES_REQUESTED
    assert "Add the application deadline time." in mail.outbox[-1].body
    submissions.submit(submission=pending, by=pending.owner)
    assert pending.status == S.PENDING
    steps = [e.to_status for e in pending.events.all()]
    assert steps == ["pending", "changes_requested", "pending"]


def test_a_rejected_posting_can_never_go_live(pending, reviewer, commits):
    with commits():
        submissions.reject(submission=pending, by=reviewer, reason="This is a sales job.")
    assert "This is a sales job." in mail.outbox[-1].body
    with pytest.raises(IllegalTransition, match="rejected cannot be approved"):
        submissions.approve(submission=pending, by=reviewer)
    with pytest.raises(IllegalTransition, match="cannot be submitted"):
        submissions.submit(submission=pending, by=pending.owner)
    assert not Job.objects.filter(title="GIS Analyst II").exists()


def test_an_employer_cannot_approve_and_a_moderator_must_explain_refusals(pending, reviewer):
    with pytest.raises(IllegalTransition, match="Only moderators"):
        submissions.approve(submission=pending, by=pending.owner)
    with pytest.raises(IllegalTransition, match="reason"):
        submissions.reject(submission=pending, by=reviewer, reason="  ")
    with pytest.raises(IllegalTransition, match="what the employer should change"):
        submissions.request_changes(submission=pending, by=reviewer, comment="")
    with pytest.raises(IllegalTransition, match="Only the employer"):
        submissions.submit(submission=pending, by=EmployerFactory())


def test_a_draft_cannot_be_approved_without_being_submitted(reviewer):
    with pytest.raises(IllegalTransition, match="draft cannot be approved"):
        submissions.approve(submission=SubmissionFactory(), by=reviewer)


def test_an_edit_of_a_live_posting_waits_for_review_while_the_approved_version_stays_live(
    pending, reviewer, commits
):
    job = submissions.approve(submission=pending, by=reviewer)
    pending.title = "Senior GIS Analyst"
    pending.save()
    submissions.submit(submission=pending, by=pending.owner)
    assert pending.status == S.PENDING
    job.refresh_from_db()
    assert (job.title, job.status) == ("GIS Analyst II", "open")
    with commits():
        again = submissions.approve(submission=pending, by=reviewer)
    assert again.pk == job.pk
    assert Job.objects.get(pk=job.pk).title == "Senior GIS Analyst"
    assert "Senior GIS Analyst" in titles()


def test_rejecting_an_edit_takes_the_live_version_down_too(pending, reviewer):
    job = submissions.approve(submission=pending, by=reviewer)
    submissions.submit(submission=pending, by=pending.owner)
    submissions.reject(submission=pending, by=reviewer, reason="Spam link in the edit.")
    job.refresh_from_db()
    assert job.status == "closed"


def test_the_employer_can_close_a_live_posting_early(pending, reviewer):
    job = submissions.approve(submission=pending, by=reviewer)
    submissions.close(submission=pending, by=pending.owner)
    job.refresh_from_db()
    assert (pending.status, job.status) == (S.CLOSED, "closed")
    assert "GIS Analyst II" not in titles()
    with pytest.raises(IllegalTransition):
        submissions.close(submission=pending, by=pending.owner)


def test_extending_within_the_rule_moves_the_live_closing_date(pending, reviewer):
    job = submissions.approve(submission=pending, by=reviewer)
    new_date = pending.closes_on + timedelta(days=20)
    submissions.extend(submission=pending, by=pending.owner, closes_on=new_date)
    job.refresh_from_db()
    assert pending.status == S.APPROVED
    assert timezone.localdate(job.closes_at) == new_date


def test_extending_beyond_120_days_goes_back_to_review_and_stays_live(pending, reviewer):
    job = submissions.approve(submission=pending, by=reviewer)
    far = timezone.localdate() + timedelta(days=150)
    submissions.extend(submission=pending, by=pending.owner, closes_on=far)
    assert pending.status == S.PENDING
    job.refresh_from_db()
    assert job.status == "open"
    pending.status = S.APPROVED
    yesterday = timezone.localdate() - timedelta(days=1)
    with pytest.raises(IllegalTransition, match="in the future"):
        submissions.extend(submission=pending, by=pending.owner, closes_on=yesterday)


def test_postings_past_their_closing_date_expire_and_leave_search(pending, reviewer):
    job = submissions.approve(submission=pending, by=reviewer)
    later = timezone.now() + timedelta(days=40)
    assert submissions.expire_submissions(now=later) == 1
    pending.refresh_from_db()
    job.refresh_from_db()
    assert (pending.status, job.status) == (S.EXPIRED, "closed")


def test_employers_get_one_reminder_before_a_posting_expires(pending, reviewer, commits):
    submissions.approve(submission=pending, by=reviewer)
    mail.outbox.clear()
    soon = timezone.now() + timedelta(days=28)
    assert submissions.send_expiry_reminders(now=soon) == 1
    assert submissions.send_expiry_reminders(now=soon) == 0
    assert len(mail.outbox) == 1
    assert "closes on" in mail.outbox[0].subject


@pytest.fixture
def engine(search_engine_settings):
    """An empty jobs index on the real OpenSearch node."""
    from search.service import engine_backend, rebuild_index

    rebuild_index()
    backend = engine_backend()
    yield backend
    for index in backend.adapter.aliased_indexes(backend.alias):
        backend.adapter.delete_index(index)


def test_approved_postings_are_searchable_on_the_search_engine_at_once(engine, reviewer, commits):
    posting = SubmissionFactory(title="Open Data Engineer")
    with commits():
        submissions.submit(submission=posting, by=posting.owner)
    engine.refresh()
    query = JobQuery(q="open data engineer")
    assert engine.search(query).total == 0  # pending: not in the index
    with commits():
        job = submissions.approve(submission=posting, by=reviewer)
    engine.refresh()
    results = search_jobs(query)
    assert results.backend == "opensearch"
    assert [hit.id for hit in results.hits] == [job.pk]
    counts = {v.value: v.count for v in results.facets["government_level"]}
    assert counts == {"county": 1}


def test_how_to_apply_is_shown_on_the_job_page(reviewer, client):
    posting = SubmissionFactory(how_to_apply="Attach a resume <b>and</b> two references.")
    submissions.submit(submission=posting, by=posting.owner)
    job = submissions.approve(submission=posting, by=reviewer)
    html = client.get(job.get_absolute_url()).content.decode()
    steps = "Attach a resume &lt;b&gt;and&lt;/b&gt; two references."
    assert f"<h2>How to apply</h2><p>{steps}</p>" in html


def test_a_second_decision_on_a_posting_already_decided_is_refused(pending, reviewer, commits):
    """The same pending posting is open in two places (two moderators, or two tabs); the first
    approves. The second page still says "pending", but its decision is checked against the
    posting as it is now."""
    seen_by_second = Submission.objects.get(pk=pending.pk)  # loaded before the first decides
    with commits():
        submissions.approve(submission=pending, by=reviewer)
    with pytest.raises(IllegalTransition, match="A posting that is live cannot be rejected"):
        submissions.reject(submission=seen_by_second, by=reviewer, reason="Spam.")
    pending.refresh_from_db()
    assert pending.status == "approved"
    assert pending.job.is_open
