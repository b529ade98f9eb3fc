"""Raw SQL for the search app's migrations, run only on the database vendor it is written for
(the FTS5 table and triggers on SQLite, the text search configuration on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import migrations


def vendor_sql(
    vendor: str, forward: Sequence[str], backward: Sequence[str]
) -> migrations.RunPython:
    """A migration operation running ``forward`` (and ``backward`` to undo it) on ``vendor``
    databases only; elsewhere it does nothing."""

    def runner(statements: Sequence[str]):
        def run(apps, schema_editor) -> None:
            if schema_editor.connection.vendor != vendor:
                return
            for statement in statements:
                schema_editor.execute(statement)

        return run

    return migrations.RunPython(runner(forward), runner(backward))
