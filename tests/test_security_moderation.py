"""A moderator's decision applies to the posting as it is when the decision is made: the row
is locked and read again, the version rule checked on it, and that same text published. A
copy loaded before an employer's edit never goes live, nor overwrites the edit."""

from __future__ import annotations

import re

import pytest

from jobboard.models import Job, Submission, SubmissionStatus
from postings import services as submissions
from tests.factories import SubmissionFactory, moderator

pytestmark = pytest.mark.django_db
S = SubmissionStatus


@pytest.fixture
def reviewer():
    return moderator()


@pytest.fixture
def loaded_then_edited():
    """A pending posting as a moderator's request loaded it, and the employer's edit (still
    pending) saved after that load: the copy says "GIS Analyst II", the row the edit."""
    posting = SubmissionFactory()
    submissions.submit(submission=posting, by=posting.owner)
    copy = Submission.objects.get(pk=posting.pk)
    edited = Submission.objects.get(pk=posting.pk)
    edited.title = "Senior GIS Analyst"
    edited.salary_max = 150_000
    edited.save()
    submissions.submit(submission=edited, by=edited.owner)
    return copy, edited


def test_approving_an_old_copy_publishes_the_checked_current_version(loaded_then_edited, reviewer):
    copy, edited = loaded_then_edited
    assert copy.title == "GIS Analyst II"

    on_screen = submissions.content_version(Submission.objects.get(pk=edited.pk))
    job = submissions.approve(submission=copy, by=reviewer, version=on_screen)

    assert (job.title, job.pay_max) == ("Senior GIS Analyst", 150_000)
    row = Submission.objects.get(pk=edited.pk)
    assert (row.status, row.title, row.salary_max) == (S.APPROVED, "Senior GIS Analyst", 150_000)
    assert (copy.status, copy.title) == (S.APPROVED, "Senior GIS Analyst")


def test_a_decision_without_a_version_publishes_the_current_row_not_the_copy(
    loaded_then_edited, reviewer
):
    copy, _ = loaded_then_edited
    job = submissions.approve(submission=copy, by=reviewer)
    assert job.title == "Senior GIS Analyst"
    assert Submission.objects.get(pk=copy.pk).title == "Senior GIS Analyst"


def test_a_decision_on_the_version_the_copy_shows_is_refused_and_publishes_nothing(
    loaded_then_edited, reviewer
):
    copy, edited = loaded_then_edited
    with pytest.raises(submissions.StaleDecision, match="changed this posting"):
        submissions.approve(submission=copy, by=reviewer, version=submissions.content_version(copy))
    assert not Job.objects.filter(title__in=["GIS Analyst II", "Senior GIS Analyst"]).exists()
    row = Submission.objects.get(pk=edited.pk)
    assert (row.status, row.title) == (S.PENDING, "Senior GIS Analyst")


def test_sending_an_old_copy_back_keeps_the_employers_edit(loaded_then_edited, reviewer):
    copy, _ = loaded_then_edited
    submissions.request_changes(submission=copy, by=reviewer, comment="Add the pay range.")
    row = Submission.objects.get(pk=copy.pk)
    assert (row.status, row.title, row.moderator_comment) == (
        S.CHANGES_REQUESTED,
        "Senior GIS Analyst",
        "Add the pay range.",
    )


def test_an_edit_landing_during_the_decision_gets_the_page_a_version_that_can_be_decided(
    client, reviewer, monkeypatch
):
    """The employer's edit lands after the review request loaded the posting and before the
    service locked it: the refusal page shows the edit and carries its version, so the
    moderator's next decision applies to what they now read."""
    posting = SubmissionFactory()
    submissions.submit(submission=posting, by=posting.owner)
    read = submissions.content_version(Submission.objects.get(pk=posting.pk))
    real_approve = submissions.approve

    def edit_then_approve(**kwargs):
        Submission.objects.filter(pk=posting.pk).update(title="Senior GIS Analyst")
        return real_approve(**kwargs)

    monkeypatch.setattr(submissions, "approve", edit_then_approve)
    client.force_login(reviewer)
    page = client.post(
        f"/admin/postings/{posting.pk}/", {"decision": "approve", "comment": "", "version": read}
    ).content.decode()

    assert "The employer changed this posting after you opened it" in page
    assert "Senior GIS Analyst" in page
    shown = re.search(r'name="version" value="([0-9a-f]+)"', page).group(1)
    assert shown == submissions.content_version(Submission.objects.get(pk=posting.pk))
