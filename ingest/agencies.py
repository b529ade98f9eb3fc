"""Agency canonicalisation: the many names sources use for one employer resolve to one Agency.

"LA County Dept. of Public Health" and "Public Health, County of Los Angeles" are one agency:
names are compared by a folded key (``agency_key``), against each agency's canonical name and
aliases; the words of a name are also compared as a set, so reordered names match."""

from __future__ import annotations

import re

from django.utils.text import slugify

from jobboard.models import Agency, GovernmentLevel, agency_key

LEVEL_PATTERNS = [
    (
        GovernmentLevel.FEDERAL,
        r"\b(department of (veterans|defense|homeland|the interior|energy|"
        r"labor|commerce|education|health and human|state|justice|agriculture|transportation|"
        r"the treasury|the army|the navy|the air force)|u\.?s\.?|united states|federal|national|"
        r"administration|bureau|service|army|navy|air force|space force|nasa|irs|usds|gsa)\b",
    ),
    # Before "state": "California State University" is public education, not the State.
    (
        GovernmentLevel.EDUCATION,
        r"\b(school district|unified school|school|schools|community college|college district|"
        r"university|office of education|board of education|cal state|csu)\b",
    ),
    (
        GovernmentLevel.STATE,
        r"\b(state of|california (department|office|state)|calif\.? dept|"
        r"department of technology|^california|office of data and innovation)\b",
    ),
    # Before "county": "Los Angeles County Metropolitan Transportation Authority" is a
    # special district, not the County.
    (
        GovernmentLevel.SPECIAL_DISTRICT,
        r"\b(district|districts|metropolitan|metro|authority|port of|"
        r"water and power|airports|transit)\b",
    ),
    (GovernmentLevel.COUNTY, r"\bcounty\b"),
    (GovernmentLevel.CITY, r"\b(city of|town of|village of)\b"),
    (
        GovernmentLevel.NONPROFIT,
        r"\b(foundation|nonprofit|non-profit|code for|inc\.? \(501|"
        r"pbc|coalition|alliance|fund|trust|institute|association)\b",
    ),
]


def guess_level(name: str) -> str:
    """The level of government suggested by an employer's name ('' when it says nothing)."""
    lowered = name.lower()
    for level, pattern in LEVEL_PATTERNS:
        if re.search(pattern, lowered):
            return level
    return ""


GENERIC_WORDS = frozenset({"of", "the", "and", "department", "office", "agency", "for"})


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _word_set(key: str) -> frozenset[str]:
    """The distinctive words of a name, in any order."""
    return frozenset(word for word in key.split() if word not in GENERIC_WORDS)


class AgencyResolver:
    """Maps employer names to Agency rows, creating one for a name never seen. Build one per
    ingest run: it loads every name and alias once, then resolves from memory."""

    def __init__(self) -> None:
        self._by_key: dict[str, Agency] = {}
        self._by_words: dict[frozenset[str], Agency] = {}
        for agency in Agency.objects.all():
            self._remember(agency)

    def _remember(self, agency: Agency) -> None:
        for name in (agency.name, *agency.alias_list()):
            key = agency_key(name)
            self._by_key.setdefault(key, agency)
            self._by_words.setdefault(_word_set(key), agency)

    def known(self, name: str) -> Agency | None:
        """The agency a name resolves to among those loaded (never queries or creates)."""
        key = agency_key(_clean(name))
        return self._by_key.get(key) or self._by_words.get(_word_set(key))

    def name_for(self, name: str) -> str:
        """The name the agency for ``name`` has or will have: a known agency's own name, else
        the name as ``resolve`` would create it. Needs no database (ingest's reading workers
        classify with it)."""
        agency = self.known(name)
        return agency.name if agency is not None else _clean(name)[:200]

    def resolve(self, name: str, *, level: str = "") -> Agency:
        """The agency for a name, created with a guessed level when new."""
        name = _clean(name)
        agency = self.known(name)
        if agency is None:
            agency = Agency.objects.create(
                name=name[:200],
                slug=self._unique_slug(name),
                level=level or guess_level(name),
            )
            self._remember(agency)
        return agency

    def _unique_slug(self, name: str) -> str:
        base = slugify(name)[:180] or "agency"
        slug, number = base, 2
        while Agency.objects.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug
