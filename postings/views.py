"""The employer side of the site: sign up and verify an email (choosing the password then), a
dashboard of postings, and the posting form. Postings are found by their random public id and
always through the signed-in employer's own postings, so another employer gets a 404, never
someone else's posting."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import INTERNAL_RESET_SESSION_TOKEN, PasswordResetConfirmView
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.http import require_POST

from ingest.classifier import Classifier
from jobboard import limits
from jobboard.models import (
    RoleFamily,
    SeniorityLevel,
    Submission,
    SubmissionStatus,
)
from jobboard.services import IllegalTransition
from postings import accounts, services
from postings.forms import ChoosePasswordForm, ExtendForm, SignUpForm, SubmissionForm

SIGN_UPS = 10  # an hour, from one client address
SIGN_UPS_PER_EMAIL = 3  # an hour, for one email address (each sends it an email)
TOO_MANY_SIGN_UPS = gettext_lazy(
    "Too many sign-ups from this network or for this address. Try again in an hour."
)
SUBMITTED = gettext_lazy(
    "Thank you. A moderator will review the posting, usually within a working day."
)
EXTENDED_FOR_REVIEW = gettext_lazy(
    "That is more than 120 days after you first posted, so a moderator will review the new "
    "date; the posting stays live meanwhile."
)


def signup(request: HttpRequest) -> HttpResponse:
    """/employers/signup/: the same "check your email" answer for every valid sign-up, new
    address or known, after the same work: the limits and one task enqueued
    (postings/accounts.py says what each address is sent)."""
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not (
            limits.allow("sign-up-address", limits.client_address(request), limit=SIGN_UPS)
            and limits.allow("sign-up-email", data["email"], limit=SIGN_UPS_PER_EMAIL)
        ):
            form.add_error(None, TOO_MANY_SIGN_UPS)
            return render(request, "employers/signup.html", {"form": form}, status=429)
        accounts.request_sign_up(
            email=data["email"],
            organisation=data["organisation"],
            government_level=data["government_level"],
            website=data["website"],
            site_url=request.build_absolute_uri("/").rstrip("/"),
            language=translation.get_language(),
        )
        return render(request, "employers/check_email.html", {"email": data["email"]})
    return render(request, "employers/signup.html", {"form": form})


class VerifyEmailView(PasswordResetConfirmView):
    """/employers/verify/<uid>/<token>/: the confirmation link. Django's confirm view moves
    the token from the address into the session (so no Referer carries it) and shows the
    form; a GET changes no account, so a mail scanner opening the link changes nothing. The
    POST (with its CSRF token) of the password the mailbox owner chose verifies the account,
    activates it and signs in; a link that is not good answers 400."""

    template_name = "employers/verify.html"
    form_class = ChoosePasswordForm
    token_generator = accounts.verification_tokens
    reset_url_token = "choose-password"  # noqa: S105 (a path segment, not a secret)
    title = gettext_lazy("Confirm your email")

    def form_valid(self, form: ChoosePasswordForm) -> HttpResponse:
        user = accounts.verify(
            user_id=self.user.pk,
            token=self.request.session.pop(INTERNAL_RESET_SESSION_TOKEN, ""),
            password=form.cleaned_data["new_password1"],
        )
        if user is None:
            self.validlink = False
            return self.render_to_response(self.get_context_data())
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, _("Your email is confirmed. You can post jobs now."))
        return redirect("employers:dashboard")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.validlink:
            context["account_email"] = self.user.email
        return context

    def render_to_response(self, context, **response_kwargs) -> HttpResponse:
        if not context.get("validlink"):
            response_kwargs.setdefault("status", 400)
        return super().render_to_response(context, **response_kwargs)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """/employers/: the employer's postings, their states and the moderators' comments."""
    postings = Submission.objects.by(request.user).select_related("job", "role_family")
    return render(
        request,
        "employers/dashboard.html",
        {"postings": postings, "extend_form": ExtendForm(), "statuses": SubmissionStatus},
    )


@login_required
def posting_form(request: HttpRequest, public_id=None) -> HttpResponse:
    """/employers/postings/new/ and /employers/postings/<id>/edit/."""
    if not hasattr(request.user, "employer"):
        messages.error(request, _("Postings come from employer accounts. Sign up first."))
        return redirect("employers:signup")
    posting = _own_posting(request, public_id) if public_id else None
    if posting is not None and not services.can_edit(posting):
        messages.error(request, _("This posting can no longer be changed."))
        return redirect("employers:dashboard")
    initial = {} if posting else {"organisation": request.user.employer.organisation}
    form = SubmissionForm(request.POST or None, instance=posting, initial=initial)
    if request.method == "POST" and form.is_valid():
        if limit := _rate_limited(request, new=posting is None):
            form.add_error(None, limit)
        else:
            return _save_posting(request, form)
    return render(request, "employers/posting_form.html", {"form": form, "posting": posting})


def _save_posting(request: HttpRequest, form: SubmissionForm) -> HttpResponse:
    posting = form.save(commit=False)
    posting.owner = request.user
    if posting.role_family is None or posting.seniority is None:
        suggestion = Classifier.from_database().classify(posting.title)
        _fill_suggestion(posting, suggestion)
    with transaction.atomic():
        resubmit = posting.status in {SubmissionStatus.APPROVED, SubmissionStatus.PENDING}
        if resubmit or "submit" in request.POST:
            # An edit of a live posting always goes back to review (its live job stays up),
            # and an edit of one waiting for review is logged and queued again: a moderator
            # approves only the text they read.
            posting.save()
            services.submit(submission=posting, by=request.user, ip=limits.client_ip(request))
            messages.success(request, SUBMITTED)
        else:
            posting.save()
            messages.success(request, _("Draft saved. Submit it for review when it is ready."))
    return redirect("employers:dashboard")


@login_required
def suggest(request: HttpRequest) -> JsonResponse:
    """/employers/postings/suggest/?title=...: the classifier's role and level for a title, as
    the ids the form's menus use (null when it is not a technology job)."""
    title = request.GET.get("title", "")[:200]
    posting = Submission(title=title)
    _fill_suggestion(posting, Classifier.from_database().classify(title))
    return JsonResponse(
        {"role_family_id": posting.role_family_id, "seniority_id": posting.seniority_id}
    )


