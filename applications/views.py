"""The list's pages (``/my/``): save a job, sign in by an emailed link, record progress, the
calendar feed, a coach's read-only view, leave the reminders, download or delete everything.

A GET never changes anything (mail scanners open every link): a sign-in link and an unsubscribe
link show one button whose POST acts. Every saved job is looked up among the signed-in person's
own (an id of someone else's is a 404), and every secret link (sign-in, calendar, share) that is
forged, old or revoked gets a plain page, never another person's data."""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from applications import export, ical, services, session, tokens
from applications.forms import EmailForm, ProgressForm
from applications.models import Person, SavedJob
from jobboard import limits
from jobboard.models import Job

INVALID = (
    gettext_lazy("This link has expired or was already used"),
    gettext_lazy("Sign-in links work once, for 3 days. Ask for a new one below."),
)


def _message(request, heading: str, text: str, *, status: int = 200) -> HttpResponse:
    return render(
        request, "applications/message.html", {"heading": heading, "text": text}, status=status
    )


def _pk(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 12 else None


@never_cache
@require_GET
def my_list(request: HttpRequest) -> HttpResponse:
    person = session.person(request)
    if person is None:
        return _guest_list(request)
    return _person_list(request, person)


def _guest_list(request: HttpRequest, form: EmailForm | None = None, status=200) -> HttpResponse:
    ids = session.guest_jobs(request)
    jobs = sorted(
        Job.objects.select_related("agency").filter(pk__in=ids), key=lambda j: ids.index(j.pk)
    )
    context = {"jobs": jobs, "form": form or EmailForm(), "notice": session.heard(request)}
    return render(request, "applications/guest.html", context, status=status)


def _person_list(
    request, person: Person, invalid: tuple[int, ProgressForm] | None = None, status=200
):
    rows = []
    for saved in person.saved_jobs.with_jobs():
        form = (
            invalid[1]
            if invalid and invalid[0] == saved.pk
            else ProgressForm(prefix_id=str(saved.pk), initial=_initial(saved))
        )
        rows.append({"saved": saved, "form": form})
    context = {
        "person": person,
        "rows": rows,
        "notice": session.heard(request),
        "calendar_url": request.build_absolute_uri(
            reverse("applications:calendar", args=[person.calendar_key])
        ),
        "share_url": request.build_absolute_uri(
            reverse("applications:shared", args=[person.share_key])
        )
        if person.share_key
        else "",
    }
    return render(request, "applications/list.html", context, status=status)


def _initial(saved: SavedJob) -> dict:
    return {
        "progress": saved.progress,
        "applied_on": saved.applied_on,
        "exam_on": saved.exam_on,
        "eligible_until": saved.eligible_until,
        "note": saved.note,
        "hired_level": saved.hired_level,
        "hired_family": saved.hired_family.slug if saved.hired_family else None,
    }


@require_http_methods(["GET", "POST"])
def save(request: HttpRequest) -> HttpResponse:
    """Save a job: on the person's list when signed in, else on this browser's guest list
    (whose page then asks for an email to keep it). A GET (the "Save" link in alert emails)
    shows one button whose POST saves."""
    pk = _pk(
        request.POST.get("job", "") if request.method == "POST" else request.GET.get("job", "")
    )
    job = Job.objects.select_related("agency").filter(pk=pk).first() if pk else None
    if job is None:
        return _message(
            request,
            _("This job cannot be saved"),
            _("It is no longer on the site. Search for open jobs like it."),
            status=404,
        )
    if request.method == "GET":
        return render(
            request,
            "applications/action.html",
            {
                "heading": _("Save this job to your list?"),
                "text": f"{job.title}, {job.agency.name}",
                "button": _("Save to my list"),
                "job_id": job.pk,
            },
        )
    person = session.person(request)
    if person is not None:
        try:
            services.save_job(person=person, job=job)
        except services.ListFull:
            session.say(request, _("Your list is full. Remove a job to save another."))
            return redirect("applications:list")
    elif not session.add_guest_job(request, job.pk):
        session.say(request, _("Your list is full. Give your email to save more jobs."))
        return redirect("applications:list")
    session.say(request, _("Saved: %(title)s.") % {"title": job.title})
    return redirect("applications:list")


@require_POST
def remove_guest(request: HttpRequest, job_id: int) -> HttpResponse:
    session.remove_guest_job(request, job_id)
    session.say(request, _("The job was removed from your list."))
    return redirect("applications:list")


@require_POST
def ask_sign_in(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST)
    if not form.is_valid():
        return _guest_list(request, form, status=400)
    try:
        services.ask_sign_in(
            email=form.cleaned_data["email"],
            client=limits.client_address(request),
            language=translation.get_language(),
        )
    except services.TooManyRequests:
        return _message(
            request,
            _("Too many requests"),
            _(
                "Too many sign-in links were asked for from your connection. Please try again "
                "in an hour."
            ),
            status=429,
        )
    return redirect("applications:check-email")


def check_email(request: HttpRequest) -> HttpResponse:
    return _message(
        request,
        _("Check your email"),
        _(
            "If the address is right, an email is on its way with a link that opens your list "
            "in this browser. The link works once, for 3 days."
        ),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed link: a GET shows one button, its POST signs this browser in."""
    value = tokens.read(tokens.SIGN_IN, token, max_age=tokens.SIGN_IN_AGE)
    person = _person_signed_in_by(value)
    if person is None:
        return _stale_sign_in(request, token)
    if request.method == "POST":
        services.sign_in(person=person, guest_jobs=session.guest_jobs(request))
        session.sign_in(request, person)
        return redirect("applications:list")
    return render(
        request,
        "applications/action.html",
        {
            "heading": _("Open your saved jobs"),
            "text": _("Open the list of jobs you saved in this browser."),
            "button": _("Open my list"),
        },
    )


def _person_signed_in_by(value) -> Person | None:
    """The person a sign-in token's value names, while the link is unused."""
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        return None
    return Person.objects.filter(pk=value[0], sign_ins=value[1]).first()


def _stale_sign_in(request: HttpRequest, token: str) -> HttpResponse:
    """A genuine link that is too old or used: a button emails the person a new one (to their
    address, so the holder of the link learns nothing). A forged one gets the plain page."""
    value = tokens.read(tokens.SIGN_IN, token)
    pk = value[0] if isinstance(value, list) and value and isinstance(value[0], int) else None
    person = Person.objects.filter(pk=pk).first() if pk else None
    if person is None:
        return _message(request, *INVALID, status=410)
    if request.method == "POST":
        try:
            services.ask_sign_in(
                email=person.email,
                client=limits.client_address(request),
                language=translation.get_language(),
            )
        except services.TooManyRequests:
            return _message(request, *INVALID, status=429)
        return redirect("applications:check-email")
    return render(
        request,
        "applications/action.html",
        {"heading": INVALID[0], "text": INVALID[1], "button": _("Email me a new link")},
        status=410,
    )


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    session.sign_out(request)
    return redirect("applications:list")


def _signed_in(request: HttpRequest) -> Person:
    person = session.person(request)
    if person is None:
        raise Http404
    return person


@require_POST
def update(request: HttpRequest, pk: int) -> HttpResponse:
    person = _signed_in(request)
    saved = get_object_or_404(person.saved_jobs, pk=pk)
    if request.POST.get("action") == "remove":
        services.remove(saved=saved)
        session.say(request, _("The job was removed from your list."))
        return redirect("applications:list")
    form = ProgressForm(request.POST, prefix_id=str(saved.pk))
    if not form.is_valid():
        return _person_list(request, person, invalid=(saved.pk, form), status=400)
    services.record_progress(saved=saved, change=form.change())
    session.say(request, _("Saved your progress with %(title)s.") % {"title": saved.title})
    return redirect(reverse("applications:list") + f"#saved-{saved.pk}")


@require_POST
def change_settings(request: HttpRequest) -> HttpResponse:
    """The list's switches: a new calendar address, sharing, reminders on or off."""
    person = _signed_in(request)
    action = request.POST.get("action")
    if action == "new-calendar":
        services.new_calendar_address(person=person)
        session.say(request, _("Your calendar has a new address. The old one no longer works."))
    elif action == "share":
        services.share(person=person)
        session.say(
            request, _("Anyone with the share link can now see your list, but not change it.")
        )
    elif action == "stop-sharing":
        services.stop_sharing(person=person)
        session.say(request, _("The share link no longer works."))
    elif action == "reminders-off":
        services.stop_reminders(person=person)
        session.say(request, _("You will get no more reminder emails."))
    elif action == "reminders-on":
        services.start_reminders(person=person)
        session.say(request, _("You will get reminder emails again."))
    return redirect("applications:list")


def calendar_feed(request: HttpRequest, key: str) -> HttpResponse:
    person = get_object_or_404(Person, calendar_key=key)
    response = HttpResponse(ical.feed(person), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def shared(request: HttpRequest, key: str) -> HttpResponse:
    """A coach's read-only view of the list (no notes: they are the person's own)."""
    person = get_object_or_404(Person, share_key=key)
    response = render(
        request, "applications/shared.html", {"saved_jobs": person.saved_jobs.with_jobs()}
    )
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def download(request: HttpRequest) -> HttpResponse:
    person = _signed_in(request)
    response = HttpResponse(
        json.dumps(export.everything(person), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-saved-jobs.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    person = _signed_in(request)
    if request.method == "GET":
        return render(
            request,
            "applications/action.html",
            {
                "heading": _("Delete everything?"),
                "text": _(
                    "Your list, your notes, your progress and your email address will be deleted "
                    "at once. This cannot be undone."
                ),
                "button": _("Delete everything"),
            },
        )
    services.delete_everything(person=person)
    session.sign_out(request)
    return _message(
        request, _("Everything is deleted"), _("The site no longer holds anything about you.")
    )


@csrf_exempt  # the signed link is the credential; mail clients POST here (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.read(tokens.UNSUBSCRIBE, token)
    person = Person.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if request.method == "GET":
        return render(
            request,
            "applications/action.html",
            {
                "heading": _("Stop reminder emails?"),
                "text": _("Your list stays as it is; only the reminder emails stop."),
                "button": _("Stop reminder emails"),
            },
        )
    if person is not None:
        services.stop_reminders(person=person)
    return _message(
        request,
        _("You are unsubscribed"),
        _("You will get no more reminder emails. Your list is unchanged."),
    )
