"""On PostgreSQL, a text search configuration like 'english' but without its stopword list, so
that "IT" stays searchable (the project applies its own stopwords to queries, as the other
backends do). Does nothing on SQLite."""

from django.db import migrations

from search.migration_sql import vendor_sql

CREATE = [
    "CREATE TEXT SEARCH DICTIONARY ptp_english_stem (TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION ptp_english (COPY = english)",
    "ALTER TEXT SEARCH CONFIGURATION ptp_english ALTER MAPPING FOR asciiword, asciihword, "
    "hword_asciipart, word, hword, hword_part WITH ptp_english_stem",
]
DROP = [
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS ptp_english",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS ptp_english_stem",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_job_fts")]
    operations = [vendor_sql("postgresql", CREATE, DROP)]
