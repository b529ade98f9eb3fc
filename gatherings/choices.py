"""The events' choices, stored as values and shown as labels: how people attend, in which
language, how seats are given, who registers, and the access needs they may name."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

LOS_ANGELES = ZoneInfo("America/Los_Angeles")


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class EventLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    BOTH = "both", _("English and Spanish")
    INTERPRETED = "interpreted", _("English with Spanish interpretation")


# Which event languages serve a reader of each language (the index's language filter).
SERVES = {
    "en": {EventLanguage.ENGLISH, EventLanguage.BOTH, EventLanguage.INTERPRETED},
    "es": {EventLanguage.SPANISH, EventLanguage.BOTH, EventLanguage.INTERPRETED},
}
# Which attendance modes the index's "online" and "in person" filters keep.
REACHED = {
    "online": {Attendance.ONLINE, Attendance.MIXED},
    "in_person": {Attendance.IN_PERSON, Attendance.MIXED},
}


class RegistrationMode(models.TextChoices):
    OPEN = "open", _("Open: first come, first served")
    APPLICATION = "application", _("By application: organizers choose")


class Who(models.TextChoices):
    """Who a person registering is (optional): organizers reserve seats by it."""

    FEDERAL = "federal", _("A displaced federal worker")
    EARLY_CAREER = "early-career", _("An early-career technologist")
    HIRING_MANAGER = "hiring-manager", _("A public-sector hiring manager")
    ORGANIZER = "organizer", _("An organizer")
    OTHER = "other", _("Other")


class AccessNeed(models.TextChoices):
    """Access needs a person may name; only organizers see them."""

    ASL = "asl", _("ASL interpretation")
    CAPTIONS = "captions", _("Live captions")
    MATERIALS = "materials", _("Materials in advance")
    STEP_FREE = "step-free", _("A step-free route and seating")
    QUIET_ROOM = "quiet-room", _("A quiet room")


class Status(models.TextChoices):
    """Where a registration stands. Confirmed and offered registrations hold a seat."""

    CONFIRMED = "confirmed", _("Confirmed")
    OFFERED = "offered", _("Offered a seat")
    WAITLISTED = "waitlisted", _("On the waitlist")
    APPLIED = "applied", _("Applied")
    DECLINED = "declined", _("Declined")
    OFFER_EXPIRED = "offer-expired", _("Offer expired")
    CANCELLED = "cancelled", _("Cancelled")


HOLDS_SEAT = (Status.CONFIRMED, Status.OFFERED)
ACTIVE = (Status.CONFIRMED, Status.OFFERED, Status.WAITLISTED, Status.APPLIED)
