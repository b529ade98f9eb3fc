"""Role family and seniority for a job (docs/architecture.md, "Taxonomy").

The words are data: each family's and level's ``signals`` come from the taxonomy, which
organizers edit in the CMS. This module owns the mechanics around them:

Role family, first rule that answers wins:
0. an organizers' rule (``OrganizerRule``, kept as data in the taxonomy: a title phrase or an
   employer's class code, for one employer or all) gives the family and, if it says, the
   seniority;
1. a non-technology title (civil engineer, nurse, security officer...) with no strong IT word
   gets no family, nor a seniority; a few such words win even over an IT word
   (``HARD_NON_TECH``: a "Computer Science Teacher");
2. an HR code in the title, such as ``(APPSW)`` or ``(INFOSEC)``;
3. the most specific (longest) signal in the title; leadership signals count only when no
   function is named, since a leader whose title names a function belongs to that function;
4. the federal series (1550 and 0854 software, 1560 and 1530 data, 1102 with IT scope
   acquisition);
5. a generic IT title ("IT Specialist", series 2210): the description votes as a weak signal,
   else the title's noun decides (technician: support; analyst: systems analysis; otherwise
   infrastructure);
6. a vague title ("Specialist III", "Solutions Engineer": a professional noun, no family) is
   read with what the source says besides it: a signal in its category (EdJoin's job type,
   NEOGOV's and PageUp's categories, a civil-service class), else a category or department
   that names technology ("Information Tech. / Computer Svcs.", "Technology and Information
   Services") makes it a generic IT title; else its description decides only when several
   signals in it agree (``DESCRIPTION_VOTES``), so that one word in a long description never
   makes a custodian a technologist. A title with a non-technology word (rule 1) never gets
   this far.

Abbreviations common on company boards ("ML", "MLOps") are read as their words first.

Seniority: a federal grade beats title words; explicit words beat numerals; numerals are read
by employer (a State of California or LA County "I" is a full professional, ``mid``); no
modifier means ``mid``; a "Supervisory" or "Lead" prefix raises a grade- or numeral-derived
level by one (never past ``lead``: executive needs SES or an executive title). The ladder itself,
its order and its grades, is the taxonomy's (``jobboard.ladder``).

Each answer comes with its reasons (``Decision``): the rules that gave it, named by ``Rule``, with
what they read, so that a page explaining a classification (the federal crosswalk) shows the
classifier's own reasons instead of working them out again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ingest.titles import plain_letters
from jobboard.ladder import grade_level, raise_one
from jobboard.taxonomy_seed import ROLE_FAMILIES, SENIORITY_LEVELS

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
# Non-technology words that no IT word overrides: a "Computer Science Teacher" teaches, a
# "Warehouse Worker (Technology and Information Services)" stocks shelves (a "Data Warehouse
# Engineer" is read by NON_TECH, where the IT word wins).
HARD_NON_TECH = re.compile(r"\b(teacher|instructor|warehouse worker)\b", re.IGNORECASE)
NAMES_IT = re.compile(r"\bIT\b|\b[Ii]nformation [Tt]echnology\b")
NON_TECH = re.compile(
    r"\b(civil|mechanical|structural|electrical|water|wastewater|sanitation|traffic|"
    r"environmental|chemical|geotechnical|nurse|nursing|custodian|custodial|electrician|"
    r"plumber|police|sheriff|firefighter|librarian|accountant|accounting|clerk|social worker|"
    r"physician|pharmacist|therapist|attorney|paralegal|mechanic|construction|building|"
    r"recreation|gardener|bus operator|hvac|security officer|security guard|"
    r"public safety|dispatcher|eligibility worker|psychiatric|dental|medical|"
    r"facilities|warehouse|hardware|electronics|administrative|account executive|"
    r"customer success|behavior|fiscal)\b",
    re.IGNORECASE,
)
# A professional noun that names no function: the title is vague and the source's other fields
# may say what it is (rule 6).
VAGUE_ROLE = re.compile(
    r"\b(specialist|analyst|engineer|technician|coordinator|administrator|consultant|"
    r"associate|trainee|intern|student|programmer|officer)\b",
    re.IGNORECASE,
)
# A category or department that names technology work.
TECH_CONTEXT = re.compile(
    r"\b(information tech\w*|computer svcs|computer services|it and computers|"
    r"information technology|information services|technology services|"
    r"technology and information services|information systems)\b",
    re.IGNORECASE,
)
# The description decides a vague title only when it names this many signals, the winning
# family at least half of them.
DESCRIPTION_VOTES = 3
ABBREVIATIONS = (
    (re.compile(r"\bml\s*ops\b"), "machine learning operations"),
    (re.compile(r"\bml\b"), "machine learning"),
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
NUMERAL_RE = re.compile(r"(?:^|\s)(I{1,3}|IV|V|[1-5])\s*(?:$|[-\u2013(,/:])")
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
GENERIC_IT_NOUNS = (
    (re.compile(r"\b(technician|student|intern|trainee|aide|assistant)\b"), "it-support"),
    (re.compile(r"analyst"), "systems-analysis"),
    (re.compile(r"\b(director|chief|manager)\b"), LEADERSHIP_FAMILY),
)
GENERIC_IT_DEFAULT = "infrastructure-operations"


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


class Rule(StrEnum):
    """The rules a decision can rest on, in the terms of the module's docstring."""

    # Role family
    NON_TECHNOLOGY = "non-technology"  # a non-technology word and no IT word
    HR_CODE = "hr-code"  # "(APPSW)"
    TITLE_SIGNAL = "title-signal"  # the most specific signal in the title
    SERIES = "series"  # a series that means a family (1550, 1560...)
    IT_SCOPE_SERIES = "it-scope-series"  # 1102 with an IT word in the title or description
    GENERIC_IT_DUTIES = "generic-it-duties"  # a generic IT title; the description's signals
    GENERIC_IT_TITLE = "generic-it-title"  # a generic IT title; its noun, or the default
    CATEGORY_SIGNAL = "category-signal"  # a vague title; a signal in the source's category
    TECH_CATEGORY = "technology-category"  # a vague title; a category naming technology
    DESCRIPTION = "description-signals"  # a vague title; several agreeing description signals
    ORGANIZER_RULE = "organizer-rule"  # an organizers' rule (title phrase or class code)
    NOTHING = "nothing"  # no family signal of any kind
    # Seniority
    GRADE = "grade"  # the federal grade's rung
    RAISED = "raised"  # a "Supervisory" or "Lead" prefix raised the level one rung
    WORDS = "words"  # an explicit seniority word
    NUMERAL = "numeral"  # a class numeral, read by employer
    NO_MODIFIER = "no-modifier"  # nothing said: mid


