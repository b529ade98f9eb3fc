"""Every alert has its mailbox (filled by 0003, in its own transaction: PostgreSQL cannot
alter a table with the data migration's deferred checks pending); one alert per search per
mailbox."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0003_mailbox_runlock"),
    ]

    operations = [
        migrations.AlterField(
            model_name="alert",
            name="mailbox",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="alerts",
                to="alerts.mailbox",
            ),
        ),
        migrations.AlterField(
            model_name="alert",
            name="email",
            field=models.EmailField(
                db_index=True,
                help_text="Stored in lower case, as given; emails go to it.",
                max_length=254,
            ),
        ),
        migrations.AddConstraint(
            model_name="alert",
            constraint=models.UniqueConstraint(
                fields=("mailbox", "query"), name="one_alert_per_search_per_mailbox"
            ),
        ),
    ]
