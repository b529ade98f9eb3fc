"""The events' models, one module per kind: the pages, and the registrations."""

from gatherings.models.pages import EventIndexPage, EventPage
from gatherings.models.registrations import (
    Proposal,
    Registration,
    SurveyAnswer,
    SurveyWave,
)

__all__ = ["EventIndexPage", "EventPage", "Proposal", "Registration", "SurveyAnswer", "SurveyWave"]
