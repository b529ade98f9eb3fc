"""What happens to registrations: sign-up, changes, cancellation, the waitlist's offers and the
organizers' decisions. The rule "never more seats held than the event's capacity" lives here,
in ``_seats_left``, always read under the lock of the event's row (``_locked``): on
PostgreSQL ``SELECT ... FOR UPDATE`` makes concurrent sign-ups for the same event wait for one
another; SQLite's IMMEDIATE transactions let one writer in at a time. Emails are queued after
the commit."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from wagtail.models import Locale

from gatherings import emails
from gatherings.choices import Status
from gatherings.models import (
    EventIndexPage,
    EventPage,
    Proposal,
    Registration,
    SurveyAnswer,
    SurveyWave,
)
from jobboard import limits

OFFER_TIME = timedelta(hours=48)
SIGN_UPS_PER_HOUR = 10  # per client address, for every event together
SIGN_UPS_PER_ADDRESS = 3  # per email address and hour: nobody floods a stranger's mailbox


class TooManySignUps(Exception):
    """A client or an address asked for too many registrations in the last hour."""


class RegistrationClosed(Exception):
    """The event is not taking registrations now."""


class NoSeat(Exception):
    """Every seat is taken (an organizer tried to confirm someone)."""


def _locked(event: EventPage) -> EventPage:
    """The event's seat page, its row locked until the transaction ends."""
    return EventPage.objects.select_for_update().get(pk=event.seat_page().pk)


def _seats_left(event: EventPage) -> int | None:
    """Seats neither confirmed nor offered, or None for an event without a limit."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - event.registrations.holding_seats().count())


def register(*, event: EventPage, details: dict, email: str, client: str) -> Registration:
    """Sign someone up: a seat when one is free, else the waitlist; an application for an
    event by application. An address already registered gets its link again instead of a
    second registration. Raises TooManySignUps or RegistrationClosed."""
    if (
        limits.count("event-sign-up", client, per=limits.HOUR) > SIGN_UPS_PER_HOUR
        or limits.count("event-sign-up-address", email, per=limits.HOUR) > SIGN_UPS_PER_ADDRESS
    ):
        raise TooManySignUps
    with transaction.atomic():
        seats = _locked(event)
        if not seats.registration_open():
            raise RegistrationClosed
        existing = seats.registrations.active().filter(email__iexact=email).first()
        if existing is not None:
            transaction.on_commit(lambda: emails.queue("again", existing.pk))
            return existing
        if seats.registration_mode == "application":
            status = Status.APPLIED
        else:
            left = _seats_left(seats)
            status = Status.CONFIRMED if left is None or left > 0 else Status.WAITLISTED
        registration = Registration.objects.create(
            event=seats,
            email=email,
            status=status,
            **{key: value for key, value in details.items() if key != "role_families"},
        )
        registration.role_families.set(details.get("role_families", []))
        transaction.on_commit(lambda: emails.queue(status, registration.pk))
    return registration


def change(*, registration: Registration, details: dict) -> Registration:
    """Change what a person told the organizers (not their seat)."""
    with transaction.atomic():
        for key, value in details.items():
            if key != "role_families":
                setattr(registration, key, value)
        registration.save()
        registration.role_families.set(details.get("role_families", []))
    return registration


def cancel(*, registration: Registration) -> Registration:
    """Give up a seat, an offer, a place on the waitlist or an application; a seat given up
    goes to the waitlist's first (``offer_seats``)."""
    with transaction.atomic():
        event = _locked(registration.event)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return registration
        registration.status = Status.CANCELLED
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "offer_expires_at"])
        transaction.on_commit(lambda: emails.queue("cancelled", registration.pk))
        offer_seats(event)
    return registration


def offer_seats(event: EventPage, now=None) -> int:
    """Offer each free seat to the next person on the waitlist, who has ``OFFER_TIME`` to
    take it; how many offers were made. Call with the event locked (``_locked``). Events by
    application have no automatic offers: organizers choose."""
    if event.registration_mode == "application" or event.is_past(now):
        return 0
    now = now or timezone.now()
    left = _seats_left(event)
    waiting = event.registrations.waiting()
    offered = list(waiting if left is None else waiting[:left])
    for registration in offered:
        registration.status = Status.OFFERED
        registration.offer_expires_at = min(now + OFFER_TIME, event.start)
        registration.save(update_fields=["status", "offer_expires_at"])
        transaction.on_commit(lambda pk=registration.pk: emails.queue("offered", pk))
    return len(offered)


