"""The organizers' review queue (issue #33): which jobs a person should look at, and why.

Two lists, each read from the classifier's own patterns:
- **left out**: open jobs without a role family (so out of every technology search) whose
  title, source category or description carry technology signals, strongest first;
- **weakly included**: open technology jobs whose family rests on weak evidence only (a generic
  IT title's noun or default, the description's votes, a category), with those reasons.

A job an organizer has decided on (``ClassificationReview``) is on neither list.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.classifier import IT_WORDS, TECH_CONTEXT, Classifier, Reason, Rule
from jobboard.models import Job, JobSource

# A family that rests only on these rules is weak evidence.
WEAK_RULES = frozenset(
    {
        Rule.GENERIC_IT_TITLE,
        Rule.GENERIC_IT_DUTIES,
        Rule.TECH_CATEGORY,
        Rule.CATEGORY_SIGNAL,
        Rule.DESCRIPTION,
    }
)
# How much of a description is read for signals: a posting's duties come first, and the bound
# keeps the page quick over thousands of left-out jobs.
DESCRIPTION_CHARS = 5_000
# Description signals counted at most: many mentions in one text are one piece of evidence.
DESCRIPTION_CAP = 5
FIELDS = (
    "id",
    "title",
    "raw_title",
    "description_text",
    "source_category",
    "federal_grades",
    "federal_series",
    "role_family",
    "seniority",
    "agency__name",
)


@dataclass
class Entry:
    """A job on the queue: how strong its technology signals are, what they are in words, and
    the classifier's reasons for what it decided."""

    job: Job
    strength: int
    evidence: list[str] = field(default_factory=list)
    reasons: tuple[Reason, ...] = ()


@dataclass
class Queue:
    left_out: list[Entry]
    weak: list[Entry]

    @property
    def size(self) -> int:
        return len(self.left_out) + len(self.weak)


def signals(job: Job, classifier: Classifier) -> Entry:
    """The technology signals of a job the classifier left out, with their strength: a
    family's signal in the title weighs 3, another IT word in the title 2, a category naming
    technology or a family 2, each signal in the description 1 (at most 5)."""
    entry = Entry(job, 0)
    title = job.raw_title or job.title
    title_votes = classifier.family_votes(title)
    for family, count in sorted(title_votes.items()):
        entry.strength += 3 * count
        entry.evidence.append(f"title signals of {family}")
    words = sorted({match.group(0).lower() for match in IT_WORDS.finditer(title)})
    if words and not title_votes:
        entry.strength += 2 * len(words)
        entry.evidence.append("IT words in the title: " + ", ".join(words))
    category = job.source_category
    if category and (TECH_CONTEXT.search(category) or classifier.family_votes(category)):
        entry.strength += 2
        entry.evidence.append(f"category: {category}")
    votes = classifier.family_votes(job.description_text[:DESCRIPTION_CHARS])
    if votes:
        count = sum(votes.values())
        entry.strength += min(count, DESCRIPTION_CAP)
        top = max(votes.items(), key=lambda item: item[1])[0]
        entry.evidence.append(f"{count} signals in the description, most of {top}")
    return entry


def reclassify(job: Job, classifier: Classifier):
    """What the classifier says of a stored job today, from the fields the job keeps."""
    return classifier.classify(
        job.raw_title or job.title,
        grade=job.federal_grades.split(" to ")[0],
        series=[s for s in job.federal_series.split(",") if s],
        employer=job.agency.name,
        description=job.description_text[:DESCRIPTION_CHARS],
        category=job.source_category,
    )


def build_queue(classifier: Classifier, jobs=None) -> Queue:
    """The review queue over visible jobs not yet reviewed (or over ``jobs``, a queryset)."""
    jobs = jobs if jobs is not None else Job.objects.visible()
    unreviewed = jobs.filter(classification_review__isnull=True).select_related("agency")
    left_out = []
    for job in unreviewed.filter(role_family__isnull=True).only(*FIELDS).iterator():
        entry = signals(job, classifier)
        if entry.strength:
            entry.reasons = reclassify(job, classifier).reasons
            left_out.append(entry)
    left_out.sort(key=lambda entry: (-entry.strength, entry.job.pk))
    weak = []
    included = unreviewed.filter(role_family__isnull=False).select_related("role_family")
    for job in included.only(*FIELDS, "role_family__name").iterator():
        result = reclassify(job, classifier)
        family_reasons = [r for r in result.reasons if r.rule in FAMILY_RULES]
        if family_reasons and all(r.rule in WEAK_RULES for r in family_reasons):
            weak.append(Entry(job, 0, ["weak evidence only"], result.reasons))
    return Queue(left_out, weak)


FAMILY_RULES = frozenset(
    {
        Rule.ORGANIZER_RULE,
        Rule.HR_CODE,
        Rule.TITLE_SIGNAL,
        Rule.SERIES,
        Rule.IT_SCOPE_SERIES,
        *WEAK_RULES,
    }
)


# Words of unclassified titles that say nothing about the work.
FILLER = frozenset(
    "and or of the for with to in at on a an ii iii iv only open current employees "
    "candidates position pool eligibility month short term".split()
)
WORD = re.compile(r"[a-z][a-z&'-]+")
TOP_WORDS = 10


@dataclass
class SourceCoverage:
    """One source's visible jobs, how many have a role family, and the commonest words of the
    titles that have none."""

    slug: str
    name: str
    jobs: int
    classified: int
    unclassified_words: list[tuple[str, int]]

    @property
    def share(self) -> float:
        return self.classified / self.jobs if self.jobs else 0.0


def coverage(jobs=None) -> list[SourceCoverage]:
    """Per source with visible jobs, the share classified and the words of unclassified titles
    (``manage.py classify --report``)."""
    jobs = jobs if jobs is not None else Job.objects.visible()
    rows: dict[int, SourceCoverage] = {}
    words: dict[int, Counter] = {}
    listed = JobSource.objects.filter(job__in=jobs).select_related("source", "job")
    for link in listed.only("source__slug", "source__name", "job__title", "job__role_family"):
        source = link.source
        row = rows.setdefault(source.pk, SourceCoverage(source.slug, source.name, 0, 0, []))
        row.jobs += 1
        if link.job.role_family_id:
            row.classified += 1
        else:
            found = WORD.findall(link.job.title.lower())
            words.setdefault(source.pk, Counter()).update(w for w in found if w not in FILLER)
    for pk, row in rows.items():
        row.unclassified_words = words.get(pk, Counter()).most_common(TOP_WORDS)
    return sorted(rows.values(), key=lambda row: (row.share, row.slug))
