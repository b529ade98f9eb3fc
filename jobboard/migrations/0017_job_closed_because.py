"""Why a job closed, as a choice: ingest used to read it from the sentence in
``closed_reason``. Existing closed jobs take the choice their sentence names."""

from django.db import migrations, models

# The sentences the code wrote before this migration, by their beginnings; a closed job whose
# sentence is none of them was closed by hand (the admin's "filled or withdrawn" action, a
# script), and is never reopened by ingest, as before.
SENTENCES = [
    ("No longer listed", "vanished"),
    ("The closing date passed", "expired"),
    ("Removed by a moderator", "moderator"),
    ("Closed early by the employer", "employer"),
]
OTHERWISE = "filled"


def fill_closed_because(apps, schema_editor) -> None:
    """Give every closed job without a choice the one its sentence names."""
    Job = apps.get_model("jobboard", "Job")
    unset = Job.objects.filter(status="closed", closed_because="")
    for beginning, because in SENTENCES:
        unset.filter(closed_reason__startswith=beginning).update(closed_because=because)
    unset.update(closed_because=OTHERWISE)


class Migration(migrations.Migration):
    dependencies = [
        ("jobboard", "0016_rate_counters"),
    ]

    operations = [
        migrations.AddField(
            model_name="job",
            name="closed_because",
            field=models.CharField(
                blank=True,
                choices=[
                    ("vanished", "No longer listed by its source"),
                    ("expired", "The closing date passed"),
                    ("filled", "Filled or withdrawn"),
                    ("moderator", "Removed by a moderator"),
                    ("employer", "Closed by the employer"),
                ],
                help_text="Why the job closed, as a choice the code decides on (blank while open).",
                max_length=10,
            ),
        ),
        migrations.RunPython(fill_closed_because, migrations.RunPython.noop, elidable=True),
    ]
