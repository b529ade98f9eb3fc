"""The job domain's models, one module per kind."""

from jobboard.models.agencies import Agency, agency_key
from jobboard.models.choices import (
    ClosedBecause,
    EmploymentType,
    GovernmentLevel,
    HiringPath,
    JobStatus,
    PayInterval,
    WorkArrangement,
)
from jobboard.models.jobs import Job
from jobboard.models.limits import RateCounter
from jobboard.models.review import ClassificationReview, ClassificationRule, ReviewDecision
from jobboard.models.sources import IngestRun, JobSource, Source
from jobboard.models.submissions import (
    EmployerProfile,
    Submission,
    SubmissionEvent,
    SubmissionQuerySet,
    SubmissionStatus,
)
from jobboard.models.taxonomy import (
    RoleFamily,
    RoleFamilyTranslation,
    SeniorityLevel,
    SeniorityLevelTranslation,
)

__all__ = [
    "Agency",
    "ClassificationReview",
    "ClassificationRule",
    "ClosedBecause",
    "EmployerProfile",
    "EmploymentType",
    "GovernmentLevel",
    "HiringPath",
    "IngestRun",
    "Job",
    "JobSource",
    "JobStatus",
    "PayInterval",
    "RateCounter",
    "ReviewDecision",
    "RoleFamily",
    "RoleFamilyTranslation",
    "SeniorityLevel",
    "SeniorityLevelTranslation",
    "Source",
    "Submission",
    "SubmissionEvent",
    "SubmissionQuerySet",
    "SubmissionStatus",
    "WorkArrangement",
    "agency_key",
]
