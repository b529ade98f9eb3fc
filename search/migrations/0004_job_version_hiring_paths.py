"""SQLite: the jobs' change counter (``0003``) also counts changes of who may apply
(``jobboard.Job.hiring_paths``), a column the facet counts now read. On PostgreSQL this
migration does nothing."""

from django.db import migrations

from search.migration_sql import vendor_sql

COLUMNS = (
    "status, closes_at, agency_id, role_family_id, seniority_id, employment_type, "
    "work_arrangement, hiring_paths, salary_min, salary_max, city, title, search_keywords, "
    "description_text"
)
OLD_COLUMNS = (
    "status, closes_at, agency_id, role_family_id, seniority_id, employment_type, "
    "work_arrangement, salary_min, salary_max, city, title, search_keywords, description_text"
)
BUMP = "UPDATE search_job_version SET version = version + 1 WHERE id = 1;"


def trigger(columns: str) -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS search_job_version_update",
        f"CREATE TRIGGER search_job_version_update "
        f"AFTER UPDATE OF {columns} ON jobboard_job BEGIN {BUMP} END",
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_job_version"),
        ("jobboard", "0024_hiring_paths"),
    ]
    operations = [vendor_sql("sqlite", trigger(COLUMNS), trigger(OLD_COLUMNS))]
