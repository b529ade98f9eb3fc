"""Role family and seniority for a job (docs/architecture.md, "Taxonomy").

The words are data: each family's and level's ``signals`` come from the taxonomy, which
organizers edit in the CMS. This module owns the mechanics around them:

Role family, first rule that answers wins:
1. a non-technology title (civil engineer, nurse, security officer...) with no strong IT word
   gets no family, nor a seniority;
2. an HR code in the title, such as ``(APPSW)`` or ``(INFOSEC)``;
3. the most specific (longest) signal in the title; leadership signals count only when no
   function is named, since a leader whose title names a function belongs to that function;
4. the federal series (1550 and 0854 software, 1560 and 1530 data, 1102 with IT scope
   acquisition);
5. a generic IT title ("IT Specialist", series 2210): the description votes as a weak signal,
   else the title's noun decides (technician: support; analyst: systems analysis; otherwise
   infrastructure).

Seniority: a federal grade beats title words; explicit words beat numerals; numerals are read
by employer (a State of California or LA County "I" is a full professional, ``mid``); no
modifier means ``mid``; a "Supervisory" or "Lead" prefix raises a grade- or numeral-derived
level by one (never past ``lead``: executive needs SES or an executive title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.titles import plain_letters
from jobboard.taxonomy_seed import ROLE_FAMILIES, SENIORITY_LEVELS

LADDER = ["intern", "entry", "mid", "senior", "lead", "executive"]
# Word levels in the order they are tried: the first level with a matching word wins.
WORD_PRIORITY = ["executive", "intern", "lead", "senior", "entry"]
LEADERSHIP_FAMILY = "it-leadership"

HR_CODES = {
    "APPSW": "software-engineering",
    "INET": "software-engineering",
    "SYSADMIN": "infrastructure-operations",
    "NETWORK": "infrastructure-operations",
    "OS": "infrastructure-operations",
    "CUSTSPT": "it-support",
    "INFOSEC": "cybersecurity",
    "DATAMGT": "data-analytics",
    "ENTARCH": "architecture",
    "PLCYPLN": "policy-acquisition",
    "SYSANALYSIS": "systems-analysis",
}
HR_CODE_RE = re.compile(r"\(\s*(" + "|".join(HR_CODES) + r")(?:\s*/\s*[A-Z]+)*\s*\)")
SERIES_FAMILIES = {
    "1550": "software-engineering",
    "0854": "software-engineering",
    "854": "software-engineering",
    "1560": "data-analytics",
    "1530": "data-analytics",
}
IT_WORDS = re.compile(
    r"\b(it|i\.t\.|information technology|information systems?|information security|software|"
    r"computer|network|"
    r"data|cyber\w*|cloud|digital|technology|technical|telecommunications)\b",
    re.IGNORECASE,
)
GENERIC_IT_TITLE = re.compile(
    r"\b(it|information technology|information systems?|computer|technology|digital services)"
    r"\s+(specialist|analyst|technician|officer|coordinator|professional|consultant)\b",
    re.IGNORECASE,
)
NAMES_IT = re.compile(r"\bIT\b|\b[Ii]nformation [Tt]echnology\b")
NON_TECH = re.compile(
    r"\b(civil|mechanical|structural|electrical|water|wastewater|sanitation|traffic|"
    r"environmental|chemical|geotechnical|nurse|nursing|custodian|custodial|electrician|"
    r"plumber|police|sheriff|firefighter|librarian|accountant|accounting|clerk|social worker|"
    r"physician|pharmacist|therapist|attorney|paralegal|mechanic|construction|building|"
    r"recreation|gardener|bus operator|hvac|security officer|security guard|"
    r"public safety|dispatcher|eligibility worker|psychiatric|dental|medical)\b",
    re.IGNORECASE,
)
ROLE_MANAGER = re.compile(
    r"\b(product|project|program|delivery|portfolio|case|account|vendor|content)\s+manager\b",
    re.IGNORECASE,
)
STAFF_LEAD = re.compile(
    r"\bstaff\s+(software|engineer|data|designer|developer|scientist|product)", re.IGNORECASE
)
PEOPLE_MANAGER = re.compile(
    r"\b(supervisory|supervisor|supervising|manager|director|chief|head of|cio|cto|ciso|"
    r"deputy director|general manager)\b",
    re.IGNORECASE,
)
# A role noun that implies entry level only when no class numeral says otherwise: a
# "technician" with no junior word after it on its line (``weak_entry``). One pattern,
# ``\btechnician\b(?!.*\b(junior|...)\b)``, read the rest of the line again after every
# "technician", quadratic in a feed's title (#27 H1).
TECHNICIAN = re.compile(r"\btechnician\b", re.I)
JUNIOR_WORD = re.compile(r"\b(junior|associate|assistant|aide|trainee)\b", re.I)
RAISE_PREFIX = re.compile(r"^\s*(supervisory|lead)\b", re.IGNORECASE)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
NUMERAL_RE = re.compile(r"(?:^|\s)(I{1,3}|IV|V|[1-5])\s*(?:$|[-\u2013(,/])")
DEFAULT_NUMERALS = {1: "entry", 2: "mid", 3: "senior", 4: "lead", 5: "lead"}
# Employers whose class numerals start at the journey level.
EMPLOYER_NUMERALS = [
    (
        re.compile(
            r"state of california|california department|^california|county of los angeles"
            r"|los angeles county|la county",
            re.IGNORECASE,
        ),
        {1: "mid", 2: "senior", 3: "lead", 4: "lead", 5: "lead"},
    ),
]
GRADE_RE = re.compile(r"\b(GS|GG|GM|IT|ES|SES)?[-\s]?(\d{1,2})\b", re.IGNORECASE)


def weak_entry(title: str) -> bool:
    """Whether a line of the title says "technician" with no junior word after it. Only each
    line's last "technician" is looked past, once: what follows it follows every earlier one
    too, so when it has no junior word after it the line has such a "technician", and when it
    has one, so has every earlier one."""
    for line in title.split("\n"):
        last = None
        for last in TECHNICIAN.finditer(line):  # noqa: B007 - the last one is wanted
            pass
        if last is not None and not JUNIOR_WORD.search(line, last.end()):
            return True
    return False


def _phrase_pattern(signals: list[str]) -> re.Pattern | None:
    """One alternation of whole-word phrases, longest first."""
    if not signals:
        return None
    ordered = sorted({s.lower() for s in signals}, key=len, reverse=True)
    body = "|".join(re.escape(s) for s in ordered)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@dataclass(frozen=True)
class Classification:
    """The classifier's answer. Non-technology jobs have neither family nor seniority."""

    role_family: str | None
    seniority: str | None
    top_seniority: str | None = None
    people_manager: bool = False


