"""Emails about postings, sent by background tasks (never in the request): moderators hear of
each new submission, employers of every decision, and of a posting about to expire."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django_tasks import task

from jobboard.models import Submission

SITE_URL = getattr(settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")


def new_submission(submission_id: int) -> None:
    """Queue the moderators' email about a posting waiting for review."""
    send_notification.enqueue("new_submission", submission_id)


def decision(submission_id: int) -> None:
    """Queue the employer's email about a moderator's decision."""
    send_notification.enqueue("decision", submission_id)


def expiry_reminder(submission_id: int) -> None:
    """Queue the employer's reminder that a live posting closes soon."""
    send_notification.enqueue("expiry_reminder", submission_id)


def moderator_emails() -> list[str]:
    """Everyone who may moderate postings and has an email address."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    allowed = users.filter(
        Q(is_superuser=True)
        | Q(user_permissions__codename="moderate_submission")
        | Q(groups__permissions__codename="moderate_submission")
    )
    return sorted(set(allowed.values_list("email", flat=True)))


@task()
def send_notification(kind: str, submission_id: int) -> int:
    """Render and send one notification; returns how many recipients it went to."""
    submission = Submission.objects.select_related("owner", "job").filter(pk=submission_id).first()
    if submission is None:
        return 0
    if kind == "new_submission":
        recipients = moderator_emails()
        subject = f"New posting to review: {submission.title}"
    elif kind == "decision":
        recipients = [submission.owner.email]
        subject = f"Your posting “{submission.title}”: {submission.get_status_display().lower()}"
    elif kind == "expiry_reminder":
        recipients = [submission.owner.email]
        day = f"{submission.closes_on:%B} {submission.closes_on.day}"
        subject = f"Your posting “{submission.title}” closes on {day}"
    else:
        raise ValueError(f"Unknown notification {kind!r}.")
    if not recipients:
        return 0
    body = render_to_string(
        f"postings/emails/{kind}.txt", {"submission": submission, "site_url": SITE_URL}
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    return len(recipients)
