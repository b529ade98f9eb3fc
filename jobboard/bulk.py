"""Inserting many new rows of one model: the SQL of ``bulk_create`` without its per-value cost.

``QuerySet.bulk_create`` sends every value through the field's whole chain (``pre_save``,
``get_prep_value``, ``get_db_prep_value``, ``get_db_prep_save``) inside the SQL compiler, for
each row of each batch. For ingest's wide job rows that was a quarter of an ingest's time, more
than the database's own work (docs/benchmarks.md, "Ingest speed"). ``insert_rows`` decides once
per field how its values are written: as they are for text, numbers, booleans and foreign keys;
through the database's own adapter for date-times (``auto_now`` ones stamped with one time for
the whole call); through the field's whole chain for anything else (decimals, JSON). It then
sends what ``bulk_create`` sends: multi-row ``INSERT ... RETURNING`` statements, with
as many rows each as the database's limit on parameters allows (up to 500).

As with ``bulk_create``: ``save()`` is not called, no signals are sent, and the objects get their
primary keys. Objects that already have one, and backends that cannot return the keys of a
multi-row insert, go through ``bulk_create`` itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any

from django.db import connections, router
from django.db.models import Model
from django.utils import timezone

# Values of these fields reach the database as the model holds them (the drivers adapt str,
# int, float, bool and None); a foreign key's values are its target field's.
_AS_THEY_ARE = frozenset(
    {
        "AutoField", "BigAutoField", "BigIntegerField", "BooleanField", "CharField",
        "EmailField", "FloatField", "IntegerField", "PositiveBigIntegerField",
        "PositiveIntegerField", "PositiveSmallIntegerField", "SlugField", "SmallIntegerField",
        "TextField", "URLField",
    }
)  # fmt: skip
_ROWS_PER_STATEMENT = 500


def _parameter_cap(connection) -> int:
    """How many parameters one statement may carry: PostgreSQL's protocol allows 65,535;
    SQLite says its own (32,766 since 3.32; Django assumes the 999 of older versions)."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 65_535


def _writer(field, connection, stamp: datetime, adapted: dict) -> Callable[[Model], Any]:
    """How one field's value is read off an object, ready for the database. ``auto_now``
    fields get ``stamp`` (one time for the whole insert); date-times are adapted once per
    distinct value (``adapted``: most rows share the ingest's own time in several columns)."""
    kind = field.get_internal_type()
    if field.is_relation:
        kind = field.target_field.get_internal_type()
    if kind in _AS_THEY_ARE:
        return attrgetter(field.attname)
    if kind != "DateTimeField":
        return lambda obj: field.get_db_prep_save(field.pre_save(obj, True), connection)
    adapt = connection.ops.adapt_datetimefield_value

    def written(value: datetime | None) -> Any:
        if value not in adapted:
            adapted[value] = adapt(value)
        return adapted[value]

    if field.auto_now or field.auto_now_add:

        def stamped(obj: Model) -> Any:
            setattr(obj, field.attname, stamp)
            return written(stamp)

        return stamped
    read = attrgetter(field.attname)
    return lambda obj: written(read(obj))


def new_object(model: type[Model], values: dict[str, Any]) -> Model:
    """An unsaved instance of ``model`` with these field values (by field name; a foreign key
    by its object, which is kept as the cached relation) and every other field's default.

    The same object ``model(**values)`` makes, through ``Model.__init__``'s positional path
    (the one ``from_db`` takes): the keyword path costs about 40 microseconds for a job, most
    of an ingest's time outside parsing, normalising and the database."""
    args, related, used = [], [], 0
    for field in model._meta.concrete_fields:
        if field.name in values:
            used += 1
            value = values[field.name]
            if field.is_relation and value is not None:
                related.append((field, value))
                value = value.pk
        elif field.attname in values:
            used += 1
            value = values[field.attname]
        else:
            value = field.get_default()
        args.append(value)
    if used != len(values):
        names = {name for f in model._meta.concrete_fields for name in (f.name, f.attname)}
        raise TypeError(f"{model.__name__} has no fields {sorted(values.keys() - names)}.")
    obj = model(*args)
    for field, value in related:
        field.set_cached_value(obj, value)
    return obj


def insert_rows(objs: Sequence[Model]) -> None:
    """Insert these new objects of one model, setting their primary keys."""
    if not objs:
        return
    model = type(objs[0])
    opts = model._meta
    using = router.db_for_write(model)
    connection = connections[using]
    if not connection.features.can_return_rows_from_bulk_insert or any(
        obj.pk is not None for obj in objs
    ):
        model._default_manager.bulk_create(objs)
        return
    fields = [f for f in opts.concrete_fields if not f.primary_key and not f.generated]
    stamp, adapted = timezone.now(), {}
    writers = [_writer(field, connection, stamp, adapted) for field in fields]
    quote = connection.ops.quote_name
    head = f"INSERT INTO {quote(opts.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
    returning, returning_params = connection.ops.return_insert_columns([opts.pk])
    size = max(1, min(_ROWS_PER_STATEMENT, _parameter_cap(connection) // len(fields)))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), size):
            batch = objs[start : start + size]
            params = [writer(obj) for obj in batch for writer in writers]
            values = connection.ops.bulk_insert_sql(fields, [["%s"] * len(fields)] * len(batch))
            cursor.execute(f"{head}{values} {returning}", [*params, *returning_params])
            keys = connection.ops.fetch_returned_insert_rows(cursor)
            for obj, (key,) in zip(batch, keys, strict=True):
                obj.pk = key
                obj._state.adding = False
                obj._state.db = using
