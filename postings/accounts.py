"""Employer accounts: sign-up, email verification and the expiry of accounts never verified.

Signing up asks for no password, and the request does the same work for every address: it
checks the form, counts the limits and enqueues one task (``process_sign_up``), so neither
the answer, nor its time, nor its database work says whether the address has an account.
The task decides what the address is told: a new address gets an inactive account without a
usable password and a link; the owner of an existing account is told someone tried; an
address whose account was never verified starts over (its organisation replaced, earlier
links void). Only the mailbox owner can finish: the link's page (a GET, which changes
nothing, so mail scanners that open links change nothing) asks for the password, and the
POST of that form sets it, activates the account and signs in. Links expire after
``VERIFY_WITHIN`` and stop working once a password is set or the account was ever verified,
even if it is later deactivated. Every email is sent from a task."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks import task

from jobboard.models import EmployerProfile

VERIFY_WITHIN = timedelta(hours=48)


class EmailVerificationTokens(PasswordResetTokenGenerator):
    """One-time links, void once used (a password is set and the account is active and
    verified), once the account starts over (its unusable password is drawn again), once it
    has ever been verified, and ``VERIFY_WITHIN`` after the sign-up."""

    # The salt keeps its first module path: changing it would void links already emailed.
    key_salt = "jobboard.employers.EmailVerificationTokens"

    def _make_hash_value(self, user, timestamp) -> str:
        profile = EmployerProfile.objects.filter(user=user).first()
        verified = profile.email_verified_at if profile is not None else None
        return f"{user.pk}{user.is_active}{user.email}{user.password}{verified}{timestamp}"

    def check_token(self, user, token) -> bool:
        """Django's check, and the sign-up (``date_joined``) no older than ``VERIFY_WITHIN``."""
        return super().check_token(user, token) and (
            user.date_joined >= timezone.now() - VERIFY_WITHIN
        )


verification_tokens = EmailVerificationTokens()


def request_sign_up(
    *,
    email: str,
    organisation: str,
    government_level: str,
    website: str,
    site_url: str,
    language: str,
) -> None:
    """What a sign-up does inside the request, the same for every address: enqueue
    ``process_sign_up``. ``site_url`` is the scheme and host links start with."""
    process_sign_up.enqueue(
        email=email,
        organisation=organisation,
        government_level=government_level,
        website=website,
        site_url=site_url,
        language=language,
    )


@task()
def process_sign_up(
    *,
    email: str,
    organisation: str,
    government_level: str,
    website: str,
    site_url: str,
    language: str,
) -> None:
    """Look the address up and act on the sign-up (``sign_up``), with links in ``language``."""
    with translation.override(language):

        def verify_link(user: AbstractBaseUser, token: str) -> str:
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            return site_url + reverse("employers:verify", args=[uid, token])

        sign_up(
            email=email,
            organisation=organisation,
            government_level=government_level,
            website=website,
            verify_link=verify_link,
            sign_in_url=site_url + reverse("employers:login"),
            reset_url=site_url + reverse("employers:password_reset"),
            language=language,
        )


@task()
def send_verification_email(user_id: int, link: str) -> None:
    """The confirmation link for a new (or restarted) account."""
    user = get_user_model().objects.get(pk=user_id)
    with translation.override(_language_of(user)):
        send_mail(
            _("Confirm your email for Public Tech Pathways"),
            _(
                "Welcome! Open this link to confirm your email and choose your password; then "
                "you can post jobs:\n\n%(link)s\n\nThe link works for 48 hours, until a "
                "password is chosen. If you did not sign up, ignore this message: nothing "
                "happens unless a password is chosen on that page."
            )
            % {"link": link},
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )


@task()
def send_account_exists_email(
    user_id: int, sign_in_url: str, reset_url: str, language: str = ""
) -> None:
    """Someone signed up with an address that already has an account: tell its owner."""
    user = get_user_model().objects.get(pk=user_id)
    with translation.override(language or _language_of(user)):
        send_mail(
            _("You already have a Public Tech Pathways account"),
            _(
                "Someone, perhaps you, tried to create an employer account with this address. It "
                "already has one, so nothing was changed.\n\nSign in: %(sign_in)s\n"
                "Forgot your password? Reset it: %(reset)s\n\n"
                "If this was not you, you can ignore this message."
            )
            % {"sign_in": sign_in_url, "reset": reset_url},
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )


