"""A federal position in, its place in this site's taxonomy out, with the reasons in plain words
(docs/architecture.md, "From federal service").

Pure: it reads a ``Crosswalk`` and the ingest classifier's signals and touches no database, so a
table of federal positions can test it. The page and the API add the live jobs and the guide
(``pathways.services``).

Role family, first evidence that answers wins:
1. a 2210 specialty in the title's parentheses ("(INFOSEC)", "(Data Scientist)");
2. the most specific role-family signal in the title (the classifier's, e.g. "data scientist");
3. a specialty's spelled-out words anywhere in the title ("Network Services");
4. the family the series usually means (1550: software, 1560: data...);
5. the duties text: the family whose signals it names most;
6. for a technology series with no other evidence, the classifier's rule for generic IT titles,
   said to be an assumption.
A series that is technology work only sometimes (0343, 1102, 0301...) needs evidence from the
title or the duties; a non-technology series never matches, and says so.

Seniority: the grade on the ladder (GS-12 and GS-13 are senior; SES, SL and ST executive), raised
one level by a "Supervisory" or "Lead" title, as in ingest; with no grade, the title decides. The
reasons given are the classifier's own (``Decision.reasons``), put in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ingest.classifier import IT_WORDS, Classifier, Rule, seed_classifier
from ingest.titles import plain_letters
from jobboard.ladder import EXECUTIVE, LADDER
from pathways.crosswalk import Crosswalk, LocalClass, PayRange, Series, Specialty, Term

MAX_TEXT = 2000
MAX_TITLE = 200
LEVELS = ("state", "county", "city", "education", "nonprofit")
# The families a 2210 most often turns out to be, offered when nothing in the input says which.
COMMON_2210 = (
    "systems-analysis",
    "infrastructure-operations",
    "it-support",
    "software-engineering",
    "cybersecurity",
)
# What a person types in the series and grade boxes: "GS-2210-12" and "GS-12 step 4" are the
# longest that make sense. The page's form and the API's schema refuse longer input, and so does
# the parser, before any pattern reads it.
MAX_SERIES = 20
MAX_GRADE = 20
# The parser reads the input with its whitespace collapsed to single spaces, and these patterns
# cannot backtrack over it (#27 H1: "GS" and 4 KB of spaces held a worker for minutes): every
# run of spaces is taken whole by a possessive quantifier, each separator is a separate branch
# rather than a class that also matches the spaces around it, and only ASCII digits are read.
# What they accept is what the earlier patterns accepted (tests/test_security_regex.py compares
# them on every short combination of the inputs' pieces).
SERIES_RE = re.compile(
    r"^(?:(?P<plan>[A-Z]{2,3})(?:\s++(?:-\s*+)?+|-\s*+))?(?P<series>[0-9]++)"
    r"(?:(?:\s++(?:[-/]\s*+)?+|[-/]\s*+)(?P<grade>[0-9]{1,2}))?$",
    re.ASCII,
)
GRADE_RE = re.compile(
    r"^(?P<plan>[A-Z]{2,3})?\s*+(?:-\s*+)?+(?P<number>[0-9]{1,3})?"
    r"(?:\s*+(?:/|,|STEP)\s*+[0-9]{1,2})?$",
    re.ASCII,
)
# Families people often move between, offered after the evidence's own alternatives.
ADJACENT = {
    "cybersecurity": ("infrastructure-operations", "policy-acquisition", "architecture"),
    "software-engineering": ("architecture", "infrastructure-operations", "data-analytics"),
    "data-analytics": ("software-engineering", "systems-analysis"),
    "it-support": ("infrastructure-operations", "systems-analysis"),
    "infrastructure-operations": ("cybersecurity", "architecture", "it-support"),
    "systems-analysis": ("product-delivery", "data-analytics", "software-engineering"),
    "product-delivery": ("systems-analysis", "design-research"),
    "design-research": ("product-delivery", "systems-analysis"),
    "architecture": ("infrastructure-operations", "software-engineering"),
    "policy-acquisition": ("product-delivery", "cybersecurity"),
    "it-leadership": ("product-delivery", "architecture"),
}
PARENTHETICAL = re.compile(r"\(([^)]*)\)")


class PositionError(ValueError):
    """Input the matcher cannot read; ``field`` names the input, the message says what works."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Position:
    """What a person typed, parsed: the series, the pay plan and grade, the title and duties."""

    series: str = ""
    plan: str = ""
    grade: int | None = None
    title: str = ""
    text: str = ""

    @property
    def grade_label(self) -> str:
        """ "GS-12", "SES" or ""."""
        if not self.plan:
            return ""
        return f"{self.plan}-{self.grade}" if self.grade else self.plan


