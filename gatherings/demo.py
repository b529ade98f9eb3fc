"""Demo events for ``manage.py load_demo``: the events index under each language's home page,
the two-day symposium (an agenda, 200 seats, by application) and two community gatherings (a
follow-up study group, an online meetup in Spanish), each with its Spanish translation.
Idempotent like the other demo steps: a page that exists is left as organizers edited it. The
agenda names no speakers: the demo invents no people."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from wagtail.models import Locale, Page, Site

from gatherings.choices import LOS_ANGELES, Attendance, EventLanguage, RegistrationMode
from gatherings.models import EventIndexPage, EventPage
from jobboard.models import RoleFamily

INDEX = {
    "en": {
        "title": "Events",
        "intro": "Meet hiring managers and people who made the move into public-service tech.",
    },
    "es": {
        "title": "Eventos",
        "intro": "Conozca a gerentes de contratación y a personas que ya dieron el salto a la "
        "tecnología en el servicio público.",
    },
}


def at(text: str) -> datetime:
    """A Los Angeles date and time written ``2027-02-19 09:00``."""
    return datetime.fromisoformat(text).replace(tzinfo=LOS_ANGELES)


def session(day, starts, ends, kind, title, description="", room="", families=()) -> dict:
    return {
        "type": "session",
        "value": {
            "day": day,
            "starts": starts,
            "ends": ends,
            "kind": kind,
            "title": title,
            "description": description,
            "room": room,
            "speakers": [],
            "role_families": [family.pk for family in RoleFamily.objects.filter(slug__in=families)],
        },
    }


PATHWAY_FAMILIES = ("software-engineering", "data-analytics", "cybersecurity", "it-support")


def symposium_agenda(language: str) -> list[dict]:
    """The symposium's two days, in ``language``."""
    d1, d2 = "2027-02-19", "2027-02-20"
    en = language == "en"
    return [
        session(
            d1,
            "09:00",
            "09:45",
            "keynote",
            "Welcome: where the public-service tech jobs are"
            if en
            else "Bienvenida: dónde están los empleos de tecnología en el servicio público",
            room="Main hall" if en else "Salón principal",
        ),
        session(
            d1,
            "10:00",
            "11:30",
            "workshop",
            "From a federal résumé to a state or county application"
            if en
            else "Del currículum federal a la solicitud estatal o del condado",
            "Bring your résumé; leave with a plan for each level of government."
            if en
            else "Traiga su currículum; salga con un plan para cada nivel de gobierno.",
            room="Room A" if en else "Sala A",
        ),
        session(
            d1,
            "11:45",
            "12:45",
            "panel",
            "Hiring managers from federal, state, county and city teams"
            if en
            else "Gerentes de contratación federales, estatales, del condado y de la ciudad",
            room="Main hall" if en else "Salón principal",
        ),
        session(
            d1,
            "13:45",
            "15:15",
            "small-group",
            "Career-pathway discussions by role"
            if en
            else "Conversaciones sobre trayectorias profesionales por rol",
            "Facilitated groups: one table per role family."
            if en
            else "Grupos con facilitación: una mesa por familia de roles.",
            room="Rooms B to E" if en else "Salas B a E",
            families=PATHWAY_FAMILIES,
        ),
        session(
            d1,
            "15:30",
            "16:30",
            "networking",
            "Meet public-sector hiring managers"
            if en
            else "Conozca a gerentes de contratación del sector público",
            room="Courtyard" if en else "Patio",
        ),
        session(
            d2,
            "09:00",
            "09:30",
            "keynote",
            "Day two: exams, eligible lists and timelines"
            if en
            else "Segundo día: exámenes, listas de elegibles y plazos",
            room="Main hall" if en else "Salón principal",
        ),
        session(
            d2,
            "09:45",
            "11:45",
            "small-group",
            "Peer feedback on your applications"
            if en
            else "Retroalimentación entre pares sobre sus solicitudes",
            room="Rooms B to E" if en else "Salas B a E",
        ),
        session(
            d2,
            "13:00",
            "14:30",
            "workshop",
            "Interviews for public-sector tech roles"
            if en
            else "Entrevistas para puestos de tecnología en el sector público",
            room="Room A" if en else "Sala A",
        ),
        session(
            d2,
            "14:45",
            "16:00",
            "networking",
            "Next steps and local follow-up gatherings"
            if en
            else "Próximos pasos y encuentros locales de seguimiento",
            room="Courtyard" if en else "Patio",
        ),
    ]


