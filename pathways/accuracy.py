"""Scores the matcher against a table of federal positions with known answers (a TSV file with
the columns series, grade, title, duties, role_family, seniority; blank answers mean 'no
technology match')."""

from __future__ import annotations

import csv
from pathlib import Path

from ingest.accuracy import Score
from ingest.classifier import Classifier
from pathways.crosswalk import Crosswalk
from pathways.matcher import match_position, parse_position


def score(crosswalk: Crosswalk, classifier: Classifier, table: Path) -> Score:
    """Compare the matcher's (family, seniority) with each row's expected pair."""
    result = Score()
    with table.open(newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and row[0][:1] != "#"]
    for series, grade, title, duties, family, seniority in rows:
        position = parse_position(crosswalk, series=series, grade=grade, title=title, text=duties)
        match = match_position(position, crosswalk, classifier)
        got = (
            match.role_family.slug if match.role_family else None,
            match.seniority.slug if match.seniority else None,
        )
        expected = (family or None, seniority or None)
        result.total += 1
        if got == expected:
            result.correct += 1
        else:
            result.misses.append(f"{series} {grade} {title!r}: expected {expected}, got {got}")
    return result
