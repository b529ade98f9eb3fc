"""The crosswalk as plain values: what the matcher reads. Built from the database by
``pathways.services.load_crosswalk`` or from the seed by ``Crosswalk.from_seed`` (tests and
benchmarks), so the matcher itself never touches the database. Both go through ``Crosswalk.read``:
each value class reads a seed dict or a model row field by field (``Value.read``), a field kept
elsewhere or stored differently saying so once, in its declaration (``source``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from typing import Any

from jobboard.taxonomy_seed import ROLE_FAMILIES, SENIORITY_LEVELS
from pathways import seed


def _slug(term: Any) -> str | None:
    """A taxonomy term as its slug: the seed names it, a model row holds the term."""
    return term if term is None or isinstance(term, str) else term.slug


def _slugs(terms: Any) -> frozenset[str]:
    """Taxonomy terms as slugs: the seed lists them, a model row relates them."""
    return frozenset(_slug(term) for term in (terms.all() if hasattr(terms, "all") else terms))


def _words(text: str) -> tuple[str, ...]:
    """One phrase a line, as the matcher compares them (trimmed, lower case)."""
    return tuple(line.strip().lower() for line in text.splitlines() if line.strip())


def source(*, key: str = "", convert: Callable[[Any], Any] | None = None, **options: Any) -> Any:
    """A field whose source (a seed dict or a model row) keeps it under another ``key`` or in
    another form (``convert`` turns it into the field's value); ``options`` as for ``field``."""
    return field(metadata={"key": key, "convert": convert}, **options)


class Value:
    """A crosswalk value class: built from a seed dict or a model row by ``read``."""

    @classmethod
    def read(cls, row: Mapping[str, Any] | object, **given: Any) -> Any:
        """The value of ``row``, field by field: each from the row's same-named key or
        attribute (or the one its declaration names), converted as declared; a field with a
        default may be missing from the row; ``given`` fields are taken as they are."""
        values = dict(given)
        for spec in fields(cls):  # type: ignore[arg-type]
            if spec.name in given:
                continue
            key = spec.metadata.get("key") or spec.name
            present = key in row if isinstance(row, Mapping) else hasattr(row, key)
            if not present:
                if spec.default is MISSING and spec.default_factory is MISSING:
                    raise KeyError(f"{cls.__name__}.{spec.name}: {key!r} is not in the row.")
                continue
            raw = row[key] if isinstance(row, Mapping) else getattr(row, key)
            convert = spec.metadata.get("convert")
            values[spec.name] = convert(raw) if convert else raw
        return cls(**values)


@dataclass(frozen=True)
class Series(Value):
    code: str
    title: str
    role_family: str | None = source(convert=_slug)
    technology: str  # "yes", "sometimes" or "no"
    note: str = ""
    source_url: str = ""
    verified: bool = True


@dataclass(frozen=True)
class Specialty(Value):
    code: str
    name: str
    words: tuple[str, ...] = source(convert=_words)
    role_family: str = source(convert=_slug)


@dataclass(frozen=True)
class PayPlan(Value):
    code: str
    name: str
    kind: str  # "graded" or "executive"
    pay_table: str
    min_grade: int | None
    max_grade: int | None
    note: str = ""


@dataclass(frozen=True)
class PayRange(Value):
    year: int
    table: str
    grade: int | None
    locality: str
    minimum: int = source(key="annual_min")
    maximum: int = source(key="annual_max")
    note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Employer(Value):
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
class LocalClass(Value):
    employer: Employer  # given: the seed names it, a model row relates it
    title: str
    class_code: str
    role_families: frozenset[str] = source(convert=_slugs)
    seniority: str = source(convert=_slug)
    pay_min: int | None
    pay_max: int | None
    pay_note: str = ""
    source_url: str = ""
    verified: bool = True
    last_checked: date | None = None


@dataclass(frozen=True)
class Term(Value):
    slug: str
    name: str
    federal_grades: str = field(default="", metadata={"api": False})


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
    def read(
        cls,
        *,
        series: Iterable[Any],
        specialties: Iterable[Any],
        pay_plans: Iterable[Any],
        pay: Iterable[Any],
        classes: Iterable[Any],
        employer_of: Callable[[Any], Employer],
        families: Iterable[Term],
        seniorities: Iterable[Term],
    ) -> Crosswalk:
        """The crosswalk from its rows, seed dicts and model rows alike: ``pay`` oldest year
        first (a grade shows its newest year's figures), ``employer_of`` a class row's employer,
        the taxonomy's terms already in the reader's language."""
        return cls(
            series={row.code: row for row in map(Series.read, series)},
            specialties=tuple(map(Specialty.read, specialties)),
            pay_plans={row.code: row for row in map(PayPlan.read, pay_plans)},
            pay={(row.table, row.grade): row for row in map(PayRange.read, pay)},
            classes=tuple(LocalClass.read(row, employer=employer_of(row)) for row in classes),
            families={term.slug: term for term in families},
            seniorities={term.slug: term for term in seniorities},
        )

    @classmethod
    def from_seed(cls) -> Crosswalk:
        """The crosswalk as the data migration loads it (no database needed)."""
        employers = {row["name"]: Employer.read(row) for row in seed.EMPLOYERS}
        return cls.read(
            series=seed.SERIES,
            specialties=seed.SPECIALTIES,
            pay_plans=seed.PAY_PLANS,
            pay=sorted(seed.FEDERAL_PAY, key=lambda row: row["year"]),
            classes=seed.LOCAL_CLASSES,
            employer_of=lambda row: employers[row["employer"]],
            families=map(Term.read, ROLE_FAMILIES),
            seniorities=map(Term.read, SENIORITY_LEVELS),
        )
