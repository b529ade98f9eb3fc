"""The seniority ladder (docs/architecture.md, "Taxonomy"): its rungs in order and the federal
grades on each, the one definition that the seed, the classifier and every ordering read.

The rungs' slugs are a contract; their names, signals and display order are taxonomy rows that
organizers edit (``SeniorityLevel``). What a rung *means* in grades, and which rung is above
which, is a rule and lives here. Pure: no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rung:
    """A level of the ladder and the General Schedule grades the taxonomy names for it (none for
    ``executive``, which is the executive pay plans)."""

    slug: str
    grades: tuple[int, ...] = ()

    @property
    def federal_grades(self) -> str:
        """The grades as readers see them: "GS-5, GS-7", or "SES" for the executive rung."""
        if not self.grades:
            return EXECUTIVE_PLANS[0]
        return ", ".join(f"GS-{grade}" for grade in self.grades)


RUNGS = (
    Rung("intern", (2, 3, 4)),
    Rung("entry", (5, 7)),
    Rung("mid", (9, 11)),
    Rung("senior", (12, 13)),
    Rung("lead", (14, 15)),
    Rung("executive"),
)
LADDER = tuple(rung.slug for rung in RUNGS)
EXECUTIVE = "executive"
# The highest level a "Supervisory" or "Lead" prefix can raise to: executive needs an executive
# pay plan or an executive title.
HIGHEST_RAISE = "lead"
EXECUTIVE_PLANS = ("SES", "ES", "SL", "ST")
GRADE_RE = re.compile(r"\b(GS|GG|GM|IT|ES|SES)?[-\s]?([0-9]{1,2})\b", re.IGNORECASE | re.ASCII)


def rung(slug: str) -> Rung:
    """The rung of a slug (KeyError for a slug that is not on the ladder)."""
    for candidate in RUNGS:
        if candidate.slug == slug:
            return candidate
    raise KeyError(slug)


def grade_level(grade: str) -> str | None:
    """The level of a federal grade such as 'GS-12', '12' or 'SES': an executive plan is
    ``executive``; a number is on the highest rung whose first named grade is at or below it
    (GS-6 and GS-8 are entry, GS-10 mid, above GS-15 lead; below GS-2, intern); None when the
    text names no grade."""
    if not grade:
        return None
    text = grade.strip().upper()
    if text in EXECUTIVE_PLANS or text.startswith(("SES", "ES-")):
        return EXECUTIVE
    match = GRADE_RE.search(text)
    if not match:
        return None
    number = int(match.group(2))
    graded = [r for r in RUNGS if r.grades]
    return next((r.slug for r in reversed(graded) if r.grades[0] <= number), graded[0].slug)


def raise_one(level: str) -> str:
    """The level one rung up, never past ``lead``; ``lead`` and ``executive`` stay."""
    index = LADDER.index(level)
    if index >= LADDER.index(HIGHEST_RAISE):
        return level
    return LADDER[index + 1]


def within_one(level: str) -> tuple[str, ...]:
    """The level and its neighbours on the ladder, lowest first."""
    index = LADDER.index(level)
    return LADDER[max(0, index - 1) : index + 2]
