"""Forms hiring managers fill in: signing up, and writing a posting. Every rule says in one
sentence what is wrong and how to fix it."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordResetForm,
    SetPasswordForm,
    SetPasswordMixin,
)
from django.contrib.sites.shortcuts import get_current_site
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from ingest.sanitise import plain_text, sanitise_html
from jobboard import limits
from jobboard.models import GovernmentLevel, RoleFamily, SeniorityLevel, Submission
from postings import accounts
from search.documents import facet_labels

MAX_DAYS_AHEAD = 120
DESCRIPTION_MAX = 20_000


TOO_MANY_SIGN_INS = _(
    "Too many unsuccessful sign-ins for this account or from this network. Wait 15 minutes "
    "and try again, or reset your password."
)


class SignInLimitMixin:
    """Failed sign-ins are counted per account and per client address; past the limit every
    attempt is refused for 15 minutes, even with the right password (so guessing stops)."""

    ACCOUNT_LIMIT = 10
    ADDRESS_LIMIT = 50

    def clean(self):
        account = (self.data.get("username") or "").strip().lower()
        address = limits.client_address(self.request)
        if limits.exceeded("sign-in-account", account, limit=self.ACCOUNT_LIMIT) or (
            limits.exceeded("sign-in-address", address, limit=self.ADDRESS_LIMIT)
        ):
            raise forms.ValidationError(TOO_MANY_SIGN_INS, code="throttled")
        try:
            return super().clean()
        except forms.ValidationError:
            limits.count("sign-in-account", account, per=limits.FIFTEEN_MINUTES)
            limits.count("sign-in-address", address, per=limits.FIFTEEN_MINUTES)
            raise


class EmployerSignInForm(SignInLimitMixin, AuthenticationForm):
    """The employers' sign-in (/employers/login/)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Your email and password did not match, or the email is not confirmed yet. "
            "Please try again."
        ),
    }


class AdminSignInForm(SignInLimitMixin, WagtailLoginForm):
    """The Wagtail admin's sign-in (``WAGTAILADMIN_USER_LOGIN_FORM``)."""


class DjangoAdminSignInForm(SignInLimitMixin, AdminAuthenticationForm):
    """The Django admin's sign-in."""


class PasswordResetLimitMixin:
    """Reset emails per client address and per email address are limited; past the limit the
    page still says an email was sent (it never says whether an account exists) but none is.
    The request itself only counts the limits and enqueues ``accounts.send_password_reset``,
    alike for every address: looking the address up, making the link and sending it happen in
    that task, so the answer's time says nothing about the address either."""

    ADDRESS_LIMIT = 10
    EMAIL_LIMIT = 3

    def save(self, *, request=None, domain_override=None, token_generator=None, **options) -> None:
        """Count the limits and enqueue the reset for this address. ``token_generator`` is
        not passed on: both reset views use Django's default one, which the task uses."""
        address = limits.client_address(request) if request is not None else "unknown"
        email = self.cleaned_data.get("email", "")
        if not limits.allow("password-reset-address", address, limit=self.ADDRESS_LIMIT):
            return
        if not limits.allow("password-reset-email", email, limit=self.EMAIL_LIMIT):
            return
        # Django's save names the site from the request, which the task does not have.
        site = get_current_site(request) if not domain_override else None
        options["domain_override"] = domain_override or site.domain
        options["extra_email_context"] = {
            "site_name": site.name if site else domain_override,
            **(options.get("extra_email_context") or {}),
        }
        accounts.send_password_reset.enqueue(
            form_class=f"{type(self).__module__}.{type(self).__qualname__}",
            email=email,
            options=options,
            language=translation.get_language(),
        )

    def send_reset_links(self, **options) -> None:
        """Django's own ``save``: email each active account of the address its link (called
        by the task, never in the request)."""
        super().save(**options)


class EmployerPasswordResetForm(PasswordResetLimitMixin, PasswordResetForm):
    """The employers' password reset (/employers/password-reset/)."""


class AdminPasswordResetForm(PasswordResetLimitMixin, WagtailPasswordResetForm):
    """The Wagtail admin's password reset (``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``)."""


