"""Employer accounts: sign-up, email verification and the expiry of accounts never verified.

Every sign-up gets the same answer, whether the address is new or known, so the form tells
nobody which addresses have accounts; the address itself is told what happened. A sign-up
for an address whose account was never verified starts that account over (the earlier
password, organisation and links no longer count), so nobody can hold an address they cannot
read. Verification links work once, for at most ``VERIFY_WITHIN``, and never again after the
account was verified, even when it is later deactivated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from jobboard.models import EmployerProfile

VERIFY_WITHIN = timedelta(hours=48)


class EmailVerificationTokens(PasswordResetTokenGenerator):
    """One-time links, void once used (the account is active and verified), once the account
    starts over (its password changes) and once it has ever been verified."""

    # The salt keeps its first module path: changing it would void links already emailed.
    key_salt = "jobboard.employers.EmailVerificationTokens"

    def _make_hash_value(self, user, timestamp) -> str:
        profile = EmployerProfile.objects.filter(user=user).first()
        verified = profile.email_verified_at if profile is not None else None
        return f"{user.pk}{user.is_active}{user.email}{user.password}{verified}{timestamp}"


verification_tokens = EmailVerificationTokens()


@task()
def send_verification_email(user_id: int, link: str) -> None:
    """The confirmation link for a new (or restarted) account."""
    user = get_user_model().objects.get(pk=user_id)
    with translation.override(_language_of(user)):
        send_mail(
            _("Confirm your email for Public Tech Pathways"),
            _(
                "Welcome! Confirm your email to start posting jobs:\n\n%(link)s\n\n"
                "The link works once, for 48 hours. If you did not sign up, ignore this message."
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
    password: str,
    organisation: str,
    government_level: str,
    website: str,
    verify_link: Callable[[AbstractBaseUser, str], str],
    sign_in_url: str,
    reset_url: str,
    language: str = "en",
) -> None:
    """Create an inactive account and send its confirmation link, or start an unverified one
    over, or tell the owner of an existing account; the caller answers all three alike.
    ``verify_link(user, token)`` builds the absolute confirmation URL."""
    users = get_user_model()
    user = users.objects.select_for_update().filter(username=email).first()
    if user is not None and (user.is_active or is_verified(user)):
        transaction.on_commit(
            lambda: send_account_exists_email.enqueue(user.pk, sign_in_url, reset_url, language)
        )
        return
    if user is None:
        user = users.objects.create_user(
            username=email, email=email, password=password, is_active=False
        )
    else:  # never verified: start over, so earlier links and passwords no longer count
        user.set_password(password)
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


def verify(user: AbstractBaseUser | None, token: str) -> bool:
    """Activate and verify an account from its link; False when the link is not good (used,
    expired, for an account that started over, or for one verified before)."""
    if user is None or not verification_tokens.check_token(user, token):
        return False
    if user.date_joined < timezone.now() - VERIFY_WITHIN:
        return False
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        EmployerProfile.objects.filter(user=user).update(email_verified_at=timezone.now())
    return True


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
