"""``manage.py expire_postings``: expire employers' postings past their closing date and queue
reminders for those closing within three days (run it daily, beside ``expire_jobs``)."""

from django.core.management.base import BaseCommand

from postings.services import expire_submissions, send_expiry_reminders


class Command(BaseCommand):
    help = "Expire postings past their closing date and remind employers of postings closing soon."

    def handle(self, *args, **options):
        expired = expire_submissions()
        reminded = send_expiry_reminders()
        self.stdout.write(f"Expired {expired} posting(s); queued {reminded} reminder(s).")
