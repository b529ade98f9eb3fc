"""Enumerations shared by the job domain (their values are part of the API contract)."""

from django.db import models


class GovernmentLevel(models.TextChoices):
    FEDERAL = "federal", "Federal"
    STATE = "state", "State"
    COUNTY = "county", "County"
    CITY = "city", "City"
    SPECIAL_DISTRICT = "special-district", "Special district"
    NONPROFIT = "nonprofit", "Nonprofit"
    PRIVATE = "private", "Private"


class EmploymentType(models.TextChoices):
    FULL_TIME = "full-time", "Full-time"
    PART_TIME = "part-time", "Part-time"
    CONTRACT = "contract", "Contract"
    TEMPORARY = "temporary", "Temporary"
    INTERNSHIP = "internship", "Internship"
    FELLOWSHIP = "fellowship", "Fellowship"


class WorkArrangement(models.TextChoices):
    ONSITE = "onsite", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class JobStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class PayInterval(models.TextChoices):
    YEAR = "year", "per year"
    MONTH = "month", "per month"
    BIWEEKLY = "biweekly", "every two weeks"
    WEEK = "week", "per week"
    DAY = "day", "per day"
    HOUR = "hour", "per hour"