@dataclass(frozen=True)
class Reason:
    """One rule that decided: what it read (a code, a word, a grade; "" when it read nothing in
    particular) and what it concluded."""

    rule: Rule
    evidence: str
    answer: str | None


@dataclass(frozen=True)
class Decision:
    """One part of the classifier's answer with the rules that gave it, in the order they
    applied. ``top`` is the top of a grade range (seniority only)."""

    answer: str | None
    reasons: tuple[Reason, ...]
    top: str | None = None

    def reason(self, rule: Rule) -> Reason | None:
        """The reason given by a rule, if that rule took part."""
        return next((r for r in self.reasons if r.rule == rule), None)


@dataclass(frozen=True)
class Classification:
    """The classifier's answer, with the reasons for the family and then for the seniority.
    Non-technology jobs have neither family nor seniority."""

    role_family: str | None
    seniority: str | None
    top_seniority: str | None = None
    people_manager: bool = False
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class OrganizerRule:
    """An organizers' decision kept as data (``jobboard.models.ClassificationRule``): a job
    whose title has ``phrase`` (whole words) or whose title or category has ``class_code``, at
    ``employer`` when one is named, gets ``family`` (None: not technology) and ``seniority``
    when it is set."""

    number: int
    phrase: str
    class_code: str
    employer: str
    family: str | None
    seniority: str | None

    def matches(self, title: str, category: str, employer: str) -> str | None:
        """What the rule read in the job ("phrase" or "code"), or None when it does not apply."""
        if self.employer and self.employer.casefold() != employer.casefold():
            return None
        if self.phrase and _has_words(self.phrase, title):
            return self.phrase
        if self.class_code and _has_words(self.class_code, f"{title} {category}"):
            return self.class_code
        return None


def _has_words(words: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w]){re.escape(words.casefold())}(?![\w])", text.casefold()))


