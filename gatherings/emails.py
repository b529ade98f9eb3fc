"""The registrations' emails, in the language the person chose, each with the signed link to
see, change or cancel: the outcome of a sign-up (a seat, with the event's ``.ics`` attached;
the waitlist; an application received), a seat offered from the waitlist with the time to take
it, an offer expired, a cancellation, an organizer's decision, and the link again for someone
who signed up twice. Sent by a background task after the change commits. The person's access
needs are never repeated in an email."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from gatherings import tokens
from gatherings.calendar import calendar_bytes
from gatherings.choices import LOS_ANGELES, Status
from gatherings.models import Proposal, Registration


def site_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def manage_url(registration: Registration) -> str:
    """The registration's signed link, in the active language."""
    return site_url() + reverse("events:registration", args=[tokens.make(registration.pk)])


def when(moment) -> str:
    """A date and time in Los Angeles, as the active language writes it."""
    local = timezone.localtime(moment, LOS_ANGELES)
    return f"{date_format(local, 'DATE_FORMAT')}, {date_format(local, 'TIME_FORMAT')}"


def _content(
    kind: str, registration: Registration, event, survey_url: str = ""
) -> tuple[str, list[str]]:
    """The subject and paragraphs of one kind of email, in the active language."""
    title = event.title
    if kind == Status.CONFIRMED:
        lines = [_("You have a seat at %(event)s.") % {"event": title}]
        if event.online_link:
            lines.append(_("Join online here: %(link)s") % {"link": event.online_link})
        lines.append(_("The event is attached for your calendar."))
        return _("Your seat at %(event)s") % {"event": title}, lines
    if kind == Status.WAITLISTED:
        return _("You are on the waitlist for %(event)s") % {"event": title}, [
            _(
                "Every seat at %(event)s is taken, so you are on the waitlist. When a seat "
                "frees up, the first person waiting is emailed and has 48 hours to take it."
            )
            % {"event": title}
        ]
    if kind == Status.APPLIED:
        return _("We received your application for %(event)s") % {"event": title}, [
            _(
                "Seats at %(event)s are given by application. The organizers will email you "
                "their decision."
            )
            % {"event": title}
        ]
    if kind == Status.OFFERED:
        return _("A seat is free for you at %(event)s") % {"event": title}, [
            _("A seat at %(event)s is yours if you take it by %(deadline)s (Los Angeles time).")
            % {"event": title, "deadline": when(registration.offer_expires_at)},
            _("Take it, or let it go to the next person, from the link below."),
        ]
    if kind == "expired":
        return _("Your seat offer for %(event)s expired") % {"event": title}, [
            _(
                "The seat we offered you at %(event)s was not taken in time and went to the "
                "next person waiting."
            )
            % {"event": title}
        ]
    if kind == Status.CANCELLED:
        return _("Your registration for %(event)s is cancelled") % {"event": title}, [
            _("Your registration for %(event)s is cancelled. Thank you for letting us know.")
            % {"event": title}
        ]
    if kind == Status.DECLINED:
        return _("Your application for %(event)s") % {"event": title}, [
            _(
                "We are sorry: there is no seat for you at %(event)s. We will tell you about "
                "the next gatherings."
            )
            % {"event": title}
        ]
    if kind == "survey":
        return _("Three questions about %(event)s") % {"event": title}, [
            _(
                "You agreed to a short follow-up after %(event)s: how confident you feel now, "
                "and whether you have started a new job. It takes a minute: %(link)s"
            )
            % {"event": title, "link": survey_url},
        ]
    if kind in ("reminder-week", "reminder-day"):
        subject = (
            _("In a week: %(event)s") if kind == "reminder-week" else _("Tomorrow: %(event)s")
        ) % {"event": title}
        lines = [_("A reminder: you have a seat at %(event)s.") % {"event": title}]
        if event.online_link:
            lines.append(_("Join online here: %(link)s") % {"link": event.online_link})
        lines.append(
            _(
                "If you cannot come, please cancel from the link below so that someone waiting "
                "gets your seat."
            )
        )
        return subject, lines
    # "again": someone signed up with an address already registered.
    return _("Your registration for %(event)s") % {"event": title}, [
        _("This address is already registered for %(event)s: %(status)s.")
        % {"event": title, "status": registration.get_status_display()}
    ]


