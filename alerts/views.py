"""The alert pages: sign up (from any search), confirm, manage a mailbox's alerts, leave one
(by the link or by the one-click POST of RFC 8058) and renew one. The signed link is the only
credential; a bad or stale link gets a plain explanation, never an error page. A GET never
changes anything: confirming and renewing show one button whose POST acts (the one-click
unsubscribe POST needs no CSRF token, RFC 8058)."""

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
from alerts.describe import describe, describe_for_stranger
from alerts.forms import AlertForm, FrequencyForm
from alerts.models import Alert, Mailbox
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


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the confirmation email. A GET shows one button (mail scanners open every
    link and must not confirm anything); its POST, with the page's CSRF token, confirms."""
    pk = tokens.read(tokens.CONFIRM, token, max_age=tokens.CONFIRM_AGE)
    alert = Alert.objects.filter(pk=pk).first() if pk is not None else None
    if alert is None:
        return _message(request, *INVALID, status=410)
    if request.method == "POST":
        try:
            services.confirm(alert=alert)
        except services.TooManyAlerts:
            return _message(
                request,
                _("You have 10 job alerts already"),
                _(
                    "An address can have at most 10 job alerts. Delete one you no longer "
                    "need, then confirm this one again from the email."
                ),
                status=409,
                manage_url=_manage_path(alert.mailbox_id),
            )
        return redirect(request.path)
    description = describe_for_stranger(alert.job_query())
    if alert.confirmed_at is None:
        return render(
            request,
            "alerts/action.html",
            {
                "heading": _("Confirm your job alert"),
                "text": _(
                    "Confirm to get an email %(frequency)s when new jobs match %(search)s. "
                    "Nothing is sent until you do."
                )
                % {"frequency": alert.get_frequency_display().lower(), "search": description},
                "button": _("Confirm my job alert"),
                "search_path": alert.search_path(),
            },
        )
    return render(
        request,
        "alerts/confirmed.html",
        {
            "alert": alert,
            "description": description,
            "manage_url": _manage_path(alert.mailbox_id),
        },
    )


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    """A mailbox's alerts, by a link that signs the mailbox's id (never its address) and works
    for 30 days; an expired link offers to email a fresh one."""
    pk = tokens.read(tokens.MANAGE, token, max_age=tokens.MANAGE_AGE)
    mailbox = Mailbox.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if mailbox is None:
        return _expired_manage_link(request, token)
    alerts = mailbox.alerts.order_by("created_at", "pk")
    notice = ""
    if request.method == "POST":
        chosen = request.POST.get("alert", "")
        alert = (
            alerts.filter(pk=int(chosen)).first()
            if chosen.isascii() and chosen.isdigit() and len(chosen) < 12
            else None
        )
        if alert is not None and request.POST.get("action") == "delete":
            services.delete(alert=alert)
            notice = _("The alert was deleted.")
        elif alert is not None and (form := FrequencyForm(request.POST)).is_valid():
            services.change_frequency(alert=alert, frequency=form.cleaned_data["frequency"])
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
    email = mailbox.reply_address() or mailbox.address
    return render(request, "alerts/manage.html", {"rows": rows, "email": email, "notice": notice})


def _expired_manage_link(request: HttpRequest, token: str) -> HttpResponse:
    """A genuine manage link past its 30 days: a button emails the mailbox a fresh one (to the
    mailbox, so the link's holder learns nothing). A forged link gets the plain 410 page."""
    pk = tokens.read_expired(tokens.MANAGE, token)
    mailbox = Mailbox.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if mailbox is None:
        return _message(request, *INVALID, status=410)
    if request.method == "POST" and request.POST.get("action") == "send-link":
        services.send_manage_link(mailbox=mailbox, language=translation.get_language())
        return _message(
            request,
            _("Check your email"),
            _(
                "If this address still has job alerts, an email is on its way with a new link "
                "to manage them."
            ),
        )
    return render(
        request,
        "alerts/action.html",
        {
            "heading": _("This link has expired"),
            "text": _(
                "Links to manage your alerts work for 30 days, and every digest brings a new "
                "one. We can email a new link to the address of these alerts now."
            ),
            "button": _("Email me a new link"),
            "action": "send-link",
        },
        status=410,
    )


@csrf_exempt  # the signed link is the credential; mail clients POST here (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.read(tokens.UNSUBSCRIBE, token)
    alert = Alert.objects.filter(pk=pk).first() if pk is not None else None
    if request.method == "GET":
        context = {"alert": alert, "description": describe(alert.job_query()) if alert else ""}
        return render(request, "alerts/unsubscribe.html", context)
    if alert is not None:
        services.delete(alert=alert)
    return _message(
        request,
        _("You are unsubscribed"),
        _("You will get no more emails for this alert. Your other alerts, if any, are unchanged."),
    )


@require_http_methods(["GET", "POST"])
def renew(request: HttpRequest, token: str) -> HttpResponse:
    """The digest's "keep it for another year" link: a GET shows one button, its POST renews."""
    pk = tokens.read(tokens.RENEW, token)
    alert = Alert.objects.live().filter(pk=pk).first() if pk is not None else None
    if alert is None:
        return _message(request, *INVALID, status=410)
    if request.method == "GET":
        return render(
            request,
            "alerts/action.html",
            {
                "heading": _("Keep this job alert for another year?"),
                "text": _("For now, it runs until %(date)s.") % {"date": _date(alert.expires_at)},
                "button": _("Keep it for another year"),
            },
        )
    services.renew(alert=alert)
    return _message(
        request,
        _("Your alert is renewed"),
        _("It will run until %(date)s.") % {"date": _date(alert.expires_at)},
        manage_url=_manage_path(alert.mailbox_id),
    )


def _date(moment) -> str:
    return date_format(moment, pgettext("date format", "F j, Y"))


def _manage_path(mailbox_id: int) -> str:
    return reverse("alerts:manage", args=[tokens.make(tokens.MANAGE, mailbox_id)])
