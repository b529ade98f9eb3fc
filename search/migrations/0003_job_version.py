"""SQLite: a counter of changes to the jobs that searches filter and count on, kept by triggers,
so that the database backend can reuse a search's facet counts until the jobs change, in every
process (the web workers, the task worker, the ingest command) with no message between them.
Updates that cannot change a search (``last_seen_at`` on every ingest run) do not count. On
PostgreSQL this migration does nothing and counts are not reused."""

from django.db import migrations

from search.migration_sql import vendor_sql

# The columns a search's filters and facet counts read (jobboard.Job).
COLUMNS = (
    "status, closes_at, agency_id, role_family_id, seniority_id, employment_type, "
    "work_arrangement, salary_min, salary_max, city, title, search_keywords, description_text"
)
BUMP = "UPDATE search_job_version SET version = version + 1 WHERE id = 1;"
CREATE = [
    "CREATE TABLE IF NOT EXISTS search_job_version "
    "(id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO search_job_version (id, version) VALUES (1, 0)",
    f"CREATE TRIGGER IF NOT EXISTS search_job_version_insert AFTER INSERT ON jobboard_job "
    f"BEGIN {BUMP} END",
    f"CREATE TRIGGER IF NOT EXISTS search_job_version_delete AFTER DELETE ON jobboard_job "
    f"BEGIN {BUMP} END",
    f"CREATE TRIGGER IF NOT EXISTS search_job_version_update "
    f"AFTER UPDATE OF {COLUMNS} ON jobboard_job BEGIN {BUMP} END",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_job_version_insert",
    "DROP TRIGGER IF EXISTS search_job_version_delete",
    "DROP TRIGGER IF EXISTS search_job_version_update",
    "DROP TABLE IF EXISTS search_job_version",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_postgres_text_config"),
        ("jobboard", "0009_search_index_order"),
    ]
    operations = [vendor_sql("sqlite", CREATE, DROP)]
