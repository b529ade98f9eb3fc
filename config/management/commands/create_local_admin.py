"""Create local accounts for trying the site in embedded mode: the administrator, and the
organizer and reviewer who try the guide workflow."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create a local account with a random password, printed once: the 'admin' superuser by "
        "default, or a member of --group (e.g. Organizers, Moderators). Embedded mode (SQLite) "
        "only; does nothing when the account exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--group", default="", help="Make an ordinary account in this group instead."
        )

    def handle(self, *args, username: str, group: str, **options):
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
        members = None
        if group:
            members = Group.objects.filter(name=group).first()
            if members is None:
                raise CommandError(f"There is no group named {group!r}; run migrate first.")
        password = secrets.token_urlsafe(12)
        if members is None:
            users.objects.create_superuser(username, f"{username}@localhost", password)
            role = "administrator"
        else:
            user = users.objects.create_user(username, f"{username}@localhost", password)
            user.groups.add(members)
            role = f"account in the {group} group"
        self.stdout.write(
            self.style.SUCCESS(
                f"Created the local {role}. Sign in at /admin/ as '{username}' "
                f"with password: {password}  (shown only this once)"
            )
        )