def symposium(language: str) -> dict[str, Any]:
    en = language == "en"
    return {
        "title": "Public Tech Pathways Symposium" if en else "Simposio Public Tech Pathways",
        "slug": "symposium-2027",
        "summary": (
            "Two days of keynotes, workshops, career-pathway discussions, peer feedback and "
            "networking with public-sector hiring managers, for displaced federal workers and "
            "early-career technologists."
            if en
            else "Dos días de conferencias, talleres, conversaciones sobre trayectorias, "
            "retroalimentación entre pares y contactos con gerentes de contratación del sector "
            "público, para personas que dejaron un empleo federal y tecnólogos que empiezan."
        ),
        "start": at("2027-02-19 09:00"),
        "end": at("2027-02-20 16:00"),
        "attendance": Attendance.IN_PERSON,
        "venue": "Venue to be announced" if en else "Lugar por anunciar",
        "address": "Los Angeles, California",
        "access_notes": (
            "The venue will have a step-free route, a quiet room and nearby transit; details "
            "come with your confirmation."
            if en
            else "El lugar tendrá una ruta sin escalones, una sala tranquila y transporte "
            "público cercano; los detalles llegan con su confirmación."
        ),
        "language": EventLanguage.INTERPRETED,
        "agenda": symposium_agenda(language),
        "capacity": 200,
        "registration_mode": RegistrationMode.APPLICATION,
        "registration_closes": at("2027-02-05 23:59"),
        "asl": True,
        "captions": True,
        "materials_in_advance": True,
    }


def follow_up(language: str) -> dict[str, Any]:
    en = language == "en"
    return {
        "title": "After the symposium: study group for the State IT exams"
        if en
        else "Después del simposio: grupo de estudio para los exámenes estatales de TI",
        "slug": "state-exam-study-group",
        "summary": (
            "A gathering led by symposium participants: we work through the State of "
            "California's IT exams and CalCareers applications together."
            if en
            else "Un encuentro dirigido por participantes del simposio: repasamos juntos los "
            "exámenes de TI del Estado de California y las solicitudes en CalCareers."
        ),
        "start": at("2027-03-18 18:00"),
        "end": at("2027-03-18 20:00"),
        "attendance": Attendance.MIXED,
        "venue": "Venue to be announced" if en else "Lugar por anunciar",
        "address": "Los Angeles, California",
        "language": EventLanguage.BOTH,
        "capacity": 30,
        "registration_mode": RegistrationMode.OPEN,
        "captions": True,
        "community": True,
    }


def online_meetup(language: str) -> dict[str, Any]:
    en = language == "en"
    return {
        "title": "Online meetup in Spanish: from federal service to County IT"
        if en
        else "Encuentro en línea en español: del servicio federal a TI del Condado",
        "slug": "online-meetup-county-it",
        "summary": (
            "A community meetup in Spanish for people who left federal technology jobs: "
            "reading County job bulletins and exam announcements together."
            if en
            else "Un encuentro comunitario en español para quienes dejaron empleos federales "
            "de tecnología: leemos juntos boletines de empleo y convocatorias de examen del "
            "Condado."
        ),
        "start": at("2027-04-15 18:00"),
        "end": at("2027-04-15 19:30"),
        "attendance": Attendance.ONLINE,
        "language": EventLanguage.SPANISH,
        "registration_mode": RegistrationMode.OPEN,
        "captions": True,
        "community": True,
    }


EVENTS = (symposium, follow_up, online_meetup)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent: Page, page: Page) -> Page:
    """Add ``page`` under ``parent`` and publish it; one with its slug is left untouched."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    page.live = False
    parent.add_child(instance=page)
    return publish(page)


def event_page(data: dict[str, Any]) -> EventPage:
    page = EventPage(search_description=data["summary"], **data)
    page.role_families = list(RoleFamily.objects.filter(slug__in=PATHWAY_FAMILIES))
    return page


@transaction.atomic
def ensure_events() -> list[str]:
    """Each language's events index with the demo events, the Spanish as translations of the
    English (same translation key, so one set of seats)."""
    home = Site.objects.get(is_default_site=True).root_page
    english = {}
    lines = []
    for code in ("en", "es"):
        own_home = (
            home
            if code == "en"
            else home.get_translation_or_none(Locale.objects.get(language_code=code))
        )
        if own_home is None:
            continue
        taken = (
            own_home.get_children()
            .filter(slug="events")
            .exclude(content_type__model="eventindexpage")
        )
        if taken.exists():  # the content page "Events" of earlier demos: left to organizers
            lines.append(
                f"Events in {code}: skipped, a page that is not an events index has the address "
                f"{taken.first().url}; move or delete it, then run load_demo again."
            )
            break  # translations need the English events
        index = EventIndexPage(slug="events", show_in_menus=True, **INDEX[code])
        if code != "en":
            index.locale, index.translation_key = own_home.locale, english["index"].translation_key
        index = add_page(own_home, index)
        english.setdefault("index", index)
        for make in EVENTS:
            page = event_page(make(code))
            if code != "en":
                page.locale = own_home.locale
                page.translation_key = english[make].translation_key
            english.setdefault(make, add_page(index, page))
        lines.append(f"Events in {code}: {index.get_children().live().count()} under {index.url}.")
    return lines
