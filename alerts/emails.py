"""The alerts' emails: the confirmation (and its two variants for an address that already has
the alert or too many) and a fresh manage link, sent by a background task, and the digest,
built here and sent by ``services.send_digests``. Anyone can have the first four sent to any
address, so they carry no text of the visitor's: the search is told by its taxonomy names at
most (``describe_for_stranger``), and no link spells its words. Every email has a plain-text
part and a simple HTML part; digests carry one-click unsubscribe headers (RFC 8058). Each is
written in the language the person signed up in, and its links open the site in it."""

from __future__ import annotations

import functools
import heapq

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks import task

from alerts import tokens
from alerts.describe import describe, describe_for_stranger
from alerts.models import Alert
from jobboard import mail
from jobboard.mail import site_url
from search.service import job_hits

MAX_JOBS = 25
SUBJECTS = {
    "confirm": _("Confirm your job alert"),
    "already_subscribed": _("You already have this job alert"),
    "too_many": _("You have 10 job alerts already"),
    "manage_link": _("Your link to manage your job alerts"),
}


def link(name: str, kind: str, value: int | str) -> str:
    """An alerts page's signed link, in the active language."""
    return f"{site_url()}{_path(name, translation.get_language())}{tokens.make(kind, value)}/"


@functools.cache
def _path(name: str, language: str) -> str:
    """The path of an alerts URL up to its token (resolved once per language: a digest run
    makes three links per email)."""
    with translation.override(language):
        return reverse(f"alerts:{name}", args=["-"])[:-2]


def _message(subject: str, to: str, template: str, context: dict, headers=None):
    return mail.message(
        subject,
        to,
        f"alerts/emails/{template}",
        context,
        sender=settings.ALERTS_FROM_EMAIL,
        headers=headers,
    )


def queue(kind: str, alert_id: int) -> None:
    send_alert_email.enqueue(kind, alert_id)


def queue_to_mailbox(kind: str, mailbox_id: int, email: str, language: str) -> None:
    send_mailbox_email.enqueue(kind, mailbox_id, email, language)


@task()
def send_alert_email(kind: str, alert_id: int) -> int:
    """The confirmation, or the note that the alert already exists."""
    alert = Alert.objects.filter(pk=alert_id).first()
    if alert is None:
        return 0
    with translation.override(alert.language):
        context = {
            "alert": alert,
            "description": describe_for_stranger(alert.job_query()),
            "confirm_url": link("confirm", tokens.CONFIRM, alert.pk),
            "manage_url": link("manage", tokens.MANAGE, alert.mailbox_id),
        }
        _message(str(SUBJECTS[kind]), alert.email, kind, context).send()
    return 1


@task()
def send_mailbox_email(kind: str, mailbox_id: int, email: str, language: str = "en") -> int:
    """A note to a mailbox as a whole, at ``email``: it has the most alerts allowed, or here
    is a fresh link to manage its alerts."""
    with translation.override(language):
        context = {"manage_url": link("manage", tokens.MANAGE, mailbox_id)}
        _message(str(SUBJECTS[kind]), email, kind, context).send()
    return 1


class JobFragments:
    """The jobs of one run's digests, read from the database once, each rendered (text and
    HTML) the first time a digest in a language lists it: a job in a thousand digests costs
    one rendering per language."""

    def __init__(self, job_ids: set[int]) -> None:
        hits = job_hits(job_ids)
        self.rank = {hit.id: number for number, hit in enumerate(hits)}
        self.hits = {hit.id: hit for hit in hits}
        self.text: dict[tuple[int, str], str] = {}
        self.html: dict[tuple[int, str], str] = {}

    def _render(self, pk: int, language: str) -> None:
        context = {"site_url": site_url(), "hit": self.hits[pk]}
        with translation.override(language):
            self.text[pk, language] = render_to_string("alerts/emails/digest_job.txt", context)
            self.html[pk, language] = render_to_string("alerts/emails/digest_job.html", context)

    def newest(self, job_ids: list[int], language: str = "en") -> tuple[int, str, str]:
        """How many of the newest of these jobs are listed (at most MAX_JOBS), and their text
        and HTML in ``language``, joined."""
        known = heapq.nsmallest(
            MAX_JOBS, (pk for pk in job_ids if pk in self.rank), key=self.rank.__getitem__
        )
        for pk in known:
            if (pk, language) not in self.text:
                self._render(pk, language)
        return (
            len(known),
            "".join(self.text[pk, language] for pk in known),
            # Joined fragments that our own template rendered and escaped.
            mark_safe("".join(self.html[pk, language] for pk in known)),  # noqa: S308
        )


def digest(alert: Alert, jobs: tuple[int, str, str], count: int) -> EmailMultiAlternatives:
    """One alert's digest: ``jobs`` are the newest rendered jobs (at most 25, from
    ``JobFragments.newest``) of ``count`` new ones, with a link to the rest."""
    with translation.override(alert.language):
        return _digest(alert, jobs, count)


def _digest(alert: Alert, jobs: tuple[int, str, str], count: int) -> EmailMultiAlternatives:
    listed, jobs_text, jobs_html = jobs
    unsubscribe = link("unsubscribe", tokens.UNSUBSCRIBE, alert.pk)
    description = describe(alert.job_query())
    subject = ngettext("%(count)d new job: %(search)s", "%(count)d new jobs: %(search)s", count) % {
        "count": count,
        "search": description,
    }
    context = {
        "alert": alert,
        "description": description,
        "jobs_text": jobs_text,
        "jobs_html": jobs_html,
        "count": count,
        "more": max(0, count - listed),
        "search_url": site_url() + alert.search_path(),
        "manage_url": link("manage", tokens.MANAGE, alert.mailbox_id),  # fresh: 30 days
        "unsubscribe_url": unsubscribe,
        "renew_url": link("renew", tokens.RENEW, alert.pk),
    }
    return _message(
        subject[:200], alert.email, "digest", context, mail.unsubscribe_headers(unsubscribe)
    )