class Classifier:
    """Classifies titles with a given taxonomy's signals. Build it once per run."""

    def __init__(
        self,
        families: dict[str, list[str]],
        levels: dict[str, list[str]],
        rules: list[OrganizerRule] | tuple[OrganizerRule, ...] = (),
    ) -> None:
        self.rules = tuple(rules)
        # What the answers depend on besides a listing: ingest normalises a listing again when
        # it changes, so that organizers' signals and rules reach unchanged listings too.
        self.fingerprint = hashlib.sha256(
            repr((sorted(families.items()), sorted(levels.items()), self.rules)).encode()
        ).hexdigest()[:16]
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
        from jobboard.models import ClassificationRule, RoleFamily, SeniorityLevel

        return cls(
            {f.slug: f.signal_list() for f in RoleFamily.objects.ordered()},
            {s.slug: s.signal_list() for s in SeniorityLevel.objects.ordered()},
            [
                OrganizerRule(
                    number=rule.pk,
                    phrase=rule.phrase.strip(),
                    class_code=rule.class_code.strip(),
                    employer=rule.employer.name if rule.employer_id else "",
                    family=rule.role_family.slug if rule.role_family_id else None,
                    seniority=rule.seniority.slug if rule.seniority_id else None,
                )
                for rule in ClassificationRule.objects.for_classifier()
            ],
        )

    # Role family ---------------------------------------------------------------------------

    def decide_family(
        self,
        title: str,
        *,
        series: list[str] | tuple[str, ...] = (),
        description: str = "",
        category: str = "",
        department: str = "",
    ) -> Decision:
        """The role family of a title (None for a non-technology job) and the rule that gave it;
        ``category`` and ``department`` are what the source says besides the title (rule 6)."""
        lowered = _expanded(title.lower())
        strong_it = IT_WORDS.search(title)
        code = HR_CODE_RE.search(title)
        if code:
            return _decided(Rule.HR_CODE, code.group(1), HR_CODES[code.group(1)])
        if hard := HARD_NON_TECH.search(lowered):
            return _decided(Rule.NON_TECHNOLOGY, hard.group(0), None)
        family, span = self._best_signal(lowered)
        non_tech = NON_TECH.search(lowered)
        # "Water Systems Engineer" is not IT; "Chief Information Security Officer" is: an
        # exclusion loses to a technology signal that overlaps it, or to a strong IT word.
        if non_tech and not strong_it and not _overlaps(non_tech.span(), span):
            return _decided(Rule.NON_TECHNOLOGY, non_tech.group(0), None)
        if family:
            return _decided(Rule.TITLE_SIGNAL, lowered[span[0] : span[1]], family)
        for number in series:
            if number in SERIES_FAMILIES:
                return _decided(Rule.SERIES, number, SERIES_FAMILIES[number])
            if number == "1102" and (strong_it or IT_WORDS.search(description)):
                return _decided(Rule.IT_SCOPE_SERIES, number, "policy-acquisition")
        if GENERIC_IT_TITLE.search(title) or NAMES_IT.search(title) or "2210" in series:
            return self._generic_it_family(lowered, description.lower())
        if VAGUE_ROLE.search(lowered):
            return self._vague_title_family(lowered, category, department, description)
        return _decided(Rule.NOTHING, "", None)

    def _vague_title_family(
        self, title: str, category: str, department: str, description: str
    ) -> Decision:
        """Rule 6: a vague title's family from its category's signal, a category or department
        that names technology, or several agreeing signals in its description."""
        named, _ = self._best_signal(_expanded(category.lower()))
        if named:
            return _decided(Rule.CATEGORY_SIGNAL, category, named)
        context = TECH_CONTEXT.search(category) or TECH_CONTEXT.search(department)
        if context:
            generic = self._generic_it_family(title, description.lower())
            return Decision(
                generic.answer,
                (Reason(Rule.TECH_CATEGORY, context.group(0), None), *generic.reasons),
            )
        votes = self.family_votes(description)
        total = sum(votes.values())
        if total >= DESCRIPTION_VOTES:
            family, count = max(votes.items(), key=lambda item: item[1])
            if count * 2 >= total:
                return _decided(Rule.DESCRIPTION, f"{count} of {total}", family)
        return _decided(Rule.NOTHING, "", None)

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

    def _generic_it_family(self, title: str, description: str) -> Decision:
        """A generic IT title's family: the description's strongest family, else the title's
        noun's, else infrastructure."""
        votes = self.family_votes(description)
        if votes:
            family = max(votes.items(), key=lambda item: item[1])[0]
            return _decided(Rule.GENERIC_IT_DUTIES, "", family)
        for noun, family in GENERIC_IT_NOUNS:
            if match := noun.search(title):
                return _decided(Rule.GENERIC_IT_TITLE, match.group(0), family)
        return _decided(Rule.GENERIC_IT_TITLE, "", GENERIC_IT_DEFAULT)

    # Seniority ------------------------------------------------------------------------------

    def decide_seniority(
        self, title: str, *, grade: str = "", grade_high: str = "", employer: str = ""
    ) -> Decision:
        """The seniority of a technology job's title, the top of its grade range (``top``), and
        the rules that gave them."""
        low = grade_level(grade)
        if low:
            high = grade_level(grade_high) or low
            return _raised(title, Reason(Rule.GRADE, grade, low), high)
        word, level = self._word_level(title)
        if level and not (level == "entry" and weak_entry(title)):
            return Decision(level, (Reason(Rule.WORDS, word, level),), level)
        numeral = NUMERAL_RE.search(title)
        if numeral:
            level = _numeral_level(numeral.group(1), employer)
            return _raised(title, Reason(Rule.NUMERAL, numeral.group(1), level), level)
        if level:
            return Decision(level, (Reason(Rule.WORDS, word, level),), level)
        return Decision("mid", (Reason(Rule.NO_MODIFIER, "", "mid"),), "mid")

    def _word_level(self, title: str) -> tuple[str, str | None]:
        """The explicit seniority word of a title and its level, or ("", None)."""
        text = ROLE_MANAGER.sub(" ", title.lower())
        text = re.sub(r"\bstudent trainee\b", "student", text)
        if match := STAFF_LEAD.search(text):
            return match.group(0), "lead"
        text = re.sub(r"\bstaff\b", " ", text)
        for level in WORD_PRIORITY:
            pattern = self.levels.get(level)
            if pattern and (match := pattern.search(text)):
                return match.group(0), level
        return "", None

    # Both -----------------------------------------------------------------------------------

    def _organizer_rule(self, title: str, category: str, employer: str) -> Decision | None:
        """The first organizers' rule that applies, as a family decision whose ``top`` carries
        the rule's seniority (None: the classifier's own)."""
        for rule in self.rules:
            read = rule.matches(title, category, employer)
            if read is not None:
                reason = Reason(Rule.ORGANIZER_RULE, f"#{rule.number} {read}", rule.family)
                return Decision(rule.family, (reason,), rule.seniority)
        return None

    def classify(
        self,
        title: str,
        *,
        grade: str = "",
        grade_high: str = "",
        series: list[str] | tuple[str, ...] = (),
        employer: str = "",
        description: str = "",
        category: str = "",
        department: str = "",
    ) -> Classification:
        """Role family, seniority, top seniority and people-manager flag for one job (look-alike
        letters in the title read as the letters they imitate)."""
        title = plain_letters(title)
        ruled = self._organizer_rule(title, category, employer)
        family = ruled or self.decide_family(
            title,
            series=series,
            description=description,
            category=category,
            department=department,
        )
        if family.answer is None:
            return Classification(None, None, reasons=family.reasons)
        seniority = self.decide_seniority(
            title, grade=grade, grade_high=grade_high, employer=employer
        )
        if ruled and (level := ruled.top):
            seniority = Decision(level, (Reason(Rule.ORGANIZER_RULE, "", level),), level)
        manager = bool(PEOPLE_MANAGER.search(ROLE_MANAGER.sub(" ", title)))
        return Classification(
            family.answer,
            seniority.answer,
            seniority.top,
            manager,
            reasons=family.reasons + seniority.reasons,
        )


