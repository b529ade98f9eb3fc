"""The organizers' screens in the Wagtail admin: each event's registrations (filter by status
and by who they are, decide on applications with a note, export as CSV), the phone-friendly
check-in page, and the access needs to arrange at the venue. Every change goes through
``services``; the pages are for people holding ``gatherings.change_registration`` (the
Organizers and Moderators groups, given it by this app's migration)."""

from __future__ import annotations

import csv
from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Q
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from gatherings import services
from gatherings.choices import AccessNeed, Status, Who
from gatherings.models import EventPage, SurveyAnswer, SurveyWave
from jobboard.dashboard import LISTED, DashboardPanel, listed
from jobboard.models import GovernmentLevel

PERMISSION = "gatherings.change_registration"
# A spreadsheet reads a cell starting with one of these as a formula (OWASP's CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DECISIONS = {
    "confirm": Status.CONFIRMED,
    "waitlist": Status.WAITLISTED,
    "decline": Status.DECLINED,
}


def _require_permission(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _seat_page(pk: int) -> EventPage:
    return get_object_or_404(EventPage, pk=pk).seat_page()


def event_counts(events=None):
    """Events (every one by default) with their registrations' counts, the latest first."""
    return (
        (EventPage.objects.all() if events is None else events)
        .filter(registrations__isnull=False)
        .distinct()
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
            waiting=Count("registrations", filter=Q(registrations__status=Status.WAITLISTED)),
            applied=Count("registrations", filter=Q(registrations__status=Status.APPLIED)),
            arrived=Count("registrations", filter=Q(registrations__checked_in_at__isnull=False)),
        )
        .order_by("-start")
    )


def events(request: HttpRequest) -> HttpResponse:
    """/admin/events/: the events people registered for, with their counts."""
    _require_permission(request)
    return render(request, "gatherings/organizers/events.html", {"events": event_counts()})


def filtered_registrations(event: EventPage, params) -> tuple[list, dict]:
    """The event's registrations filtered by ``status``, ``who`` and a name or address."""
    registrations = event.registrations.prefetch_related("role_families")
    chosen = {
        "status": params.get("status", ""),
        "who": params.get("who", ""),
        "q": params.get("q", "").strip()[:100],
    }
    if chosen["status"] in Status.values:
        registrations = registrations.filter(status=chosen["status"])
    if chosen["who"] in Who.values:
        registrations = registrations.filter(who=chosen["who"])
    if chosen["q"]:
        registrations = registrations.filter(
            Q(name__icontains=chosen["q"]) | Q(email__icontains=chosen["q"])
        )
    return list(registrations), chosen


def access_summary(event: EventPage) -> dict:
    """How many people holding a seat asked for each access need, and their other notes."""
    holding = event.registrations.holding_seats()
    counts = Counter(
        need for needs in holding.values_list("access_needs", flat=True) for need in needs
    )
    return {
        "needs": [(label, counts[value]) for value, label in AccessNeed.choices if counts[value]],
        "notes": [note for note in holding.values_list("access_notes", flat=True) if note],
    }


def impact(event: EventPage) -> dict:
    """The event's impact, only as aggregates: attendance, confidence (1 to 5) at registration
    and in each follow-up survey, and new jobs by level of government and by role family."""
    seats = event.registrations.filter(status=Status.CONFIRMED)
    answered = SurveyAnswer.objects.filter(registration__event=event, answered_at__isnull=False)
    placed = answered.filter(new_job=True)
    levels = dict(GovernmentLevel.choices)
    return {
        "seats": seats.count(),
        "arrived": seats.filter(checked_in_at__isnull=False).count(),
        "before": seats.aggregate(average=Avg("confidence"), answers=Count("confidence")),
        "waves": [
            {"label": SurveyWave(row["wave"]).label, **row}
            for row in answered.values("wave")
            .annotate(answers=Count("id"), average=Avg("confidence"))
            .order_by("wave")
        ],
        "by_level": [
            (
                levels.get(row["government_level"], row["government_level"] or "Not said"),
                row["people"],
            )
            for row in placed.values("government_level").annotate(
                people=Count("registration", distinct=True)
            )
        ],
        "by_family": [
            (row["role_family__name"] or "Not said", row["people"])
            for row in placed.values("role_family__name").annotate(
                people=Count("registration", distinct=True)
            )
        ],
    }


