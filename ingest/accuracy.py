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


# The real-title evaluation's targets (issue #33): technology titles found, their family right,
# non-technology titles kept out, their seniority right.
TARGETS = {"found": 0.97, "family": 0.95, "kept_out": 0.97, "seniority": 0.95}


@dataclass
class Evaluation:
    """The classifier on real postings: of the technology titles, how many it found, with the
    right family and the right seniority; of the others, how many it kept out; and the misses."""

    technology: int = 0
    found: int = 0
    family: int = 0
    seniority: int = 0
    other: int = 0
    kept_out: int = 0
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        """Each measure as a share, named as in ``TARGETS``."""
        tech = self.technology or 1
        return {
            "found": self.found / tech,
            "family": self.family / tech,
            "kept_out": self.kept_out / (self.other or 1),
            "seniority": self.seniority / tech,
        }

    def met(self) -> bool:
        return all(self.rates()[name] >= target for name, target in TARGETS.items())


def evaluate(classifier: Classifier, table: Path) -> Evaluation:
    """Classify each posting of the real-title table (bench/data/real_titles.tsv: source, title,
    employer, department, team, category, grade, series, description, role_family, seniority)
    with every field its source gave, and count against the hand-written labels."""
    result = Evaluation()
    with table.open(newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and row[0][:1] != "#"]
    for source, title, employer, department, team, category, grade, series, text, *answer in rows:
        got = classifier.classify(
            title,
            grade=grade,
            series=series.split(",") if series else [],
            employer=employer,
            department=" / ".join(part for part in (department, team) if part),
            category=category,
            description=text,
        )
        family, seniority = answer[0] or None, answer[1] or None
        if family is None:
            result.other += 1
            result.kept_out += got.role_family is None
        else:
            result.technology += 1
            result.found += got.role_family is not None
            result.family += got.role_family == family
            result.seniority += got.seniority == seniority
        if (got.role_family, got.seniority) != (family, seniority):
            result.misses.append(
                f"{title} [{employer or source}]: expected {(family, seniority)}, "
                f"got {(got.role_family, got.seniority)}"
            )
    return result
