"""The person's deadlines as an iCalendar feed (RFC 5545, written by ``icalendar``) at a
secret address they can revoke: closing dates of jobs not yet applied to, exams, and the ends
of eligible lists, each an all-day event in their language."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from applications.models import Person
from jobboard.mail import site_url


def _summary(kind: str, title: str) -> str:
    # The three sentences, spelled out for the translation catalogue.
    texts = {
        "closing": _("Applications close: %(title)s"),
        "exam": _("Exam: %(title)s"),
        "eligible": _("Eligible list ends: %(title)s"),
    }
    return texts[kind] % {"title": title}


def feed(person: Person) -> bytes:
    """The person's calendar, in their language."""
    calendar = Calendar()
    calendar.add("prodid", "-//Public Tech Pathways//My applications//EN")
    calendar.add("version", "2.0")
    with translation.override(person.language):
        calendar.add("x-wr-calname", _("My job deadlines"))
        stamp = timezone.now()
        for saved in person.saved_jobs.with_jobs():
            for kind, day in saved.deadlines():
                event = Event()
                event.add("uid", f"{saved.pk}-{kind}-{day.isoformat()}@publictechpathways")
                event.add("dtstamp", stamp)
                event.add("dtstart", day)
                event.add("dtend", day + timedelta(days=1))
                event.add("summary", _summary(kind, saved.title))
                event.add("description", f"{saved.employer}\n{site_url()}{saved.url}")
                calendar.add_component(event)
    return calendar.to_ical()