@dataclass(frozen=True)
class Alternative:
    slug: str
    name: str
    reason: str


@dataclass(frozen=True)
class LocalOption:
    """A local class offered for the match; ``exact`` is False when it is the nearest level an
    employer has rather than the person's own."""

    local_class: LocalClass
    exact: bool


@dataclass
class Match:
    position: Position
    series: Series | None
    role_family: Term | None
    seniority: Term | None
    federal_pay: PayRange | None
    alternatives: list[Alternative] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    local: dict[str, list[LocalOption]] = field(default_factory=dict)
    message: str = ""

    @property
    def technology(self) -> bool:
        return self.role_family is not None


# Parsing ---------------------------------------------------------------------------------------


def parse_position(
    crosswalk: Crosswalk, *, series: str = "", grade: str = "", title: str = "", text: str = ""
) -> Position:
    """Read the four inputs, raising PositionError for the first one that makes no sense."""
    title = " ".join(_clean(title).split())
    text = _clean(text).strip()
    if len(title) > MAX_TITLE:
        raise PositionError(
            "title",
            _("The title is too long: at most %(limit)s characters.") % {"limit": MAX_TITLE},
        )
    if len(text) > MAX_TEXT:
        raise PositionError(
            "text",
            _(
                "The duties are too long: at most %(limit)s characters (you entered "
                "%(count)s). Paste the most important lines."
            )
            % {
                "limit": number_format(MAX_TEXT, force_grouping=True),
                "count": number_format(len(text), force_grouping=True),
            },
        )
    code, plan, number = parse_series(series)
    if grade.strip():
        plan, number = parse_grade(grade, crosswalk)
    elif plan or number:
        plan, number = parse_grade(f"{plan or 'GS'}-{number}" if number else plan, crosswalk)
    if not (code or title or text):
        raise PositionError("series", _("Enter your series (such as 2210) or your position title."))
    return Position(series=code, plan=plan, grade=number, title=title, text=text)


def parse_series(raw: str) -> tuple[str, str, int | None]:
    """(series, pay plan, grade) from "2210", "GS-2210" or "GS-2210-12"."""
    text = _code_text(raw, MAX_SERIES)
    if text == "":
        return "", "", None
    match = SERIES_RE.match(text) if text is not None else None
    if not match:
        raise PositionError(
            "series",
            _("The series is the four-digit number of your position, such as 2210 or 0854."),
        )
    code = match.group("series")
    if len(code) != 4:
        message = (
            _(
                "A series has four digits, such as 2210 or 0854, not %(code)s. "
                "Write it as %(padded)s."
            )
            if len(code) < 4
            else _("A series has four digits, such as 2210 or 0854, not %(code)s.")
        )
        raise PositionError("series", message % {"code": code[:8], "padded": code.zfill(4)})
    grade = int(match.group("grade")) if match.group("grade") else None
    return code, match.group("plan") or "", grade