def accept_offer(*, registration: Registration, now=None) -> Registration:
    """Take an offered seat before the offer expires (after that, the offer stands expired)."""
    now = now or timezone.now()
    with transaction.atomic():
        _locked(registration.event)
        registration.refresh_from_db()
        if registration.status != Status.OFFERED or registration.offer_expires_at <= now:
            return registration
        registration.status = Status.CONFIRMED
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "offer_expires_at"])
        transaction.on_commit(lambda: emails.queue(Status.CONFIRMED, registration.pk))
    return registration


def expire_offers(now=None) -> int:
    """Offers not taken in time lapse and their seats go to the next people waiting; how many
    lapsed. Run by ``send_event_mail``."""
    now = now or timezone.now()
    lapsed = 0
    events = Registration.objects.filter(
        status=Status.OFFERED, offer_expires_at__lte=now
    ).values_list("event_id", flat=True)
    for event_id in set(events):
        with transaction.atomic():
            event = EventPage.objects.select_for_update().get(pk=event_id)
            expired = event.registrations.filter(status=Status.OFFERED, offer_expires_at__lte=now)
            for registration in expired:
                registration.status = Status.OFFER_EXPIRED
                registration.save(update_fields=["status"])
                transaction.on_commit(lambda pk=registration.pk: emails.queue("expired", pk))
                lapsed += 1
            offer_seats(event, now)
    return lapsed


def decide(*, registration: Registration, status: str, note: str = "") -> Registration:
    """An organizer's decision on an application (or any registration): confirm it (when a
    seat is free; else NoSeat), put it on the waitlist or decline it, with a note for the
    organizers. The person is emailed the outcome."""
    if status not in (Status.CONFIRMED, Status.WAITLISTED, Status.DECLINED):
        raise ValueError(f"An organizer cannot set a registration to {status}.")
    with transaction.atomic():
        event = _locked(registration.event)
        registration.refresh_from_db()
        if status == Status.CONFIRMED and not registration.holds_seat:
            left = _seats_left(event)
            if left is not None and left < 1:
                raise NoSeat
        held = registration.holds_seat
        registration.status = status
        registration.offer_expires_at = None
        if note:
            registration.organizer_note = note
        registration.save(update_fields=["status", "offer_expires_at", "organizer_note"])
        transaction.on_commit(lambda: emails.queue(status, registration.pk))
        if held and status != Status.CONFIRMED:
            offer_seats(event)
    return registration


def check_in(*, registration: Registration, now=None) -> Registration:
    """Mark someone as arrived (again: nothing changes)."""
    if registration.checked_in_at is None:
        registration.checked_in_at = now or timezone.now()
        registration.save(update_fields=["checked_in_at"])
    return registration


REMINDERS = {"week": timedelta(days=7), "day": timedelta(days=1)}


def send_reminders(now=None) -> dict[str, int]:
    """Remind each person holding a seat a week and a day before their event starts, once
    each (a reminder whose moment passed while the schedule was not running is still sent
    until the event starts; a day's reminder replaces a week's that was never sent)."""
    now = now or timezone.now()
    sent = {"week": 0, "day": 0}
    for kind in ("day", "week"):  # the day's first, so a late run sends only that one
        field = f"reminded_{kind}_at"
        # After the day's reminder, no week's.
        due = Registration.objects.filter(
            status=Status.CONFIRMED,
            event__start__gt=now,
            event__start__lte=now + REMINDERS[kind],
            reminded_day_at__isnull=True,
        )
        if kind == "week":
            due = due.filter(reminded_week_at__isnull=True)
        for pk in list(due.values_list("pk", flat=True)):
            # Claimed by a conditional update: two runs at once cannot both send it.
            if Registration.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: now}
            ):
                emails.queue(f"reminder-{kind}", pk)
                sent[kind] += 1
    return sent


def purge_personal_data(now=None) -> dict[str, int]:
    """Delete the registrations of events whose retention period ended (``purge_after``):
    names, addresses, access needs and answers go; the event page stays. Run daily by
    ``purge_event_data``."""
    now = now or timezone.now()
    ended = EventPage.objects.filter(end__lt=now, registrations__isnull=False).distinct()
    due = [event for event in ended if event.purge_after() <= now]
    deleted, _by_model = Registration.objects.filter(event__in=due).delete()
    return {"events": len(due), "registrations": deleted}


