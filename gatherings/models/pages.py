"""The events' Wagtail pages: the index (upcoming and past, with filters and the calendar feed)
and an event (its times in Los Angeles, where, in which language, the agenda, the seats and
how to register). Organizers write them in the admin; the site's review workflow (on Wagtail's
root, ``cms/editorial.py``) applies to them as to every page."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from gatherings.blocks import SessionBlock
from gatherings.choices import (
    LOS_ANGELES,
    REACHED,
    SERVES,
    Attendance,
    EventLanguage,
    RegistrationMode,
)
from gatherings.forms import RegistrationForm
from gatherings.schema import event_jsonld
from jobboard.models import RoleFamily
from search.documents import facet_labels
from search.presentation import script_json


class EventIndexPage(Page):
    """The list of events: upcoming first, then past, filtered by how people attend, the
    language and a role family (every upcoming event for a calendar is ``views.calendar``)."""

    intro = models.CharField(max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    max_count_per_parent = 1
    subpage_types = ["gatherings.EventPage"]

    class Meta:
        verbose_name = _("event index")

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        filters = listing_filters(request.GET)
        events = filtered(live_events(), **filters)
        now = timezone.now()
        context.update(
            upcoming=sorted((e for e in events if e.end >= now), key=lambda e: e.start),
            past=sorted((e for e in events if e.end < now), key=lambda e: e.start, reverse=True),
            filters=filters,
            filtering=any(filters.values()),
            attendance_choices=[("online", _("Online")), ("in_person", _("In person"))],
            language_choices=[("en", _("English")), ("es", _("Spanish"))],
            role_choices=role_choices(),
        )
        return context


class EventPage(Page):
    """One event: a symposium, a workshop, a meetup. Its seats are counted once for all its
    translations, on the version in the site's default language (``seat_page``)."""

    summary = models.CharField(
        max_length=300, help_text=_("What the event is, in one or two plain sentences.")
    )
    start = models.DateTimeField(help_text=_("Los Angeles time."))
    end = models.DateTimeField(
        help_text=_("Los Angeles time. A multi-day event ends on its last day.")
    )
    attendance = models.CharField(
        max_length=12, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    venue = models.CharField(max_length=160, blank=True)
    address = models.CharField(max_length=300, blank=True)
    access_notes = models.TextField(
        blank=True,
        verbose_name=_("getting there and access"),
        help_text=_("Step-free route, transit, parking, a quiet room."),
    )
    online_link = models.URLField(
        blank=True, help_text=_("Sent only to people with a seat, in their confirmation email.")
    )
    language = models.CharField(
        max_length=12, choices=EventLanguage.choices, default=EventLanguage.ENGLISH
    )
    body = RichTextField(blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"])
    agenda = StreamField([("session", SessionBlock())], blank=True)
    role_families = ParentalManyToManyField(
        "jobboard.RoleFamily",
        blank=True,
        related_name="+",
        help_text=_("The roles this event is for (the events list's filter)."),
    )
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Seats. Leave empty for no limit.")
    )
    registration_mode = models.CharField(
        max_length=12, choices=RegistrationMode.choices, default=RegistrationMode.OPEN
    )
    registration_opens = models.DateTimeField(null=True, blank=True)
    registration_closes = models.DateTimeField(
        null=True, blank=True, help_text=_("Empty: registration closes when the event starts.")
    )
    asl = models.BooleanField(default=False, verbose_name=_("ASL interpretation"))
    captions = models.BooleanField(default=False, verbose_name=_("live captions"))
    materials_in_advance = models.BooleanField(
        default=False, verbose_name=_("materials in advance")
    )
    retention_months = models.PositiveSmallIntegerField(
        default=12,
        verbose_name=_("keep registrations for (months)"),
        help_text=_(
            "After the event ends, people's registrations are deleted once this many months "
            "have passed."
        ),
    )
    community = models.BooleanField(
        default=False,
        verbose_name=_("community gathering"),
        help_text=_("Organized by members of the community rather than the site's organizers."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("access_notes"),
                FieldPanel("online_link"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("language"),
        MultiFieldPanel(
            [FieldPanel("asl"), FieldPanel("captions"), FieldPanel("materials_in_advance")],
            heading=_("Accessibility services"),
        ),
        FieldPanel("body"),
        FieldPanel("agenda"),
        FieldPanel("role_families"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_mode"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("retention_months"),
        FieldPanel("community"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("agenda"),
        index.FilterField("start"),
    ]

    parent_page_types = ["gatherings.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event ends before it starts.")
        if self.attendance != Attendance.ONLINE and not (self.venue and self.address):
            errors["venue"] = _("An event people attend in person needs a venue and an address.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration closes before it opens.")
        if errors:
            raise ValidationError(errors)

    @property
    def meta_description(self) -> str:
        return Truncator(self.search_description or self.summary).chars(300)

    # When -----------------------------------------------------------------------------------

    @property
    def local_start(self):
        return timezone.localtime(self.start, LOS_ANGELES)

    @property
    def local_end(self):
        return timezone.localtime(self.end, LOS_ANGELES)

    @property
    def several_days(self) -> bool:
        return self.local_start.date() != self.local_end.date()

    def purge_after(self) -> datetime:
        """When its registrations are deleted: ``retention_months`` calendar months after the
        event ends (on the month's last day when it has no such day)."""
        end = self.local_end
        months = end.month - 1 + self.retention_months
        year, month = end.year + months // 12, months % 12 + 1
        day = min(end.day, calendar.monthrange(year, month)[1])
        return end.replace(year=year, month=month, day=day)

    def is_past(self, now=None) -> bool:
        return self.end < (now or timezone.now())

    def days(self) -> list[dict]:
        """The agenda by day, each day's sessions in order of their start."""
        by_day: dict = {}
        for block in self.agenda:
            by_day.setdefault(block.value["day"], []).append(block)
        return [
            {"day": day, "sessions": sorted(sessions, key=lambda block: block.value["starts"])}
            for day, sessions in sorted(by_day.items())
        ]

    @property
    def accessibility(self) -> list[str]:
        """The accessibility services offered, as readers see them."""
        return [
            str(label)
            for offered, label in (
                (self.asl, _("ASL interpretation")),
                (self.captions, _("Live captions")),
                (self.materials_in_advance, _("Materials in advance")),
            )
            if offered
        ]

    @property
    def where(self) -> str:
        """Where, in a few words: the venue, online, or both."""
        if self.attendance == Attendance.ONLINE:
            return str(_("Online"))
        if self.attendance == Attendance.MIXED:
            return f"{self.venue} · {_('and online')}"
        return self.venue

    # Seats ----------------------------------------------------------------------------------

    def seat_page(self) -> EventPage:
        """The version whose registrations and capacity count for every translation: the one
        in the site's default language when there is one, else this one."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        original = EventPage.objects.filter(
            translation_key=self.translation_key, locale=default
        ).first()
        return original or self

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        closes = self.registration_closes or self.start
        opens = self.registration_opens
        return (opens is None or opens <= now) and now < closes

    # Serving ---------------------------------------------------------------------------------

    def get_context(self, request: HttpRequest, *args, form=None, **kwargs) -> dict:
        """The page, and its registration form (``form``: one sent back with its errors)."""
        context = super().get_context(request, *args, **kwargs)
        seats = self.seat_page()
        context.update(
            jsonld=script_json(event_jsonld(self, request)),
            form=form or RegistrationForm(initial={"language": translation.get_language()}),
            registration_open=seats.registration_open(),
            by_application=seats.registration_mode == RegistrationMode.APPLICATION,
            past=self.is_past(),
        )
        return context


def live_events() -> list[EventPage]:
    """Every live event once, in the reader's language where it is translated (else in the
    default language, else as written)."""
    active, default = Locale.get_active().pk, Locale.get_default().pk
    rank = {active: 0, default: 1}
    chosen: dict = {}
    pages = (
        EventPage.objects.live().public().select_related("locale").prefetch_related("role_families")
    )
    for page in pages.order_by("pk"):
        best = chosen.get(page.translation_key)
        if best is None or rank.get(page.locale_id, 2) < rank.get(best.locale_id, 2):
            chosen[page.translation_key] = page
    return list(chosen.values())


def upcoming_events(limit: int = 3) -> list[EventPage]:
    """The next events that have not ended, soonest first (the home page's list)."""
    now = timezone.now()
    return sorted((e for e in live_events() if e.end >= now), key=lambda e: e.start)[:limit]


def listing_filters(params) -> dict[str, str]:
    """The index's filters from its query string; a value it does not know is ignored."""
    attendance = params.get("attendance", "")
    language = params.get("language", "")
    role = params.get("role", "")
    return {
        "attendance": attendance if attendance in REACHED else "",
        "language": language if language in SERVES else "",
        "role": role if role in dict(role_choices()) else "",
    }


def filtered(events: Iterable[EventPage], *, attendance="", language="", role="") -> list:
    """The events that match every filter given."""
    return [
        event
        for event in events
        if (not attendance or event.attendance in REACHED[attendance])
        and (not language or event.language in SERVES[language])
        and (not role or role in {family.slug for family in event.role_families.all()})
    ]


def role_choices() -> list[tuple[str, str]]:
    """The role families, by slug and name in the reader's language."""
    families = list(RoleFamily.objects.ordered())
    names = facet_labels("role_family", [family.slug for family in families])
    return [(family.slug, names.get(family.slug, family.name)) for family in families]
