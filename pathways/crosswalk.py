"""The crosswalk as plain values: what the matcher reads. Built from the database by
``pathways.services.load_crosswalk`` or from the seed by ``Crosswalk.from_seed`` (tests and
benchmarks), so the matcher itself never touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jobboard.taxonomy_seed import ROLE_FAMILIES, SENIORITY_LEVELS
from pathways import seed


@dataclass(frozen=True)
class Series:
    code: str
    title: str
    role_family: str | None
    technology: str  # "yes", "sometimes" or "no"
    note: str = ""
    source_url: str = ""
    verified: bool = True


@dataclass(frozen=True)
class Specialty:
    code: str
    name: str
    words: tuple[str, ...]
    role_family: str


@dataclass(frozen=True)
class PayPlan:
    code: str
    name: str
    kind: str  # "graded" or "executive"
    pay_table: str
    min_grade: int | None
    max_grade: int | None
    note: str = ""


@dataclass(frozen=True)
class PayRange:
    year: int
    table: str
    grade: int | None
    locality: str
    minimum: int
    maximum: int
    note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Employer:
    name: str
    government_level: str
    how_they_hire: str
    time_to_hire: str = ""
    apply_url: str = ""
    source_url: str = ""
    language: str = "en"  # the language of the name and the hiring texts

    @property
    def how_to_apply(self) -> str:
        """The hiring process in one paragraph, with the time it takes and where to apply."""
        parts = [self.how_they_hire]
        if self.time_to_hire:
            parts.append(f"Time to hire: {self.time_to_hire}")
        if self.apply_url:
            parts.append(f"Apply at {self.apply_url}")
        return " ".join(parts)


@dataclass(frozen=True)
class LocalClass:
    employer: Employer
    title: str
    class_code: str
    role_families: frozenset[str]
    seniority: str
    pay_min: int | None
    pay_max: int | None
    pay_note: str = ""
    source_url: str = ""
    verified: bool = True
    last_checked: date | None = None


@dataclass(frozen=True)
class Term:
    slug: str
    name: str
    federal_grades: str = ""


@dataclass(frozen=True)
class Crosswalk:
    series: dict[str, Series]
    specialties: tuple[Specialty, ...]
    pay_plans: dict[str, PayPlan]
    pay: dict[tuple[str, int | None], PayRange]
    classes: tuple[LocalClass, ...]
    families: dict[str, Term]
    seniorities: dict[str, Term] = field(default_factory=dict)

    @classmethod
    def from_seed(cls) -> Crosswalk:
        """The crosswalk as the data migration loads it (no database needed)."""
        employers = {
            row["name"]: Employer(
                name=row["name"],
                government_level=row["government_level"],
                how_they_hire=row["how_they_hire"],
                time_to_hire=row["time_to_hire"],
                apply_url=row["apply_url"],
                source_url=row["source_url"],
            )
            for row in seed.EMPLOYERS
        }
        return cls(
            series={
                row["code"]: Series(
                    code=row["code"],
                    title=row["title"],
                    role_family=row["role_family"],
                    technology=row["technology"],
                    note=row["note"],
                    source_url=row["source_url"],
                    verified=row["verified"],
                )
                for row in seed.SERIES
            },
            specialties=tuple(
                Specialty(
                    code=row["code"],
                    name=row["name"],
                    words=tuple(w for w in row["words"].splitlines() if w.strip()),
                    role_family=row["role_family"],
                )
                for row in seed.SPECIALTIES
            ),
            pay_plans={
                row["code"]: PayPlan(
                    code=row["code"],
                    name=row["name"],
                    kind=row["kind"],
                    pay_table=row["pay_table"],
                    min_grade=row["min_grade"],
                    max_grade=row["max_grade"],
                    note=row["note"],
                )
                for row in seed.PAY_PLANS
            },
            pay={
                (row["table"], row["grade"]): PayRange(
                    year=row["year"],
                    table=row["table"],
                    grade=row["grade"],
                    locality=row["locality"],
                    minimum=row["annual_min"],
                    maximum=row["annual_max"],
                    note=row["note"],
                    source_url=row["source_url"],
                )
                for row in seed.FEDERAL_PAY
            },
            classes=tuple(
                LocalClass(
                    employer=employers[row["employer"]],
                    title=row["title"],
                    class_code=row["class_code"],
                    role_families=frozenset(row["role_families"]),
                    seniority=row["seniority"],
                    pay_min=row["pay_min"],
                    pay_max=row["pay_max"],
                    pay_note=row["pay_note"],
                    source_url=row["source_url"],
                    verified=row["verified"],
                    last_checked=row["last_checked"],
                )
                for row in seed.LOCAL_CLASSES
            ),
            families={t["slug"]: Term(t["slug"], t["name"]) for t in ROLE_FAMILIES},
            seniorities={
                t["slug"]: Term(t["slug"], t["name"], t["federal_grades"]) for t in SENIORITY_LEVELS
            },
        )