class SignUpForm(forms.Form):
    """An employer account: the email is the sign-in name. No password here: the owner of
    the mailbox chooses it on the page the confirmation link opens (``ChoosePasswordForm``)."""

    email = forms.EmailField(label=_("Work email"), max_length=254)
    organisation = forms.CharField(label=_("Organisation or agency"), max_length=200)
    government_level = forms.ChoiceField(
        label=_("Level of government"), choices=[("", _("Choose one")), *GovernmentLevel.choices]
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    def clean_email(self) -> str:
        # Whether the address has an account is never said here (postings/accounts.py).
        return self.cleaned_data["email"].lower()


class ChoosePasswordForm(SetPasswordForm):
    """The password of a new account, chosen on the confirmation link's page by the owner of
    the mailbox (Django's ``SetPasswordForm``: validators, the two fields must match)."""

    new_password1, new_password2 = SetPasswordMixin.create_password_fields(
        label1=_("Choose a password"), label2=_("The same password again")
    )


def _printable_line(value: str) -> str:
    """A one-line text field with no control or invisible formatting characters (which break
    feeds and XML, and can disguise a title). The form's error list names the field."""
    if any(unicodedata.category(character) in {"Cc", "Cf"} for character in value):
        raise forms.ValidationError(
            _("This contains control or invisible characters. Type it again without them.")
        )
    return value


class SubmissionForm(forms.ModelForm):
    """A posting. Role and level may be left for the classifier to suggest from the title."""

    # A field people never see (hidden by CSS and from assistive technology); bots fill it.
    fax_number = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = Submission
        fields = [
            "title",
            "organisation",
            "role_family",
            "seniority",
            "description",
            "location",
            "work_arrangement",
            "employment_type",
            "salary_min",
            "salary_max",
            "pay_interval",
            "closes_on",
            "apply_url",
            "apply_email",
            "how_to_apply",
        ]
        labels = {
            "title": _("Job title"),
            "organisation": _("Organisation or agency"),
            "role_family": _("Role"),
            "seniority": _("Level"),
            "description": _("Description"),
            "location": _("Location"),
            "work_arrangement": _("Remote, hybrid or on-site"),
            "employment_type": _("Job type"),
            "salary_min": _("Pay from"),
            "salary_max": _("Pay to"),
            "pay_interval": _("Pay per"),
            "closes_on": _("Closing date"),
            "apply_url": _("Application link"),
            "apply_email": _("Or application email"),
            "how_to_apply": _("How to apply"),
        }
        help_texts = {
            "role_family": _("Leave as suggested or pick another; we suggest one from the title."),
            "description": _(
                "Plain text or simple HTML (paragraphs, lists, links). "
                "Scripts and styles are removed."
            ),
            "salary_min": _("California law requires a pay scale in every posting."),
            "closes_on": format_lazy(
                _("Required, in the future and at most {days} days ahead."), days=MAX_DAYS_AHEAD
            ),
            "apply_url": _("An http:// or https:// link to the application."),
        }
        widgets = {
            "closes_on": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 12}),
            "how_to_apply": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, facet, terms in (
            ("role_family", "role_family", RoleFamily.objects.ordered()),
            ("seniority", "seniority", SeniorityLevel.objects.ordered()),
        ):
            field = self.fields[name]
            field.queryset = terms
            field.empty_label = _("Suggest from the title")
            names = facet_labels(facet, [term.slug for term in terms])  # in the active language
            field.label_from_instance = lambda term, names=names: names[term.slug]
        self.fields["apply_url"].assume_scheme = "https"

    def clean_title(self) -> str:
        return _printable_line(self.cleaned_data["title"])

    def clean_organisation(self) -> str:
        return _printable_line(self.cleaned_data["organisation"])

    def clean_location(self) -> str:
        return _printable_line(self.cleaned_data["location"])

    def clean_fax_number(self) -> str:
        if self.cleaned_data.get("fax_number"):
            raise forms.ValidationError(_("This posting could not be accepted."))
        return ""

    def clean_description(self) -> str:
        description = self.cleaned_data["description"]
        if len(description) > DESCRIPTION_MAX:
            raise forms.ValidationError(
                _("The description is too long: at most %(limit)s characters.")
                % {"limit": f"{DESCRIPTION_MAX:,}"}
            )
        clean = sanitise_html(description)
        if len(plain_text(clean)) < 50:
            raise forms.ValidationError(
                _("Describe the job in at least a few sentences (50 characters or more).")
            )
        return clean

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        today = timezone.localdate()
        if closes_on <= today:
            raise forms.ValidationError(_("The closing date must be in the future."))
        latest = today + timedelta(days=MAX_DAYS_AHEAD)
        if closes_on > latest:
            raise forms.ValidationError(
                _("The closing date can be at most %(days)d days from today (%(latest)s).")
                % {
                    "days": MAX_DAYS_AHEAD,
                    "latest": date_format(latest, pgettext("date format", "F j, Y")),
                }
            )
        return closes_on

    def clean_apply_url(self) -> str:
        url = self.cleaned_data.get("apply_url", "")
        if url and not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(
                _("The application link must start with http:// or https://.")
            )
        return url

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and low <= 0:
            self.add_error("salary_min", _("Pay must be more than zero."))
        if low is not None and high is not None and low > high:
            self.add_error(
                "salary_max", _("The top of the pay range must not be below its bottom.")
            )
        if not cleaned.get("apply_url") and not cleaned.get("apply_email"):
            self.add_error("apply_url", _("Give an application link or an application email."))
        return cleaned


class ExtendForm(forms.Form):
    closes_on = forms.DateField(
        label=_("New closing date"), widget=forms.DateInput(attrs={"type": "date"})
    )


class DecisionForm(forms.Form):
    """A moderator's decision on a pending posting."""

    decision = forms.ChoiceField(
        choices=[
            ("approve", "Approve: publish it now"),
            ("request_changes", "Request changes"),
            ("reject", "Reject"),
        ],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Required when requesting changes or rejecting: the employer reads it.",
    )
    # The version of the posting the moderator read (postings.services.content_version).
    version = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") in {"request_changes", "reject"}
            and not cleaned.get("comment", "").strip()
        ):
            self.add_error("comment", "Tell the employer what to change, or why it was rejected.")
        return cleaned
