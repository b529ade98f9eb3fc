"""Organizers and moderators may see and handle registrations (the admin's event screens)."""

from django.db import migrations

from jobboard.permissions import MODERATORS, ORGANIZERS, ensure_permissions

CODENAMES = ("view_registration", "change_registration")


def grant(apps, schema_editor):
    ensure_permissions(apps, ["gatherings"])
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="gatherings", codename__in=CODENAMES
    )
    for name in (ORGANIZERS, MODERATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("gatherings", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