def _fill_suggestion(posting: Submission, suggestion) -> None:
    if posting.role_family is None and suggestion.role_family:
        posting.role_family = RoleFamily.objects.filter(slug=suggestion.role_family).first()
    if posting.seniority is None and suggestion.seniority:
        posting.seniority = SeniorityLevel.objects.filter(slug=suggestion.seniority).first()


@login_required
@require_POST
def close_posting(request: HttpRequest, public_id) -> HttpResponse:
    posting = _own_posting(request, public_id)
    try:
        services.close(submission=posting, by=request.user)
    except IllegalTransition as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("“%(title)s” is closed and no longer shown to job seekers.")
            % {"title": posting.title},
        )
    return redirect("employers:dashboard")


@login_required
@require_POST
def extend_posting(request: HttpRequest, public_id) -> HttpResponse:
    posting = _own_posting(request, public_id)
    form = ExtendForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter the new closing date as a date."))
        return redirect("employers:dashboard")
    try:
        services.extend(
            submission=posting, by=request.user, closes_on=form.cleaned_data["closes_on"]
        )
    except IllegalTransition as exc:
        messages.error(request, str(exc))
    else:
        posting.refresh_from_db()
        if posting.status == SubmissionStatus.PENDING:
            messages.success(request, EXTENDED_FOR_REVIEW)
        else:
            day = date_format(posting.closes_on, pgettext("date format", "F j"))
            messages.success(request, _("The closing date is now %(day)s.") % {"day": day})
    return redirect("employers:dashboard")


def _own_posting(request: HttpRequest, public_id) -> Submission:
    """The signed-in employer's posting, or 404 (another employer's looks exactly missing)."""
    posting = Submission.objects.by(request.user).filter(public_id=public_id).first()
    if posting is None:
        raise Http404("No such posting.")
    return posting


def _rate_limited(request: HttpRequest, *, new: bool) -> str:
    """A sentence when this account or address has created, or saved and resubmitted, too
    many postings lately (each submission emails the moderators)."""
    per_hour = settings.SUBMISSION_RATE_LIMIT_PER_HOUR
    if new:
        since = timezone.now() - timedelta(hours=1)
        if Submission.objects.by(request.user).filter(created_at__gte=since).count() >= per_hour:
            return _(
                "You can create at most %(count)d postings an hour. Please try again later."
            ) % {"count": per_hour}
    elif not limits.allow("posting-edits", str(request.user.pk), limit=per_hour * 4):
        return _("You have changed postings very often in the last hour. Please try again later.")
    if not limits.allow("postings-address", limits.client_address(request), limit=per_hour * 2):
        return _("Too many postings come from this network right now. Please try again later.")
    return ""
