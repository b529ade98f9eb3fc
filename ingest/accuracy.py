"""Scores the classifier against a table of titles with known answers (a TSV file with the
columns title, employer, grade, series, role_family, seniority; blank answers mean 'not a
technology job')."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ingest.classifier import Classifier


@dataclass
class Score:
    """How many rows the classifier answered exactly, and the misses."""

    total: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score(classifier: Classifier, table: Path) -> Score:
    """Compare the classifier's (family, seniority) with each row's expected pair."""
    result = Score()
    with table.open(newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and row[0][:1] != "#"]
    for title, employer, grade, series, family, seniority in rows:
        got = classifier.classify(
            title, grade=grade, series=[series] if series else [], employer=employer
        )
        expected = (family or None, seniority or None)
        result.total += 1
        if (got.role_family, got.seniority) == expected:
            result.correct += 1
        else:
            result.misses.append(
                f"{title} [{employer}]: expected {expected}, got {(got.role_family, got.seniority)}"
            )
    return result
