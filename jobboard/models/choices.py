"""Enumerations shared by the job domain (their values are part of the API contract; their
labels are translated, ``locale/<language>/LC_MESSAGES/django.po``)."""

from functools import cache

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class GovernmentLevel(models.TextChoices):
    FEDERAL = "federal", _("Federal")
    STATE = "state", _("State")
    COUNTY = "county", _("County")
    CITY = "city", _("City")
    SPECIAL_DISTRICT = "special-district", _("Special district")
    # Public school districts, community colleges and public universities.
    EDUCATION = "education", _("Public education")
    NONPROFIT = "nonprofit", _("Nonprofit")
    PRIVATE = "private", _("Private")


class EmploymentType(models.TextChoices):
    FULL_TIME = "full-time", _("Full-time")
    PART_TIME = "part-time", _("Part-time")
    CONTRACT = "contract", _("Contract")
    TEMPORARY = "temporary", _("Temporary")
    INTERNSHIP = "internship", _("Internship")
    FELLOWSHIP = "fellowship", _("Fellowship")


class WorkArrangement(models.TextChoices):
    ONSITE = "onsite", _("On-site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class JobStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ClosedBecause(models.TextChoices):
    """Why a job closed, for the code to decide on (ingest reopens only what vanished); the
    sentence for people stays in ``Job.closed_reason``."""

    VANISHED = "vanished", _("No longer listed by its source")
    EXPIRED = "expired", _("The closing date passed")
    FILLED = "filled", _("Filled or withdrawn")
    MODERATOR = "moderator", _("Removed by a moderator")
    EMPLOYER = "employer", _("Closed by the employer")


class HiringPath(models.TextChoices):
    """Who may apply: USAJOBS's hiring path codes (its ``HiringPath`` field and search filter),
    with plain-language names. A listing whose source states none is open to the public."""

    PUBLIC = "public", _("Open to the public")
    FED_TRANSITION = "fed-transition", _("Federal employees: career transition (CTAP/ICTAP)")
    FED_COMPETITIVE = "fed-competitive", _("Federal employees: competitive service")
    FED_EXCEPTED = "fed-excepted", _("Federal employees: excepted service")
    FED_INTERNAL = "fed-internal-search", _("Employees of the hiring agency")
    VETERANS = "vet", _("Veterans")
    DISABILITY = "disability", _("People with disabilities")
    MILITARY_SPOUSES = "mspouse", _("Military spouses")
    STUDENTS = "student", _("Students")
    GRADUATES = "graduates", _("Recent graduates")
    NATIVE = "native", _("Native Americans")
    PEACE = "peace", _("Peace Corps and AmeriCorps VISTA alumni")
    LAND = "land", _("Land and base management employees")
    OVERSEAS = "overseas", _("Family of overseas employees")
    SES = "ses", _("Senior executives")


class PayInterval(models.TextChoices):
    YEAR = "year", _("per year")
    MONTH = "month", _("per month")
    BIWEEKLY = "biweekly", _("every two weeks")
    WEEK = "week", _("per week")
    DAY = "day", _("per day")
    HOUR = "hour", _("per hour")


@cache
def english_labels(choices: type[models.TextChoices]) -> dict[str, str]:
    """An enumeration's labels as written here, in English, whatever language is active: for
    text that must not depend on the request that saved it (the search keywords). Read once;
    ``get_FOO_display`` translates every label on every call."""
    with translation.override("en"):
        return {value: str(label) for value, label in choices.choices}
