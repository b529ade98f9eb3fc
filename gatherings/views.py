"""The registration pages outside the page tree: the POST of an event page's form, the page
that says an email is on its way, and the registration's own page behind its signed link (see,
change, take an offered seat, cancel). A GET never changes anything; each action is a POST
with the page's CSRF token."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from gatherings import services, tokens
from gatherings.calendar import calendar_response
from gatherings.choices import ACTIVE, Status
from gatherings.forms import DetailsForm, ProposalForm, RegistrationForm, SurveyForm
from gatherings.models import EventPage, Registration, SurveyAnswer
from gatherings.models.pages import live_events
from jobboard import limits


def calendar(request: HttpRequest) -> HttpResponse:
    """``/events/calendar.ics``: every upcoming event, in the reader's language."""
    now = timezone.now()
    events = sorted((e for e in live_events() if e.end >= now), key=lambda e: e.start)
    return calendar_response(events, request, "events.ics")


def event_ics(request: HttpRequest, path: str) -> HttpResponse:
    """``<event page>/event.ics``: one event, found where its page is served."""
    found = Page.find_for_request(request, f"/{path}")
    page = found.specific if found is not None else None
    if not isinstance(page, EventPage) or not page.live:
        raise Http404
    return calendar_response([page], request, f"{page.slug}.ics")


def _message(request, heading: str, text: str, *, status: int = 200, **extra) -> HttpResponse:
    return render(
        request,
        "gatherings/message.html",
        {"heading": heading, "text": text, **extra},
        status=status,
    )


@require_POST
def register(request: HttpRequest, page_id: int) -> HttpResponse:
    """An event page's registration form, sent."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        context = event.get_context(request, form=form)
        return TemplateResponse(request, event.get_template(request), context, status=400)
    details = {k: v for k, v in form.cleaned_data.items() if k not in ("email", "fax_number")}
    try:
        services.register(
            event=event,
            details=details,
            email=form.cleaned_data["email"],
            client=limits.client_address(request),
        )
    except services.TooManySignUps:
        return _message(
            request,
            _("Too many registrations"),
            _(
                "Too many registrations came from your connection or address in the last hour. "
                "Please try again later."
            ),
            status=429,
        )
    except services.RegistrationClosed:
        return _message(
            request,
            _("Registration is closed"),
            _("This event is not taking registrations now."),
            status=409,
            event=event,
        )
    return redirect("events:check-email")


def check_email(request: HttpRequest) -> HttpResponse:
    return _message(
        request,
        _("Check your email"),
        _(
            "An email is on its way with your registration: a seat, a place on the waitlist or "
            "an application received, and a link to change or cancel it."
        ),
    )


@require_http_methods(["GET", "POST"])
def registration(request: HttpRequest, token: str) -> HttpResponse:
    """A registration, by its signed link: its status, the event, the details to change, and
    buttons to take an offered seat or cancel."""
    pk = tokens.read(token)
    found = Registration.objects.select_related("event").filter(pk=pk).first() if pk else None
    if found is None:
        return _message(
            request,
            _("This link does not work"),
            _(
                "The registration was cancelled long ago or the link is incomplete. Register "
                "again from the event's page."
            ),
            status=404,
        )
    event = found.event.specific.localized
    form = DetailsForm(initial=_initial(found))
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "cancel":
            services.cancel(registration=found)
        elif action == "accept":
            services.accept_offer(registration=found)
        elif action == "change":
            form = DetailsForm(request.POST)
            if form.is_valid():
                services.change(registration=found, details=form.cleaned_data)
            else:
                return _registration_page(request, found, event, form, status=400)
        else:
            raise Http404
        return redirect(request.path)
    return _registration_page(request, found, event, form)


def _initial(registration: Registration) -> dict:
    return {
        "name": registration.name,
        "who": registration.who,
        "role_families": list(registration.role_families.all()),
        "access_needs": registration.access_needs,
        "access_notes": registration.access_notes,
        "language": registration.language,
        "follow_up": registration.follow_up,
        "confidence": registration.confidence,
    }


def _registration_page(request, registration, event, form, *, status=200) -> HttpResponse:
    return render(
        request,
        "gatherings/registration.html",
        {
            "registration": registration,
            "event": event,
            "form": form,
            "active": registration.status in ACTIVE and not event.is_past(),
            "offered": registration.status == Status.OFFERED,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def propose(request: HttpRequest) -> HttpResponse:
    """``/events/propose/``: anyone proposes a community gathering; moderators review it."""
    form = ProposalForm(request.POST or None)
    if request.method == "GET" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(request, "gatherings/propose.html", {"form": form}, status=status)
    data = form.cleaned_data
    try:
        services.propose(
            details={key: data[key] for key in PROPOSED_FIELDS},
            name=data["organizer_name"],
            email=data["organizer_email"],
            language=translation.get_language(),
            client=limits.client_address(request),
        )
    except services.TooManyProposals:
        return _message(
            request,
            _("Too many proposals"),
            _(
                "Too many gatherings were proposed from your connection in the last hour. "
                "Please try again later."
            ),
            status=429,
        )
    return _message(
        request,
        _("Thank you"),
        _(
            "Moderators review every gathering before it is listed. We will email you their "
            "decision."
        ),
    )


PROPOSED_FIELDS = (
    "title",
    "summary",
    "start",
    "end",
    "attendance",
    "venue",
    "address",
    "language",
    "capacity",
)


@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, token: str) -> HttpResponse:
    """``/events/survey/<token>/``: a follow-up survey, by the link in its email."""
    pk = tokens.read(token, tokens.SURVEY)
    found = SurveyAnswer.objects.select_related("registration__event").filter(pk=pk).first()
    if found is None:
        return _message(
            request,
            _("This link does not work"),
            _("The survey was deleted with the event's registrations, or the link is incomplete."),
            status=404,
        )
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.answer_survey(survey=found, answers=form.cleaned_data)
        return _message(
            request, _("Thank you"), _("Your answers help us plan the next gatherings.")
        )
    event = found.registration.event.specific.localized
    status = 400 if request.method == "POST" else 200
    return render(request, "gatherings/survey.html", {"form": form, "event": event}, status=status)
