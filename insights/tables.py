"""The insights' tables as rows for CSV downloads (partners' spreadsheets): one file per
table, the same columns as the JSON API."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from django.utils.translation import gettext_lazy as _

from insights.figures import Figures

ROW_COLUMNS = ["slug", "name", "open", "salary_median", "salary_min", "salary_max"]
COUNT_COLUMNS = ["slug", "name", "open"]


def _rows(attribute: str) -> Callable[[Figures], list[list]]:
    return lambda f: [[getattr(r, c) for c in ROW_COLUMNS] for r in getattr(f, attribute)]


def _counts(attribute: str) -> Callable[[Figures], list[list]]:
    return lambda f: [[getattr(r, c) for c in COUNT_COLUMNS] for r in getattr(f, attribute)]


# file name -> (title, columns, rows)
TABLES: dict[str, tuple[str, list[str], Callable[[Figures], list[list]]]] = {
    "role-families": (_("Open jobs and pay by role family"), ROW_COLUMNS, _rows("by_role_family")),
    "government-levels": (
        _("Open jobs and pay by level of government"),
        ROW_COLUMNS,
        _rows("by_government_level"),
    ),
    "seniority": (_("Open jobs and pay by seniority"), ROW_COLUMNS, _rows("by_seniority")),
    "weekly": (
        _("New and closed jobs per week"),
        ["week", "new", "closed"],
        lambda f: [[w.week.isoformat(), w.new, w.closed] for w in f.weekly],
    ),
    "work-arrangements": (
        _("Remote, hybrid and on-site open jobs"),
        COUNT_COLUMNS,
        _counts("work_arrangement"),
    ),
    "employers": (_("The employers hiring most"), COUNT_COLUMNS, _counts("top_employers")),
}


def safe_cell(value) -> object:
    """A cell a spreadsheet will not run: text starting like a formula (agency names come from
    outside feeds) is prefixed with an apostrophe. Numbers stay numbers; None is empty."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_text(name: str, figures: Figures) -> str:
    _, columns, rows = TABLES[name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([safe_cell(v) for v in row] for row in rows(figures))
    return out.getvalue()
