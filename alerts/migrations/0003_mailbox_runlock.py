"""Mailboxes (an address's alerts, however it was spelled) and the digests' run lock; every
alert is filed under its mailbox. Alerts that turn out to share a mailbox and a search keep
one of them: the confirmed one, else the oldest."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def _normalise(email: str) -> str:
    # A copy of alerts.models.normalise_address as it was when this migration was written.
    local, _, domain = email.strip().lower().rpartition("@")
    if not local:
        return email.strip().lower()
    local = local.split("+", 1)[0] or local
    if domain in ("gmail.com", "googlemail.com"):
        domain = "gmail.com"
        local = local.replace(".", "") or local
    return f"{local}@{domain}"


def file_alerts_under_mailboxes(apps, schema_editor):
    Alert = apps.get_model("alerts", "Alert")
    Mailbox = apps.get_model("alerts", "Mailbox")
    mailboxes: dict[str, int] = {}
    kept: set[tuple[int, str]] = set()
    alerts = Alert.objects.order_by("confirmed_at", "created_at", "pk")  # confirmed first
    for alert in alerts.iterator():
        address = _normalise(alert.email)
        if address not in mailboxes:
            mailboxes[address] = Mailbox.objects.get_or_create(address=address)[0].pk
        key = (mailboxes[address], alert.query)
        if key in kept:
            alert.delete()
            continue
        kept.add(key)
        Alert.objects.filter(pk=alert.pk).update(mailbox_id=mailboxes[address])


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0002_language"),
    ]

    operations = [
        migrations.CreateModel(
            name="Mailbox",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "address",
                    models.CharField(
                        help_text="The normalised address (normalise_address).",
                        max_length=254,
                        unique=True,
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
        ),
        migrations.CreateModel(
            name="RunLock",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                ("holder", models.CharField(blank=True, max_length=64)),
                ("held_until", models.DateTimeField(blank=True, null=True)),
            ],
        ),
        migrations.RemoveConstraint(
            model_name="alert",
            name="one_alert_per_search",
        ),
        migrations.AddField(
            model_name="alert",
            name="mailbox",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="alerts",
                to="alerts.mailbox",
            ),
        ),
        migrations.RunPython(file_alerts_under_mailboxes, migrations.RunPython.noop),
    ]