def parse_grade(raw: str, crosswalk: Crosswalk) -> tuple[str, int | None]:
    """(pay plan, grade) from "12", "GS-12", "gs12", "GS-12 step 4" or "SES"."""
    text = _code_text(raw, MAX_GRADE)
    match = GRADE_RE.match(text) if text is not None else None
    if not match or not (match.group("plan") or match.group("number")):
        raise PositionError(
            "grade",
            _("Enter your grade as a number or with its pay plan, such as 12, GS-12 or SES."),
        )
    plan = match.group("plan") or "GS"
    plan = "SES" if plan == "ES" else plan
    known = crosswalk.pay_plans.get(plan)
    if known is None:
        plans = ", ".join(sorted(crosswalk.pay_plans))
        raise PositionError(
            "grade",
            _(
                "This tool does not know the pay plan %(plan)s. It reads %(plans)s; for another "
                "plan, enter the GS grade your position was equal to."
            )
            % {"plan": plan[:3], "plans": plans},
        )
    if known.kind == "executive":
        return plan, None
    if not match.group("number"):
        raise PositionError(
            "grade", _("Add the grade number, such as %(plan)s-12.") % {"plan": plan}
        )
    number = int(match.group("number"))
    low, high = known.min_grade or 1, known.max_grade or 15
    if not low <= number <= high:
        raise PositionError(
            "grade",
            _("%(plan)s grades run from %(low)s to %(high)s; %(plan)s-%(number)s is not one.")
            % {"plan": plan, "low": low, "high": high, "number": number},
        )
    return plan, number


def _code_text(raw: str, limit: int) -> str | None:
    """A series or grade box as the patterns read it: printable, in capitals, each run of
    whitespace one space; None (no pattern reads it) when the box holds more than ``limit``
    characters."""
    raw = raw or ""
    if len(raw) > limit:
        return None
    return " ".join(_clean(raw).upper().split())


def _clean(value: str) -> str:
    """Printable text only: control characters become spaces."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in value or "")


# Matching ----------------------------------------------------------------------------------------


def match_position(
    position: Position, crosswalk: Crosswalk, classifier: Classifier | None = None
) -> Match:
    """Role family, alternatives, seniority, reasons, federal pay and local classes."""
    classifier = classifier or seed_classifier()
    series = crosswalk.series.get(position.series) if position.series else None
    reasons: list[str] = []
    evidence = _Evidence(position, crosswalk, classifier)
    family, alternatives = _decide_family(position, series, crosswalk, evidence, reasons)
    level = _seniority(position, evidence.classifier, crosswalk, reasons) if family else None
    match = Match(
        position=position,
        series=series,
        role_family=crosswalk.families.get(family) if family else None,
        seniority=crosswalk.seniorities.get(level) if level else None,
        federal_pay=_federal_pay(position, crosswalk, reasons),
        alternatives=_alternatives(alternatives, family, crosswalk),
        reasons=reasons,
    )
    if family and level:
        match.local = local_options(crosswalk, family, level)
    match.message = _message(match)
    return match


def _alternatives(
    candidates: list[tuple[str, str]], chosen: str | None, crosswalk: Crosswalk
) -> list[Alternative]:
    """At most three other families, each once, with the strongest reason given for it."""
    seen = {chosen}
    found = []
    for slug, reason in candidates:
        if slug not in seen and slug in crosswalk.families:
            seen.add(slug)
            found.append(Alternative(slug, crosswalk.families[slug].name, reason))
    return found[:3]


class _Evidence:
    """What the title and the duties say, read once."""

    def __init__(self, position: Position, crosswalk: Crosswalk, classifier: Classifier) -> None:
        self.classifier = classifier
        title = plain_letters(position.title)
        lowered = title.lower()
        self.specialties = _specialties_in_parentheses(title, crosswalk)
        self.title_family = classifier.title_family(title) if title else None
        self.title_words = [
            s for s in crosswalk.specialties if any(_has_phrase(lowered, w) for w in s.words)
        ]
        signal_votes = classifier.family_votes(position.text) if position.text else {}
        votes = dict(signal_votes)
        lowered_text = position.text.lower()
        for specialty in crosswalk.specialties:
            hits = sum(_count_phrase(lowered_text, w) for w in specialty.words)
            if hits:
                votes[specialty.role_family] = votes.get(specialty.role_family, 0) + hits
        self.votes = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
        # Evidence of technology work, for series that are technology only sometimes: an HR
        # code, a role-family signal or an IT word. "Program manager" alone is not.
        # The series' own title words prove nothing: a 0080 "Security Specialist" is the
        # series' usual title, not cybersecurity.
        own = series_words(crosswalk.series.get(position.series))
        beyond = " ".join(w for w in re.findall(r"[\w()/&-]+", title) if w.lower() not in own)
        self.technology = bool(
            any(s.code for s, _ in self.specialties)
            or (beyond and classifier.title_family(beyond))
            or signal_votes
            or IT_WORDS.search(title)
            or IT_WORDS.search(position.text)
        )


def series_words(series: Series | None) -> set[str]:
    """The longer words of a series' title ("security", "administration")."""
    if series is None:
        return set()
    return {w.lower() for w in re.findall(r"\w+", series.title) if len(w) > 3}