class Classifier:
    """Classifies titles with a given taxonomy's signals. Build it once per run."""

    def __init__(self, families: dict[str, list[str]], levels: dict[str, list[str]]) -> None:
        self.families = [
            (slug, pattern)
            for slug, signals in families.items()
            if (pattern := _phrase_pattern([s for s in signals if not s.startswith("(")]))
        ]
        self.levels = {
            slug: pattern
            for slug, signals in levels.items()
            if (pattern := _phrase_pattern(signals))
        }

    @classmethod
    def from_seed(cls) -> Classifier:
        """A classifier on the seeded taxonomy (no database needed)."""
        return cls(
            {t["slug"]: t["signals"].splitlines() for t in ROLE_FAMILIES},
            {t["slug"]: t["signals"].splitlines() for t in SENIORITY_LEVELS},
        )

    @classmethod
    def from_database(cls) -> Classifier:
        """A classifier on the taxonomy as organizers have edited it."""
        # Imported here, not above: the classifier itself needs no Django (the accuracy
        # benchmark runs it on the seeded taxonomy without a configured project).
        from jobboard.models import RoleFamily, SeniorityLevel

        return cls(
            {f.slug: f.signal_list() for f in RoleFamily.objects.ordered()},
            {s.slug: s.signal_list() for s in SeniorityLevel.objects.ordered()},
        )

    # Role family ---------------------------------------------------------------------------

    def role_family(
        self, title: str, *, series: list[str] | tuple[str, ...] = (), description: str = ""
    ) -> str | None:
        """The role family of a title, or None for a non-technology job."""
        lowered = title.lower()
        strong_it = IT_WORDS.search(title)
        code = HR_CODE_RE.search(title)
        if code:
            return HR_CODES[code.group(1)]
        family, span = self._best_signal(lowered)
        non_tech = NON_TECH.search(lowered)
        # "Water Systems Engineer" is not IT; "Chief Information Security Officer" is: an
        # exclusion loses to a technology signal that overlaps it, or to a strong IT word.
        if non_tech and not strong_it and not _overlaps(non_tech.span(), span):
            return None
        if family:
            return family
        for number in series:
            if number in SERIES_FAMILIES:
                return SERIES_FAMILIES[number]
            if number == "1102" and (strong_it or IT_WORDS.search(description)):
                return "policy-acquisition"
        if GENERIC_IT_TITLE.search(title) or NAMES_IT.search(title) or "2210" in series:
            return self._generic_it_family(lowered, description.lower())
        return None

    def _best_signal(self, text: str) -> tuple[str | None, tuple[int, int] | None]:
        """The family of the longest signal in the text and where it stands; leadership
        signals only when no function is named."""
        best, best_span = None, None
        for slug, pattern in self.families:
            if slug == LEADERSHIP_FAMILY:
                continue
            for match in pattern.finditer(text):
                if best_span is None or match.end() - match.start() > best_span[1] - best_span[0]:
                    best, best_span = slug, match.span()
        if best is None:
            for slug, pattern in self.families:
                if slug == LEADERSHIP_FAMILY and (match := pattern.search(text)):
                    return slug, match.span()
        return best, best_span

    def title_family(self, title: str) -> str | None:
        """The family named by the most specific signal in a title, or None when the title names
        no function (HR codes and series are not read here)."""
        return self._best_signal(plain_letters(title).lower())[0]

    def family_votes(self, text: str) -> dict[str, int]:
        """How many times each family's signals occur in a text (leadership left out): the weak
        evidence of a description or a list of duties."""
        text = text.lower()
        votes: dict[str, int] = {}
        for slug, pattern in self.families:
            if slug != LEADERSHIP_FAMILY:
                count = len(pattern.findall(text))
                if count:
                    votes[slug] = count
        return votes

    def _generic_it_family(self, title: str, description: str) -> str:
        votes = self.family_votes(description)
        if votes:
            return max(votes.items(), key=lambda item: item[1])[0]
        if re.search(r"\b(technician|student|intern|trainee|aide|assistant)\b", title):
            return "it-support"
        if "analyst" in title:
            return "systems-analysis"
        if re.search(r"\b(director|chief|manager)\b", title):
            return LEADERSHIP_FAMILY
        return "infrastructure-operations"

    # Seniority ------------------------------------------------------------------------------

    def seniority(
        self, title: str, *, grade: str = "", grade_high: str = "", employer: str = ""
    ) -> tuple[str, str]:
        """(seniority, top seniority) of a technology job's title."""
        low = grade_level(grade)
        high = grade_level(grade_high) or low
        if low:
            if RAISE_PREFIX.search(title):
                low, high = _raise(low), _raise(high)
            return low, high
        level = self._word_level(title)
        if level and not (level == "entry" and weak_entry(title)):
            return level, level
        numeral = _numeral_level(title, employer)
        if numeral:
            if RAISE_PREFIX.search(title):
                numeral = _raise(numeral)
            return numeral, numeral
        return level or "mid", level or "mid"

    def _word_level(self, title: str) -> str | None:
        text = ROLE_MANAGER.sub(" ", title.lower())
        text = re.sub(r"\bstudent trainee\b", "student", text)
        if STAFF_LEAD.search(text):
            return "lead"
        text = re.sub(r"\bstaff\b", " ", text)
        for level in WORD_PRIORITY:
            pattern = self.levels.get(level)
            if pattern and pattern.search(text):
                return level
        return None

    # Both -----------------------------------------------------------------------------------

    def classify(
        self,
        title: str,
        *,
        grade: str = "",
        grade_high: str = "",
        series: list[str] | tuple[str, ...] = (),
        employer: str = "",
        description: str = "",
    ) -> Classification:
        """Role family, seniority, top seniority and people-manager flag for one job (look-alike
        letters in the title read as the letters they imitate)."""
        title = plain_letters(title)
        family = self.role_family(title, series=series, description=description)
        if family is None:
            return Classification(None, None)
        seniority, top = self.seniority(
            title, grade=grade, grade_high=grade_high, employer=employer
        )
        manager = bool(PEOPLE_MANAGER.search(ROLE_MANAGER.sub(" ", title)))
        return Classification(family, seniority, top, manager)


