"""Who edits the crosswalk: the Organizers group (created with the editorial set-up) may add,
change and delete every crosswalk row. Run by a migration; idempotent."""

from jobboard.permissions import ORGANIZERS, ensure_permissions

MODELS = ("federalseries", "specialty", "payplan", "federalpay", "localemployer", "localclass")


def let_organizers_edit_crosswalk(apps) -> None:
    ensure_permissions(apps, ["pathways"])
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    organizers, _ = Group.objects.get_or_create(name=ORGANIZERS)
    organizers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="pathways",
            codename__in=[
                f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete")
            ],
        )
    )
