"""SQLite FTS5 index of jobs for the database search backend: an external-content table over
jobboard_job (title, keywords, plain-text description) with the porter stemmer, kept in sync by
triggers. On PostgreSQL this migration does nothing: the backend uses PostgreSQL's own
full-text search."""

from django.db import migrations

from search.migration_sql import vendor_sql

COLUMNS = "title, search_keywords, description_text"
CREATE = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_job_fts USING fts5(
        {COLUMNS}, content='jobboard_job', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS search_job_fts_insert AFTER INSERT ON jobboard_job BEGIN
        INSERT INTO search_job_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title, new.search_keywords, new.description_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_job_fts_delete AFTER DELETE ON jobboard_job BEGIN
        INSERT INTO search_job_fts(search_job_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title, old.search_keywords, old.description_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_job_fts_update
    AFTER UPDATE OF {COLUMNS} ON jobboard_job BEGIN
        INSERT INTO search_job_fts(search_job_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title, old.search_keywords, old.description_text);
        INSERT INTO search_job_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title, new.search_keywords, new.description_text);
    END""",
    "INSERT INTO search_job_fts(search_job_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_job_fts_insert",
    "DROP TRIGGER IF EXISTS search_job_fts_delete",
    "DROP TRIGGER IF EXISTS search_job_fts_update",
    "DROP TABLE IF EXISTS search_job_fts",
]


class Migration(migrations.Migration):
    dependencies = [("jobboard", "0005_job_search_text")]
    operations = [vendor_sql("sqlite", CREATE, DROP)]
