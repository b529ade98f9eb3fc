"""From federal service, end to end (docs/architecture.md, "From federal service"): the crosswalk
read from the database, the matcher's answer, and the live jobs, exams and guide around it. The
page and the API both call ``find_pathway``."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation

from ingest.classifier import Classifier
from jobboard.ladder import within_one
from jobboard.models import RoleFamily, SeniorityLevel
from pathways import crosswalk as cw
from pathways import models
from pathways.matcher import Match, match_position, parse_position
from search import plugins
from search.documents import facet_labels
from search.links import search_url
from search.query import Hit, JobQuery
from search.service import search_jobs

JOBS_SHOWN = 10
# An employer's fields a translation words in another language (LocalEmployerTranslation).
TRANSLATED = ("name", "how_they_hire", "time_to_hire")
CIVIL_SERVICE = ("city", "county", "state")


def load_crosswalk() -> cw.Crosswalk:
    """The crosswalk as organizers have edited it (a handful of small queries)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    employers = {}
    for e in models.LocalEmployer.objects.prefetch_related("translations"):
        worded = e.in_language(language)  # the employer itself where not translated
        employers[e.pk] = cw.Employer.read(
            e,
            **{name: getattr(worded, name) for name in TRANSLATED},
            language=language if worded is not e else settings.LANGUAGE_CODE,
        )
    families, levels = list(RoleFamily.objects.ordered()), list(SeniorityLevel.objects.ordered())
    family_names = facet_labels("role_family", [family.slug for family in families])
    level_names = facet_labels("seniority", [level.slug for level in levels])
    return cw.Crosswalk.read(
        series=models.FederalSeries.objects.select_related("role_family"),
        specialties=models.Specialty.objects.select_related("role_family"),
        pay_plans=models.PayPlan.objects.all(),
        # Every year entered, oldest first: each grade shows its newest figures.
        pay=models.FederalPay.objects.order_by("year"),
        classes=models.LocalClass.objects.select_related("seniority")
        .prefetch_related("role_families")
        .order_by("employer__name", "pk"),
        employer_of=lambda row: employers[row.employer_id],
        # The terms' names in the active language (the matcher's reasons quote them).
        families=(cw.Term.read(f, name=family_names.get(f.slug, f.name)) for f in families),
        seniorities=(cw.Term.read(s, name=level_names.get(s.slug, s.name)) for s in levels),
    )


@dataclass
class Jobs:
    """The open jobs of the matched family within one seniority level, the person's own level
    first."""

    total: int
    hits: list[Hit]
    search_url: str
    exams_total: int = 0
    exams_url: str = ""
    notice: str = ""


@dataclass
class Pathway:
    match: Match
    jobs: Jobs | None = None
    guide_url: str | None = None
    guide_title: str = ""
    guide_language: str = ""
    guides: list[tuple[str, str]] = field(default_factory=list)
    search_all_url: str = ""


def find_pathway(*, series: str = "", grade: str = "", title: str = "", text: str = "") -> Pathway:
    """The whole answer for one federal position. Raises PositionError for unreadable input."""
    crosswalk = load_crosswalk()
    position = parse_position(crosswalk, series=series, grade=grade, title=title, text=text)
    match = match_position(position, crosswalk, Classifier.from_database())
    pathway = Pathway(match=match, search_all_url=search_url(JobQuery()))
    if match.role_family and match.seniority:
        pathway.jobs = matching_jobs(match.role_family.slug, match.seniority.slug)
        guide = _guide(match.role_family.slug)
        if guide is not None:
            pathway.guide_url, pathway.guide_title = guide.url, guide.title
            pathway.guide_language = guide.locale.language_code
    else:
        pathway.guides = [
            (guide.title, guide.url)
            for family in RoleFamily.objects.ordered()
            if (guide := _guide(family.slug)) is not None
        ]
    return pathway


def matching_jobs(family: str, seniority: str, *, limit: int = JOBS_SHOWN) -> Jobs:
    """The /jobs/ search for the family within one level: the person's own level first, then the
    levels next to it, each in the search page's own order."""
    levels = within_one(seniority)
    own = search_jobs(_query(family, (seniority,), limit))
    others = tuple(level for level in levels if level != seniority)
    near = search_jobs(_query(family, others, max(1, limit - len(own.hits))))
    hits = (own.hits + near.hits)[:limit]
    civil = _query(family, levels, limit).with_changes(
        filters={"role_family": (family,), "seniority": levels, "government_level": CIVIL_SERVICE}
    )
    exams = search_jobs(civil.with_changes(page_size=1))
    notice = own.notice or near.notice or exams.notice
    return Jobs(
        total=own.total + near.total,
        hits=hits,
        search_url=search_url(_query(family, levels, limit)),
        exams_total=exams.total,
        exams_url=search_url(civil),
        notice=notice,
    )


def _query(family: str, levels: tuple[str, ...], size: int) -> JobQuery:
    return JobQuery(
        filters={"role_family": (family,), "seniority": tuple(sorted(levels))}, page_size=size
    )


def _guide(family: str):
    """The family's published pathway guide, in the page's language where translated."""
    term = RoleFamily.objects.filter(slug=family).first()
    return plugins.guide_for_role_family(term) if term else None