def _overlaps(a: tuple[int, int], b: tuple[int, int] | None) -> bool:
    return b is not None and a[0] < b[1] and b[0] < a[1]


def grade_level(grade: str) -> str | None:
    """The ladder level of a federal grade such as 'GS-12', '12' or 'SES'."""
    if not grade:
        return None
    text = grade.strip().upper()
    if text in {"SES", "ES", "SL", "ST"} or text.startswith(("SES", "ES-")):
        return "executive"
    match = GRADE_RE.search(text)
    if not match:
        return None
    number = int(match.group(2))
    if number <= 4:
        return "intern"
    if number <= 8:
        return "entry"
    if number <= 11:
        return "mid"
    if number <= 13:
        return "senior"
    return "lead"


def _numeral_level(title: str, employer: str) -> str | None:
    match = NUMERAL_RE.search(title)
    if not match:
        return None
    token = match.group(1)
    number = ROMAN.get(token) or int(token)
    for pattern, mapping in EMPLOYER_NUMERALS:
        if employer and pattern.search(employer):
            return mapping[number]
    return DEFAULT_NUMERALS[number]


def _raise(level: str) -> str:
    index = LADDER.index(level)
    return LADDER[min(index + 1, LADDER.index("lead"))] if level != "executive" else level


@cache
def seed_classifier() -> Classifier:
    """A shared classifier on the seeded taxonomy, for pure code paths and tests."""
    return Classifier.from_seed()