PROPOSALS_PER_HOUR = 3  # per client address


class TooManyProposals(Exception):
    """A client proposed too many gatherings in the last hour."""


def propose(*, details: dict, name: str, email: str, language: str, client: str) -> Proposal:
    """A community gathering, proposed by anyone: a draft event marked "community" under the
    events index in ``language`` (else the default language's), submitted to the site's
    review workflow, where moderators approve it or ask for changes like any page
    (``proposal_reviewed``). Raises TooManyProposals."""
    if limits.count("event-proposal", client, per=limits.HOUR) > PROPOSALS_PER_HOUR:
        raise TooManyProposals
    indexes = EventIndexPage.objects.live()
    index = (
        indexes.filter(locale__language_code=language).first()
        or indexes.filter(locale=Locale.get_default()).first()
    )
    with transaction.atomic():
        page = EventPage(
            **details,
            slug=f"{slugify(details['title'])[:40] or 'gathering'}-{get_random_string(6).lower()}",
            community=True,
            live=False,
        )
        index.add_child(instance=page)
        page.save_revision()
        proposal = Proposal.objects.create(page=page, name=name, email=email, language=language)
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user=None)
        transaction.on_commit(lambda: emails.queue_proposal("received", proposal.pk))
    return proposal


def proposal_reviewed(kind: str, page_id: int, comment: str = "") -> None:
    """Tell whoever proposed the page what the moderators decided (``kind``: "approved" or
    "changes", with the moderator's comment), if it is a proposal."""
    proposal = Proposal.objects.filter(page_id=page_id).first()
    if proposal is not None:
        transaction.on_commit(lambda: emails.queue_proposal(kind, proposal.pk, comment))


def workflow_approved(sender, instance, **kwargs) -> None:
    """Wagtail's ``workflow_approved``: a page passed review (and was published)."""
    proposal_reviewed("approved", int(instance.object_id))


def proposal_deleted(sender, instance: Proposal, **kwargs) -> None:
    """``pre_delete`` of a Proposal (its page is being deleted): a moderator who deletes a
    proposal never published declines it, and its proposer is told once the deletion commits.
    The email is written now, while the page still exists."""
    page = EventPage.objects.filter(pk=instance.page_id, first_published_at__isnull=True).first()
    if page is None:
        return
    instance.page = page
    message = emails.proposal_message("declined", instance)
    transaction.on_commit(message.send)


def task_rejected(sender, instance, **kwargs) -> None:
    """Wagtail's ``task_rejected``: a moderator asked for changes, with a comment."""
    proposal_reviewed("changes", int(instance.workflow_state.object_id), instance.comment)


# When each follow-up survey is due after the event ends; one missed by more than SURVEY_GRACE
# (the schedule was not running) is not sent late, so nobody gets three at once.
SURVEY_AFTER = {
    SurveyWave.WEEK: timedelta(days=7),
    SurveyWave.THREE_MONTHS: timedelta(days=91),
    SurveyWave.SIX_MONTHS: timedelta(days=182),
}
SURVEY_GRACE = timedelta(days=30)


def send_surveys(now=None) -> int:
    """Email each follow-up survey that is due to people who held a seat and agreed to
    follow-up, once each (the survey's row is made when it is sent); how many were sent."""
    now = now or timezone.now()
    sent = 0
    for wave, after in SURVEY_AFTER.items():
        due = Registration.objects.filter(
            status=Status.CONFIRMED,
            follow_up=True,
            event__end__lte=now - after,
            event__end__gt=now - after - SURVEY_GRACE,
        ).exclude(surveys__wave=wave)
        for registration in due:
            survey, created = SurveyAnswer.objects.get_or_create(
                registration=registration, wave=wave
            )
            if created:
                emails.queue("survey", registration.pk, survey.pk)
                sent += 1
    return sent


def answer_survey(*, survey: SurveyAnswer, answers: dict) -> SurveyAnswer:
    """Record (or correct) a follow-up survey's answers."""
    survey.confidence = answers["confidence"]
    survey.new_job = answers["new_job"]
    survey.government_level = answers["government_level"] if answers["new_job"] else ""
    survey.role_family = answers["role_family"] if answers["new_job"] else None
    survey.answered_at = timezone.now()
    survey.save()
    return survey