def registrations(request: HttpRequest, pk: int) -> HttpResponse:
    """/admin/events/<pk>/: the attendee list, decisions on applications, access needs."""
    _require_permission(request)
    event = _seat_page(pk)
    if request.method == "POST":
        registration = get_object_or_404(event.registrations, pk=request.POST.get("registration"))
        decision = DECISIONS.get(request.POST.get("decision", ""))
        if decision is None:
            messages.error(request, "Choose a decision.")
        else:
            try:
                services.decide(
                    registration=registration,
                    status=decision,
                    note=request.POST.get("note", "").strip(),
                )
                messages.success(request, f"{registration.name}: {Status(decision).label}.")
            except services.NoSeat:
                messages.error(request, "Every seat is taken: waitlist or decline someone first.")
        return redirect(request.get_full_path())
    rows, chosen = filtered_registrations(event, request.GET)
    return render(
        request,
        "gatherings/organizers/registrations.html",
        {
            "event": event,
            "rows": rows,
            "chosen": chosen,
            "statuses": Status.choices,
            "whos": Who.choices,
            "held": event.registrations.holding_seats().count(),
            "access": access_summary(event),
            "impact": impact(event),
            "query": request.GET.urlencode(),
        },
    )


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


CSV_COLUMNS = [
    ("Name", lambda r: r.name),
    ("Email", lambda r: r.email),
    ("Status", lambda r: r.get_status_display()),
    ("Who", lambda r: r.get_who_display()),
    ("Role families", lambda r: ", ".join(f.name for f in r.role_families.all())),
    ("Access needs", lambda r: ", ".join(str(AccessNeed(n).label) for n in r.access_needs)),
    ("Other access needs", lambda r: r.access_notes),
    ("Language", lambda r: r.language),
    ("Follow-up", lambda r: "yes" if r.follow_up else "no"),
    ("Registered", lambda r: timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M")),
    (
        "Checked in",
        lambda r: (
            timezone.localtime(r.checked_in_at).strftime("%Y-%m-%d %H:%M")
            if r.checked_in_at
            else ""
        ),
    ),
    ("Organizers' note", lambda r: r.organizer_note),
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def export(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    """/admin/events/<pk>/export.csv: the filtered list, every cell safe to open."""
    _require_permission(request)
    event = _seat_page(pk)
    rows, _chosen = filtered_registrations(event, request.GET)
    writer = csv.writer(_Echo())
    lines = [writer.writerow([name for name, _cell in CSV_COLUMNS])]
    lines += [
        writer.writerow([safe_cell(cell(row)) for _name, cell in CSV_COLUMNS]) for row in rows
    ]
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrations.csv"'
    return response


def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    """/admin/events/<pk>/check-in/: people with a seat, found by name, checked in by one tap."""
    _require_permission(request)
    event = _seat_page(pk)
    if request.method == "POST":
        registration = get_object_or_404(
            event.registrations.holding_seats(), pk=request.POST.get("registration")
        )
        services.check_in(registration=registration)
        messages.success(request, f"{registration.name} is checked in.")
        return redirect(request.get_full_path())
    q = request.GET.get("q", "").strip()[:100]
    people = event.registrations.filter(status=Status.CONFIRMED).order_by("name")
    if q:
        people = people.filter(name__icontains=q)
    return render(
        request,
        "gatherings/organizers/check_in.html",
        {
            "event": event,
            "people": people,
            "q": q,
            "arrived": event.registrations.filter(checked_in_at__isnull=False).count(),
        },
    )


class UpcomingEventsPanel(DashboardPanel):
    """Events still to come that people registered for, the soonest first, with their counts."""

    name = "events-upcoming"
    heading = "Upcoming events"
    order = 130
    body_template = "gatherings/organizers/dashboard.html"
    empty_text = "Nobody has registered for an upcoming event."

    def body_context(self) -> dict:
        upcoming = event_counts(EventPage.objects.filter(end__gte=timezone.now())).order_by("start")
        return {**listed(list(upcoming[:LISTED]), upcoming.count())}