@task()
def send_password_reset(*, form_class: str, email: str, options: dict, language: str) -> None:
    """A password reset asked for ``email``: what Django's reset form does in its ``save``
    (look the address up, email each active account its link), run here so that the request
    takes the same time whether or not the address has an account. ``form_class`` is the
    dotted path of the reset form (the employers' or the Wagtail admin's), ``options`` the
    keyword arguments of that ``save`` (all plain values)."""
    form_type = import_string(form_class)
    if not issubclass(form_type, PasswordResetForm):
        raise TypeError(f"{form_class} is not a password reset form.")
    form = form_type(data={"email": email})
    if form.is_valid():
        with translation.override(language):
            form.send_reset_links(**options)


def _language_of(user) -> str:
    """The language an employer signed up in (their emails are written in it)."""
    profile = EmployerProfile.objects.filter(user=user).first()
    return profile.language if profile is not None else settings.LANGUAGE_CODE


def is_verified(user: AbstractBaseUser) -> bool:
    """Whether the account's owner ever confirmed the address."""
    return EmployerProfile.objects.filter(user=user, email_verified_at__isnull=False).exists()


@transaction.atomic
def sign_up(
    *,
    email: str,
    organisation: str,
    government_level: str,
    website: str,
    verify_link: Callable[[AbstractBaseUser, str], str],
    sign_in_url: str,
    reset_url: str,
    language: str = "en",
) -> None:
    """Create an inactive account without a usable password and send its confirmation link,
    or start an unverified one over, or tell the owner of an existing account. Runs in the
    ``process_sign_up`` task, never in the request. ``verify_link(user, token)`` builds the
    absolute confirmation URL."""
    users = get_user_model()
    user = users.objects.select_for_update().filter(username=email).first()
    if user is not None and (user.is_active or is_verified(user)):
        transaction.on_commit(
            lambda: send_account_exists_email.enqueue(user.pk, sign_in_url, reset_url, language)
        )
        return
    if user is None:
        user = users.objects.create_user(username=email, email=email, is_active=False)
    else:  # never verified: start over, so earlier links no longer count
        user.set_unusable_password()
        user.date_joined = timezone.now()
        user.save(update_fields=["password", "date_joined"])
    EmployerProfile.objects.update_or_create(
        user=user,
        defaults={
            "organisation": organisation,
            "government_level": government_level,
            "website": website,
            "language": language,
        },
    )
    link = verify_link(user, verification_tokens.make_token(user))
    transaction.on_commit(lambda: send_verification_email.enqueue(user.pk, link))


def verify(*, user_id: int, token: str, password: str) -> AbstractBaseUser | None:
    """The mailbox owner's explicit step: set the password they chose, activate and verify
    the account, in one transaction on the locked row (so a link works once, even for two
    POSTs at the same moment). The account, or None when the link is not good (used,
    expired, for an account that started over, or for one verified before)."""
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().filter(pk=user_id).first()
        if user is None or not verification_tokens.check_token(user, token):
            return None
        user.set_password(password)
        user.is_active = True
        user.save(update_fields=["password", "is_active"])
        EmployerProfile.objects.filter(user=user).update(email_verified_at=timezone.now())
    return user


def expire_unverified_accounts(*, now: datetime | None = None) -> int:
    """Delete accounts whose address was never confirmed within ``VERIFY_WITHIN``; return
    how many. (They cannot have postings: only a verified account can sign in.)"""
    cutoff = (now or timezone.now()) - VERIFY_WITHIN
    stale = get_user_model().objects.filter(
        is_active=False,
        date_joined__lt=cutoff,
        employer__isnull=False,
        employer__email_verified_at__isnull=True,
    )
    count = 0
    for user in stale:
        user.delete()
        count += 1
    return count
