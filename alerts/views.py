"""The alert pages: sign up (from any search), confirm, manage an address's alerts, leave one
(by the link or by the one-click POST of RFC 8058) and renew one. The signed link is the only
credential; a bad or stale link gets a plain explanation, never an error page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts import services, tokens
from alerts.describe import describe
from alerts.forms import AlertForm, FrequencyForm
from alerts.models import Alert
from jobboard import limits


def _message(request, heading: str, text: str, *, status: int = 200, **links) -> HttpResponse:
    return render(
        request, "alerts/message.html", {"heading": heading, "text": text, **links}, status=status
    )


INVALID = (
    gettext_lazy("This link has expired or was already used"),
    gettext_lazy(
        "Alerts you did not confirm within 7 days are removed. Sign up again from any job search."
    ),
)


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":  # the form on its own page, for a search given in the URL
        form = AlertForm(initial={"query": request.GET.urlencode()})
        return render(request, "alerts/subscribe.html", {"form": form, "query": request.GET})
    form = AlertForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    try:
        services.subscribe(
            email=form.cleaned_data["email"],
            frequency=form.cleaned_data["frequency"],
            query=form.cleaned_data["query"],
            client=limits.client_address(request),
            language=translation.get_language(),
        )
    except services.TooManySignUps:
        return _message(
            request,
            _("Too many sign-ups"),
            _(
                "Too many alerts were requested from your connection in the last hour. Please "
                "try again later."
            ),
            status=429,
        )
    return redirect("alerts:check-email")


def check_email(request: HttpRequest) -> HttpResponse:
    return _message(
        request,
        _("Check your email"),
        _(
            "If the address is right, an email is on its way with a link to confirm your alert. "
            "Nothing is sent until you confirm. The link works for 7 days."
        ),
    )


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.read(tokens.CONFIRM, token, max_age=tokens.CONFIRM_AGE)
    alert = Alert.objects.filter(pk=pk).first() if pk is not None else None
    if alert is None:
        return _message(request, *INVALID, status=410)
    services.confirm(alert)
    return render(
        request,
        "alerts/confirmed.html",
        {
            "alert": alert,
            "description": describe(alert.job_query()),
            "manage_url": _manage_path(alert.email),
        },
    )


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    email = tokens.read(tokens.MANAGE, token)
    if not isinstance(email, str):
        return _message(request, *INVALID, status=410)
    alerts = Alert.objects.filter(email=email).order_by("created_at", "pk")
    notice = ""
    if request.method == "POST":
        chosen = request.POST.get("alert", "")
        alert = (
            alerts.filter(pk=int(chosen)).first()
            if chosen.isascii() and chosen.isdigit() and len(chosen) < 12
            else None
        )
        if alert is not None and request.POST.get("action") == "delete":
            services.delete(alert)
            notice = _("The alert was deleted.")
        elif alert is not None and (form := FrequencyForm(request.POST)).is_valid():
            services.change_frequency(alert, form.cleaned_data["frequency"])
            notice = _("The alert is now sent %(frequency)s.") % {
                "frequency": alert.get_frequency_display().lower()
            }
        else:
            notice = _("Nothing was changed.")
    rows = [
        {
            "alert": a,
            "description": describe(a.job_query()),
            "form": FrequencyForm(initial={"frequency": a.frequency}),
        }
        for a in alerts
    ]
    return render(request, "alerts/manage.html", {"rows": rows, "email": email, "notice": notice})


@csrf_exempt  # the signed link is the credential; mail clients POST here (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.read(tokens.UNSUBSCRIBE, token)
    alert = Alert.objects.filter(pk=pk).first() if pk is not None else None
    if request.method == "GET":
        context = {"alert": alert, "description": describe(alert.job_query()) if alert else ""}
        return render(request, "alerts/unsubscribe.html", context)
    if alert is not None:
        services.delete(alert)
    return _message(
        request,
        _("You are unsubscribed"),
        _("You will get no more emails for this alert. Your other alerts, if any, are unchanged."),
    )


def renew(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.read(tokens.RENEW, token)
    alert = Alert.objects.live().filter(pk=pk).first() if pk is not None else None
    if alert is None:
        return _message(request, *INVALID, status=410)
    services.renew(alert)
    return _message(
        request,
        _("Your alert is renewed"),
        _("It will run until %(date)s.")
        % {"date": date_format(alert.expires_at, pgettext("date format", "F j, Y"))},
        manage_url=_manage_path(alert.email),
    )


def _manage_path(email: str) -> str:
    return reverse("alerts:manage", args=[tokens.make(tokens.MANAGE, email)])