def survey_url(survey_id: int) -> str:
    """A follow-up survey's signed link, in the active language."""
    return site_url() + reverse("events:survey", args=[tokens.make(survey_id, tokens.SURVEY)])


def message(kind: str, registration: Registration, survey_id: int = 0) -> EmailMultiAlternatives:
    """One email about ``registration``, in its language (``survey_id``: the survey a
    "survey" email asks to fill in)."""
    with translation.override(registration.language):
        event = registration.event.specific
        localized = event.localized
        link = survey_url(survey_id) if survey_id else ""
        subject, lines = _content(kind, registration, localized, link)
        context = {
            "heading": subject,
            "lines": lines,
            "event": localized,
            "event_url": localized.get_full_url(),
            "when": when(event.start),
            "manage_url": manage_url(registration),
        }
        email = EmailMultiAlternatives(
            subject,
            render_to_string("gatherings/emails/registration.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [registration.email],
        )
        email.attach_alternative(
            render_to_string("gatherings/emails/registration.html", context), "text/html"
        )
        if kind == Status.CONFIRMED:
            email.attach(f"{event.slug}.ics", calendar_bytes([localized]), "text/calendar")
    return email


def queue(kind: str, registration_id: int, survey_id: int = 0) -> None:
    send_registration_email.enqueue(kind, registration_id, survey_id)


@task()
def send_registration_email(kind: str, registration_id: int, survey_id: int = 0) -> int:
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return 0
    message(kind, registration, survey_id).send()
    return 1


def proposal_message(kind: str, proposal: Proposal, comment: str = "") -> EmailMultiAlternatives:
    """An email to whoever proposed a gathering: received, published, changes asked, or
    declined (its draft deleted by a moderator)."""
    with translation.override(proposal.language):
        page = proposal.page
        title = page.title
        if kind == "received":
            subject = _("We received your gathering: %(event)s") % {"event": title}
            lines = [
                _(
                    "Thank you. Moderators review every gathering before it is listed; we will "
                    "email you their decision."
                )
            ]
        elif kind == "approved":
            subject = _("Your gathering is listed: %(event)s") % {"event": title}
            lines = [_("The moderators approved your gathering. It is on the events page now.")]
        elif kind == "declined":
            subject = _("Your gathering was not listed: %(event)s") % {"event": title}
            lines = [
                _("The moderators decided not to list your gathering."),
                _("Reply to this email to ask why, or propose it again with changes."),
            ]
        else:
            subject = _("Changes asked for your gathering: %(event)s") % {"event": title}
            lines = [_("The moderators asked for changes before listing your gathering.")]
            if comment:
                lines.append(comment)
            lines.append(_("Reply to this email with the changes."))
        context = {
            "heading": subject,
            "lines": lines,
            "event": page,
            "event_url": page.get_full_url() if page.live else "",
            "when": when(page.start),
        }
        email = EmailMultiAlternatives(
            subject,
            render_to_string("gatherings/emails/registration.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [proposal.email],
        )
        email.attach_alternative(
            render_to_string("gatherings/emails/registration.html", context), "text/html"
        )
    return email


def queue_proposal(kind: str, proposal_id: int, comment: str = "") -> None:
    send_proposal_email.enqueue(kind, proposal_id, comment)


@task()
def send_proposal_email(kind: str, proposal_id: int, comment: str = "") -> int:
    proposal = Proposal.objects.select_related("page").filter(pk=proposal_id).first()
    if proposal is None:
        return 0
    proposal_message(kind, proposal, comment).send()
    return 1
