"""Emails about postings, sent by background tasks (never in the request): moderators hear of
each new submission, employers of every decision, and of a posting about to expire."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django_tasks import task

from jobboard.models import EmployerProfile, Submission
from search.links import job_path

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
    if kind == "new_submission":  # the moderators work in English, in the admin
        recipients, language = moderator_emails(), settings.LANGUAGE_CODE
    elif kind in ("decision", "expiry_reminder"):  # the employer, in their language
        recipients = [submission.owner.email]
        profile = EmployerProfile.objects.filter(user=submission.owner).first()
        language = profile.language if profile is not None else settings.LANGUAGE_CODE
    else:
        raise ValueError(f"Unknown notification {kind!r}.")
    if not recipients:
        return 0
    with translation.override(language):
        title = submission.title
        if kind == "new_submission":
            subject = f"New posting to review: {title}"
        elif kind == "decision":
            status = submission.get_status_display().lower()
            subject = _("Your posting “%(title)s”: %(status)s") % {"title": title, "status": status}
        else:
            day = date_format(submission.closes_on, pgettext("date format", "F j"))
            subject = _("Your posting “%(title)s” closes on %(day)s") % {"title": title, "day": day}
        context = {
            "submission": submission,
            "site_url": SITE_URL,
            "dashboard_url": SITE_URL + reverse("employers:dashboard"),
            "job_url": SITE_URL + job_path(submission.job) if submission.job else "",
        }
        body = render_to_string(f"postings/emails/{kind}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    return len(recipients)
