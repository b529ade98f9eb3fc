"""The list's emails: the sign-in link (sent by a background task, since anyone can ask for
one to any address: it carries nothing of the asker's) and the daily reminder digest, built
here and sent by ``reminders.send_reminders``. Each is in the person's language, and its links
open the site in it; reminders carry one-click unsubscribe headers (RFC 8058)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from applications import tokens
from applications.models import Person
from jobboard import mail


def link(name: str, kind: str, value) -> str:
    """An absolute, signed link to a page of the list, in the active language."""
    return mail.site_url() + reverse(f"applications:{name}", args=[tokens.make(kind, value)])


def sign_in_link(person: Person) -> str:
    return link("sign-in", tokens.SIGN_IN, [person.pk, person.sign_ins])


def queue_sign_in(person_id: int, language: str) -> None:
    send_sign_in_email.enqueue(person_id, language)


@task()
def send_sign_in_email(person_id: int, language: str = "en") -> int:
    """Email a person a link that signs this browser in to their list."""
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        return 0
    with translation.override(language):
        context = {"sign_in_url": sign_in_link(person), "days": tokens.SIGN_IN_AGE // 86400}
        mail.message(
            _("Your link to your saved jobs"),
            person.email,
            "applications/emails/sign_in",
            context,
            sender=settings.DEFAULT_FROM_EMAIL,
        ).send()
    return 1


def deletion_warning(person: Person, *, deleted_on) -> EmailMultiAlternatives:
    """The warning that an untouched list will be deleted, with a link that keeps it."""
    with translation.override(person.language):
        context = {
            "sign_in_url": sign_in_link(person),
            "deleted_on": deleted_on,
            "days": tokens.SIGN_IN_AGE // 86400,
        }
        return mail.message(
            _("Your saved jobs will be deleted unless you open them"),
            person.email,
            "applications/emails/deletion_warning",
            context,
            sender=settings.DEFAULT_FROM_EMAIL,
        )


def reminder_digest(person: Person, items: list) -> EmailMultiAlternatives:
    """One person's reminders of the day (``reminders.Due`` items), in their language."""
    with translation.override(person.language):
        unsubscribe = link("unsubscribe", tokens.UNSUBSCRIBE, person.pk)
        subject = ngettext(
            "A reminder about a saved job", "Reminders about %(count)d saved jobs", len(items)
        ) % {"count": len(items)}
        context = {
            "items": items,
            "list_url": mail.site_url() + reverse("applications:list"),
            "unsubscribe_url": unsubscribe,
        }
        return mail.message(
            subject,
            person.email,
            "applications/emails/reminders",
            context,
            sender=settings.DEFAULT_FROM_EMAIL,
            headers=mail.unsubscribe_headers(unsubscribe),
        )