Candidates = list[tuple[str, str]]  # (family, reason), strongest first


def _decide_family(
    position: Position,
    series: Series | None,
    crosswalk: Crosswalk,
    evidence: _Evidence,
    reasons: list[str],
) -> tuple[str | None, Candidates]:
    """The role family and the other families worth offering, each with its reason, by the
    steps of the module's docstring: gather the evidence, strongest first (steps 1 to 5); refuse
    a non-technology series, and a series that needs evidence when none names technology; take
    the strongest evidence; else assume what the series usually is (step 6). Adds the reasons
    for the choice to ``reasons``."""
    names = {slug: term.name for slug, term in crosswalk.families.items()}
    label = _series_label(position, series)
    candidates = [
        *_specialties_in_title_parentheses(evidence, names, label),
        *_title_signal(position, evidence, names),
        *_specialty_words_in_title(evidence, names),
        *_series_family(series, names),
        *_duties_votes(evidence, names),
    ]
    if series is not None and series.technology == "no":
        return None, _not_technology_series(series, candidates, reasons)
    if series is None and position.series:
        reasons.append(
            _("Series %(series)s is not in our crosswalk yet, so your title and duties decide.")
            % {"series": position.series}
        )
    needs_evidence = series is None or series.technology == "sometimes"
    if needs_evidence and not evidence.technology:
        _no_technology_named(series, reasons)
        return None, candidates
    if candidates:
        return _strongest(candidates, names, reasons)
    return _assumed_generic_it(position, label, evidence.classifier, names, reasons)


def _specialties_in_title_parentheses(
    evidence: _Evidence, names: dict[str, str], label: str
) -> Candidates:
    """Step 1: a 2210 specialty in the title's parentheses ("(INFOSEC)", "(Data Scientist)")."""
    return [
        (
            specialty.role_family,
            (
                _("%(label)s (%(written)s) is %(family)s work.")
                if specialty.code
                else _("“%(written)s” in your title is %(family)s work.")
            )
            % {"label": label, "written": written, "family": names[specialty.role_family]},
        )
        for specialty, written in evidence.specialties
    ]


def _title_signal(position: Position, evidence: _Evidence, names: dict[str, str]) -> Candidates:
    """Step 2: the most specific role-family signal in the title (the classifier's)."""
    if not evidence.title_family:
        return []
    return [
        (
            evidence.title_family,
            _("Your title, “%(title)s”, names %(family)s work.")
            % {"title": position.title, "family": names[evidence.title_family]},
        )
    ]


def _specialty_words_in_title(evidence: _Evidence, names: dict[str, str]) -> Candidates:
    """Step 3: a specialty's spelled-out words anywhere in the title ("Network Services")."""
    return [
        (
            specialty.role_family,
            _("“%(written)s” in your title is %(family)s work.")
            % {"written": specialty.name, "family": names[specialty.role_family]},
        )
        for specialty in evidence.title_words
    ]


def _series_family(series: Series | None, names: dict[str, str]) -> Candidates:
    """Step 4: the family the series usually means (1550: software, 1560: data...)."""
    if not (series and series.role_family and series.technology != "no"):
        return []
    usually = (
        _("%(code)s %(title)s usually means %(family)s work.")
        if series.technology == "yes"
        else _(
            "%(code)s %(title)s is %(family)s work when the duties are technology, and "
            "yours name technology."
        )
    )
    values = {"code": series.code, "title": series.title, "family": names[series.role_family]}
    return [(series.role_family, usually % values)]


