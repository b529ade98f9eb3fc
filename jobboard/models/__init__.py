"""The job domain's models, one module per kind."""

from jobboard.models.taxonomy import RoleFamily, SeniorityLevel

__all__ = ["RoleFamily", "SeniorityLevel"]
