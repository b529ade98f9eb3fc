"""Create a local administrator for trying the site in embedded mode."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the local 'admin' superuser with a random password, printed once. "
        "Embedded mode (SQLite) only; does nothing when the account exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options):
        if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
            raise CommandError(
                "create_local_admin is for the embedded SQLite mode only; "
                "use 'manage.py createsuperuser' against a shared database."
            )
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(
                f"The local account '{username}' exists; its password was printed when it was "
                f"created (reset it with: python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(username, f"{username}@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created the local administrator. Sign in at /admin/ as '{username}' "
                f"with password: {password}  (shown only this once)"
            )
        )