def _duties_votes(evidence: _Evidence, names: dict[str, str]) -> Candidates:
    """Step 5: the duties text, the family whose signals it names most first."""
    return [
        (
            slug,
            ngettext(
                "Your duties name %(family)s work once.",
                "Your duties name %(family)s work %(count)s times.",
                count,
            )
            % {"family": names[slug], "count": count},
        )
        for slug, count in evidence.votes
    ]


def _not_technology_series(
    series: Series, candidates: Candidates, reasons: list[str]
) -> Candidates:
    """A non-technology series never matches, and says so; the evidence becomes places to
    look if that was the person's main work."""
    reasons.append(
        _("%(code)s %(title)s is not technology work, so we do not match it to technology jobs.")
        % {"code": series.code, "title": series.title}
    )
    if series.note:
        reasons.append(series.note)
    return [
        (slug, _("%(reason)s If that was your main work, look there.") % {"reason": why})
        for slug, why in candidates
    ]


def _no_technology_named(series: Series | None, reasons: list[str]) -> None:
    """Why a series that is technology only sometimes, or no known series, does not match when
    nothing entered names technology."""
    if series is None:
        reasons.append(_("Nothing in what you entered names technology work."))
        return
    reasons.append(
        series.note
        or _("%(code)s %(title)s is technology work only when the duties are.")
        % {"code": series.code, "title": series.title}
    )
    reasons.append(_("Add your position title or a few lines of your duties to match it."))


def _strongest(
    candidates: Candidates, names: dict[str, str], reasons: list[str]
) -> tuple[str, Candidates]:
    """The strongest evidence decides; the rest, then the families people often move to from
    it, are the alternatives."""
    family, reason = candidates[0]
    reasons.append(reason)
    close = [
        (
            slug,
            _("Close to %(family)s: people often move between the two.")
            % {"family": names[family]},
        )
        for slug in ADJACENT.get(family, ())
    ]
    return family, candidates[1:] + close


def _assumed_generic_it(
    position: Position,
    label: str,
    classifier: Classifier,
    names: dict[str, str],
    reasons: list[str],
) -> tuple[str | None, Candidates]:
    """Step 6: a technology series (or IT words) with nothing that says which kind of work:
    the classifier's rule for a generic IT title (a 2210 with no specialty), said to be an
    assumption; the families a 2210 most often is are the alternatives."""
    family = classifier.decide_family(
        position.title or "IT Specialist", series=[position.series or "2210"]
    ).answer
    many = (
        _("Many %(series)ss do %(family)s work.")
        if position.series
        else _("Many IT specialists do %(family)s work.")
    )
    common = [
        (slug, many % {"series": position.series, "family": names[slug]}) for slug in COMMON_2210
    ]
    if family is None:
        reasons.append(_("Nothing in what you entered says which kind of technology work it was."))
        return None, common
    reasons.append(
        _(
            "%(label)s covers many kinds of IT work and nothing you entered says which, so we "
            "assumed %(family)s. Add your specialty (such as INFOSEC or APPSW) or your duties "
            "for a better match."
        )
        % {"label": label, "family": names[family]}
    )
    return family, common


def _seniority(
    position: Position, classifier: Classifier, crosswalk: Crosswalk, reasons: list[str]
) -> str:
    """The level on the ladder, with the classifier's reasons for it in words."""
    names = {slug: term.name for slug, term in crosswalk.seniorities.items()}
    if position.plan and position.grade is None:  # SES, SL, ST
        reasons.append(
            _("%(plan)s is “%(level)s” in this site's ladder.")
            % {"plan": position.plan, "level": names[EXECUTIVE]}
        )
        return EXECUTIVE
    if position.grade is not None:
        decision = classifier.decide_seniority(position.title, grade=f"GS-{position.grade}")
        base = decision.reason(Rule.GRADE).answer
        grades = crosswalk.seniorities[base].federal_grades
        ladder = f" ({grades})" if grades else ""
        reasons.append(
            _("%(grade)s is “%(level)s” in this site's ladder%(grades)s.")
            % {"grade": position.grade_label, "level": names[base], "grades": ladder}
        )
        if raised := decision.reason(Rule.RAISED):
            reasons.append(
                _("“%(prefix)s” in your title raises it one level, to “%(level)s”.")
                % {"prefix": raised.evidence.capitalize(), "level": names[raised.answer]}
            )
        return decision.answer
    level = classifier.decide_seniority(position.title).answer if position.title else "mid"
    reasons.append(
        _("With no grade, your title decides the level: “%(level)s”.") % {"level": names[level]}
    )
    return level