def _expanded(text: str) -> str:
    """Lower-case text with its abbreviations written out ("ml ops" -> "machine learning
    operations")."""
    if "ml" not in text:  # a scan in C spares the patterns on most titles
        return text
    for pattern, words in ABBREVIATIONS:
        text = pattern.sub(words, text)
    return text


def _overlaps(a: tuple[int, int], b: tuple[int, int] | None) -> bool:
    return b is not None and a[0] < b[1] and b[0] < a[1]


def _decided(rule: Rule, evidence: str, answer: str | None) -> Decision:
    """A decision resting on one rule."""
    return Decision(answer, (Reason(rule, evidence, answer),))


def _raised(title: str, base: Reason, top: str) -> Decision:
    """A grade- or numeral-derived level (``base``), raised one rung by a "Supervisory" or
    "Lead" prefix; the raise is a reason only where it changed the level."""
    prefix = RAISE_PREFIX.search(title)
    if not prefix:
        return Decision(base.answer, (base,), top)
    level = raise_one(base.answer)
    raised = (Reason(Rule.RAISED, prefix.group(1), level),) if level != base.answer else ()
    return Decision(level, (base, *raised), raise_one(top))


def _numeral_level(token: str, employer: str) -> str:
    """The level of a class numeral ("I" to "V", 1 to 5) at an employer."""
    number = ROMAN.get(token) or int(token)
    for pattern, mapping in EMPLOYER_NUMERALS:
        if employer and pattern.search(employer):
            return mapping[number]
    return DEFAULT_NUMERALS[number]


@cache
def seed_classifier() -> Classifier:
    """A shared classifier on the seeded taxonomy, for pure code paths and tests."""
    return Classifier.from_seed()
