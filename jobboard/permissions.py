"""Permissions that data migrations hand to groups. Django creates permissions only after all
migrations have run, so a migration that grants one makes sure it exists first."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps, labels: Iterable[str] | None = None) -> None:
    """Create the permissions of these apps (all when ``labels`` is None) in ``apps``, a
    migration's historical app registry or ``django.apps.apps``."""
    configs = apps.get_app_configs() if labels is None else [apps.get_app_config(x) for x in labels]
    for config in configs:
        historical = getattr(config, "models_module", None) is None  # a migration's stub
        if historical:
            config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        if historical:
            config.models_module = None


MODERATORS = "Moderators"  # Wagtail's group; its members review postings as well as pages
ORGANIZERS = "Organizers"  # guide writers (cms/editorial.py, pathways/editors.py)


def set_up_moderators(apps) -> None:
    """Give the Moderators group the permission to decide on postings (a migration's app
    registry or ``django.apps.apps``; idempotent)."""
    ensure_permissions(apps, ["jobboard"])
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=MODERATORS)
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="jobboard", codename="moderate_submission"
    )
    group.permissions.add(permission)


# The permissions of the classification review queue and its rules (issue #33).
CLASSIFICATION_RULE_PERMISSIONS = (
    "add_classificationrule",
    "change_classificationrule",
    "delete_classificationrule",
    "view_classificationrule",
)


def set_up_classification_reviewers(apps) -> None:
    """Let the Organizers group review classifications and edit their rules (a migration's app
    registry or ``django.apps.apps``; idempotent)."""
    ensure_permissions(apps, ["jobboard"])
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ORGANIZERS)
    group.permissions.add(
        *apps.get_model("auth", "Permission").objects.filter(
            content_type__app_label="jobboard", codename__in=CLASSIFICATION_RULE_PERMISSIONS
        )
    )
