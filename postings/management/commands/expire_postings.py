"""``manage.py expire_postings``: expire employers' postings past their closing date, queue
reminders for those closing within three days, and delete employer accounts never verified
within 48 hours (run it daily, beside ``expire_jobs``)."""

from django.core.management.base import BaseCommand

from postings.accounts import expire_unverified_accounts
from postings.services import expire_submissions, send_expiry_reminders


class Command(BaseCommand):
    help = (
        "Expire postings past their closing date, remind employers of postings closing soon, "
        "and remove accounts never verified."
    )

    def handle(self, *args, **options):
        expired = expire_submissions()
        reminded = send_expiry_reminders()
        unverified = expire_unverified_accounts()
        self.stdout.write(
            f"Expired {expired} posting(s); queued {reminded} reminder(s); removed "
            f"{unverified} account(s) never verified."
        )
