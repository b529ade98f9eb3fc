"""Organizers write and edit guides; a moderator approves or asks for changes before anything
goes live; organizers never reach user management or site settings."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from cms.models import PathwayGuidePage
from tests.factories import guide_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer():
    user = User.objects.create_user("organizer", "organizer@example.org", "pw")
    user.groups.add(Group.objects.get(name="Organizers"))
    return user


@pytest.fixture
def reviewer():
    user = User.objects.create_user("reviewer", "reviewer@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def guide():
    return guide_page("it-support", summary="Keep public computers working.")


def test_an_organizer_can_add_and_edit_guides_but_not_publish_them(organizer, guide):
    permissions = guide.permissions_for_user(organizer)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert guide.get_parent().permissions_for_user(organizer).can_add_subpage()


def test_an_organizers_edit_screen_offers_review_instead_of_publishing(client, organizer, guide):
    client.force_login(organizer)
    response = client.get(f"/admin/pages/{guide.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Submit to Guide review" in html
    assert 'name="action-publish"' not in html


def test_an_organizer_cannot_reach_user_management_or_settings(client, organizer):
    client.force_login(organizer)
    assert client.get("/admin/").status_code == 200
    for url in ("/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/workflows/list/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url.rstrip("/") == "/admin", url


def test_a_submitted_change_stays_a_draft_until_a_moderator_approves_it(organizer, reviewer, guide):
    guide.summary = "Keep public computers, phones and accounts working."
    guide.save_revision(user=organizer)
    workflow = guide.get_workflow()
    assert workflow.name == "Guide review"
    state = workflow.start(guide, organizer)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.name == "Moderator review"
    assert task.get_actions(guide, organizer) == []  # organizers cannot approve
    assert PathwayGuidePage.objects.get(pk=guide.pk).summary == "Keep public computers working."

    assert "approve" in [name for name, *_ in task.get_actions(guide, reviewer)]
    task.on_action(task_state, reviewer, "approve")
    state.refresh_from_db()
    assert state.status == "approved"
    live = PathwayGuidePage.objects.get(pk=guide.pk)
    assert live.summary == "Keep public computers, phones and accounts working."
    assert live.live
    assert not live.has_unpublished_changes


def test_a_moderator_can_request_changes_and_the_live_guide_is_untouched(
    organizer, reviewer, guide
):
    guide.summary = "Half-finished sentence"
    guide.save_revision(user=organizer)
    state = guide.get_workflow().start(guide, organizer)
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, reviewer, "reject", comment="Finish the summary."
    )
    state.refresh_from_db()
    assert state.status == "needs_changes"
    task_state.refresh_from_db()
    assert task_state.get_comment() == "Finish the summary."
    assert PathwayGuidePage.objects.get(pk=guide.pk).summary == "Keep public computers working."


def test_guides_keep_revisions_and_can_be_scheduled(organizer, guide):
    from datetime import timedelta

    from django.utils import timezone

    guide.summary = "Scheduled wording."
    guide.go_live_at = timezone.now() + timedelta(days=2)
    revision = guide.save_revision(user=organizer)
    assert guide.revisions.count() == 2
    assert revision.as_object().summary == "Scheduled wording."
    revision.publish()  # a future go-live date schedules instead of publishing
    assert PathwayGuidePage.objects.get(pk=guide.pk).summary == "Keep public computers working."
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None


def test_the_demo_accounts_command_makes_an_organizer_who_is_not_an_admin(settings):
    out = StringIO()
    call_command("create_local_admin", username="organizer", group="Organizers", stdout=out)
    user = User.objects.get(username="organizer")
    assert not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Organizers"]
    assert "shown only this once" in out.getvalue()
