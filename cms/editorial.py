"""The editorial set-up organizers work in: an Organizers group that can create, edit and
translate pages and guides but not publish them, manage users or change settings; and a
"Guide review" workflow on the whole site (on Wagtail's root, so on every language's page
tree) in which a moderator (Wagtail's Moderators group) approves or requests changes before
anything goes live. Run by migrations and again by ``load_demo`` (transactional tests empty
the database, and the demo must always be complete)."""

from jobboard.permissions import ORGANIZERS, ensure_permissions

REVIEWERS = "Moderators"  # Wagtail's own group, which holds the publish permission
WORKFLOW = "Guide review"
TASK = "Moderator review"


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_up_editorial(apps) -> None:
    """Create or complete the Organizers group, its permissions and the Guide review workflow.
    ``apps`` is a migration's historical app registry or ``django.apps.apps``; idempotent."""
    ensure_permissions(apps)  # normally created only after all migrations

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    organizers, _ = Group.objects.get_or_create(name=ORGANIZERS)
    organizers.permissions.add(
        permission(apps, "wagtailadmin", "access_admin"),
        permission(apps, "jobboard", "change_rolefamily"),
        permission(apps, "jobboard", "change_senioritylevel"),
    )
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=organizers, page=root, permission=permission(apps, "wagtailcore", codename)
            )
    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for app_label, codename in (
            ("wagtailimages", "add_image"),
            ("wagtailimages", "choose_image"),
            ("wagtaildocs", "add_document"),
            ("wagtaildocs", "choose_document"),
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=organizers,
                collection=collection,
                permission=permission(apps, app_label, codename),
            )

    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(permission(apps, "wagtailadmin", "access_admin"))
    # Both translate pages ("Translate" copies a page into another language's tree as a
    # draft, which then goes through the same review as any page).
    Permission = apps.get_model("auth", "Permission")
    translate = Permission.objects.filter(
        content_type__app_label="simple_translation", codename="submit_translation"
    ).first()
    if translate is not None:
        organizers.permissions.add(translate)
        reviewers.permissions.add(translate)
    if root is not None:
        for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page=root, permission=permission(apps, "wagtailcore", codename)
            )
    task = Task.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
            active=True,
        )
        task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's default workflow did the same job under a vaguer name; retire it.
    Workflow.objects.filter(name="Moderators approval").exclude(pk=workflow.pk).update(active=False)