def _federal_pay(position: Position, crosswalk: Crosswalk, reasons: list[str]) -> PayRange | None:
    plan = crosswalk.pay_plans.get(position.plan)
    if plan is None:
        return None
    if not plan.pay_table:
        if plan.note:
            reasons.append(plan.note)
        return None
    pay = crosswalk.pay.get((plan.pay_table, position.grade))
    if pay is not None:
        pays = (
            _("Your %(grade)s in Los Angeles pays about %(low)s to %(high)s a year (%(year)s).")
            if position.grade
            else _("Your %(grade)s pays about %(low)s to %(high)s a year (%(year)s).")
        )
        reasons.append(
            pays
            % {
                "grade": position.grade_label,
                "low": f"${pay.minimum:,}",
                "high": f"${pay.maximum:,}",
                "year": pay.year,
            }
        )
    return pay


def local_options(
    crosswalk: Crosswalk, family: str, seniority: str
) -> dict[str, list[LocalOption]]:
    """For each level of government, each employer's classes of the family at the seniority;
    where an employer has none at that level, its nearest level's (lower first). Public
    education has several employers (a university, a school district), each offered."""
    index = LADDER.index(seniority)
    order = sorted(range(len(LADDER)), key=lambda i: (abs(i - index), i > index))
    found: dict[str, list[LocalOption]] = {}
    for level in LEVELS:
        classes = [
            c
            for c in crosswalk.classes
            if c.employer.government_level == level and family in c.role_families
        ]
        for employer in dict.fromkeys(c.employer for c in classes):
            theirs = [c for c in classes if c.employer == employer]
            candidate = next(i for i in order if any(c.seniority == LADDER[i] for c in theirs))
            found.setdefault(level, []).extend(
                LocalOption(c, candidate == index)
                for c in theirs
                if c.seniority == LADDER[candidate]
            )
    return found


def _message(match: Match) -> str:
    if match.role_family is None:
        if match.series is not None and match.series.technology == "no":
            return _(
                "%(code)s %(title)s is not technology work, so this tool has no technology "
                "match for it. The guides and the job search can still help."
            ) % {"code": match.series.code, "title": match.series.title}
        return _(
            "We could not tell which technology work this was. Add your title or duties, or "
            "browse the guides and the job search."
        )
    if match.seniority:
        return _(
            "Your work matches %(family)s at the “%(level)s” level in local public service."
        ) % {"family": match.role_family.name, "level": match.seniority.name}
    return _("Your work matches %(family)s in local public service.") % {
        "family": match.role_family.name
    }


def _series_label(position: Position, series: Series | None) -> str:
    if position.series:
        return position.series
    return _("Your position")


def _specialties_in_parentheses(title: str, crosswalk: Crosswalk) -> list[tuple[Specialty, str]]:
    """Specialties named inside the title's parentheses, in the order written, with the words
    the person wrote."""
    found = []
    by_code = {s.code.upper(): s for s in crosswalk.specialties if s.code}
    # Up to the last ")": past it each "(" would read to the end for nothing.
    for group in PARENTHETICAL.findall(title[: title.rfind(")") + 1]):
        for token in re.split(r"[/,;]", group):
            token = token.strip()
            if not token:
                continue
            specialty = by_code.get(token.upper()) or next(
                (
                    s
                    for s in crosswalk.specialties
                    if any(w == token.lower() for w in s.words) or s.name.lower() == token.lower()
                ),
                None,
            )
            if specialty and specialty not in {s for s, _ in found}:
                found.append((specialty, specialty.code or token))
    return found


def _has_phrase(text: str, phrase: str) -> bool:
    return _count_phrase(text, phrase) > 0


def _count_phrase(text: str, phrase: str) -> int:
    return len(re.findall(rf"(?<![a-z0-9]){re.escape(phrase.lower())}(?![a-z0-9])", text))
