"""The alerts' emails: the confirmation (and its two variants for an address that already has
the alert or too many), sent by a background task, and the digest, built here and sent by
``services.send_digests``. Every email has a plain-text part and a simple HTML part; digests
carry one-click unsubscribe headers (RFC 8058)."""

from __future__ import annotations

import functools
import heapq

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django_tasks import task

from alerts import tokens
from alerts.describe import describe
from alerts.models import Alert
from search.service import job_hits

MAX_JOBS = 25
SUBJECTS = {
    "confirm": "Confirm your job alert",
    "already_subscribed": "You already have this job alert",
    "too_many": "You have 10 job alerts already",
}


def site_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def link(name: str, kind: str, value: int | str) -> str:
    return f"{site_url()}{_path(name)}{tokens.make(kind, value)}/"


@functools.cache
def _path(name: str) -> str:
    """The path of an alerts URL up to its token (resolved once: a digest run makes three
    links per email)."""
    return reverse(f"alerts:{name}", args=["-"])[:-2]


def _message(subject: str, to: str, template: str, context: dict, headers=None):
    context = {**context, "site_url": site_url()}
    message = EmailMultiAlternatives(
        subject,
        render_to_string(f"alerts/emails/{template}.txt", context),
        settings.ALERTS_FROM_EMAIL,
        [to],
        headers=headers or {},
    )
    message.attach_alternative(
        render_to_string(f"alerts/emails/{template}.html", context), "text/html"
    )
    return message


def queue(kind: str, alert_id: int) -> None:
    send_alert_email.enqueue(kind, alert_id)


def queue_to_address(kind: str, email: str) -> None:
    send_address_email.enqueue(kind, email)


@task()
def send_alert_email(kind: str, alert_id: int) -> int:
    """The confirmation, or the note that the alert already exists."""
    alert = Alert.objects.filter(pk=alert_id).first()
    if alert is None:
        return 0
    context = {
        "alert": alert,
        "description": describe(alert.job_query()),
        "confirm_url": link("confirm", tokens.CONFIRM, alert.pk),
        "manage_url": link("manage", tokens.MANAGE, alert.email),
        "search_url": site_url() + alert.search_path(),
    }
    _message(SUBJECTS[kind], alert.email, kind, context).send()
    return 1


@task()
def send_address_email(kind: str, email: str) -> int:
    """A note to an address as a whole (it has the most alerts allowed)."""
    context = {"manage_url": link("manage", tokens.MANAGE, email)}
    _message(SUBJECTS[kind], email, kind, context).send()
    return 1


class JobFragments:
    """The jobs of one run's digests, read from the database once, each rendered (text and
    HTML) the first time a digest lists it: a job in a thousand digests costs one rendering."""

    def __init__(self, job_ids: set[int]) -> None:
        hits = job_hits(job_ids)
        self.rank = {hit.id: number for number, hit in enumerate(hits)}
        self.hits = {hit.id: hit for hit in hits}
        self.text: dict[int, str] = {}
        self.html: dict[int, str] = {}

    def _render(self, pk: int) -> None:
        context = {"site_url": site_url(), "hit": self.hits[pk]}
        self.text[pk] = render_to_string("alerts/emails/digest_job.txt", context)
        self.html[pk] = render_to_string("alerts/emails/digest_job.html", context)

    def newest(self, job_ids: list[int]) -> tuple[int, str, str]:
        """How many of the newest of these jobs are listed (at most MAX_JOBS), and their text
        and HTML, joined."""
        known = heapq.nsmallest(
            MAX_JOBS, (pk for pk in job_ids if pk in self.rank), key=self.rank.__getitem__
        )
        for pk in known:
            if pk not in self.text:
                self._render(pk)
        return (
            len(known),
            "".join(self.text[pk] for pk in known),
            # Joined fragments that our own template rendered and escaped.
            mark_safe("".join(self.html[pk] for pk in known)),  # noqa: S308
        )


def digest(alert: Alert, jobs: tuple[int, str, str], count: int) -> EmailMultiAlternatives:
    """One alert's digest: ``jobs`` are the newest rendered jobs (at most 25, from
    ``JobFragments.newest``) of ``count`` new ones, with a link to the rest."""
    listed, jobs_text, jobs_html = jobs
    unsubscribe = link("unsubscribe", tokens.UNSUBSCRIBE, alert.pk)
    description = describe(alert.job_query())
    subject = f"{count} new job{'s' if count != 1 else ''}: {description}"
    context = {
        "alert": alert,
        "description": description,
        "jobs_text": jobs_text,
        "jobs_html": jobs_html,
        "count": count,
        "more": max(0, count - listed),
        "search_url": site_url() + alert.search_path(),
        "manage_url": link("manage", tokens.MANAGE, alert.email),
        "unsubscribe_url": unsubscribe,
        "renew_url": link("renew", tokens.RENEW, alert.pk),
    }
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return _message(subject[:200], alert.email, "digest", context, headers)
