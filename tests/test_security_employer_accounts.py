"""Employer accounts cannot be taken in advance, and sign-up and password reset say nothing
about which addresses have accounts (issue 27, M5 and M6). Also: an organizer's "Translate"
of a page whose parent has no Spanish version publishes nothing under /es/.

M5: a sign-up chooses no password; opening the emailed link (as a mail scanner does) changes
nothing; only the mailbox owner's POST of the password chosen on the link's page activates
the account. M6: the request does the same work for every address (the limits and one task
enqueued) and sends no email itself; the tasks send them."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tasks import default_task_backend
from wagtail import hooks
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale, Page

from cms.models import ContentPage, HomePage
from config.demo import load_demo_content
from jobboard.models import EmployerProfile
from postings import accounts
from tests.factories import EmployerFactory

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
HELD = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
SIGN_UP = {"organisation": "City of Pasadena", "government_level": "city", "website": ""}


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def sign_up(client: Client, email: str, **extra):
    return client.post("/employers/signup/", {"email": email, **SIGN_UP, **extra})


def verify_link(message) -> str:
    return re.search(r"http://testserver(/employers/verify/\S+/)", message.body).group(1)


def choose_password(client: Client, link: str, password: str = "seven correct horses"):
    """The mailbox owner: open the link, choose the password on its page, save it."""
    opened = client.get(link)
    assert opened.status_code == 302, opened.status_code
    return client.post(opened.url, {"new_password1": password, "new_password2": password})


def run_held_tasks(settings) -> list[str]:
    """Run the tasks the held (dummy) backend collected, as a worker would; their names."""
    held = list(default_task_backend.results)
    settings.TASKS = IMMEDIATE
    for result in held:
        result.task.call(*result.args, **result.kwargs)
    return [result.task.name for result in held]


def query_shapes(queries) -> list[str]:
    """The SQL run, with every literal (addresses, keys, ids, times) and savepoint name
    blanked."""
    return [
        re.sub(r"'[^']*'|\b\d+(\.\d+)?\b|\"s\w+_x\w+\"", "?", query["sql"]) for query in queries
    ]


def page_without_tokens(response, email: str) -> str:
    html = response.content.decode().replace(email, "ADDRESS")
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "CSRF", html)
    return re.sub(r'nonce="[^"]*"', "NONCE", html)


# M5: taking an account in advance


def test_a_sign_up_chooses_no_password_so_the_requester_cannot_sign_in(client, commits):
    with commits():
        sign_up(client, "maria@pasadena.example.gov", password="an attacker's password")
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert not user.has_usable_password()
    assert not user.is_active
    assert not Client().login(username=user.username, password="an attacker's password")


def test_opening_the_link_as_a_mail_scanner_does_changes_nothing(client, commits):
    with commits():
        sign_up(client, "maria@pasadena.example.gov")
    link = verify_link(mail.outbox[0])
    scanner = Client()
    for _ in range(2):
        opened = scanner.get(link, follow=True)
        assert opened.status_code == 200
        assert "Choose a password" in opened.content.decode()
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert not user.is_active
    assert not user.has_usable_password()
    assert EmployerProfile.objects.get(user=user).email_verified_at is None
    assert scanner.get("/employers/").status_code == 302  # not signed in
    # The owner's own visit later still works: the scanner used nothing up.
    assert choose_password(client, link).url == "/employers/"
    user.refresh_from_db()
    assert user.is_active
    assert user.check_password("seven correct horses")
    assert client.get("/employers/").status_code == 200


def test_choosing_the_password_is_a_post_with_its_csrf_token(commits):
    owner = Client(enforce_csrf_checks=True)
    with commits():
        sign_up(Client(), "maria@pasadena.example.gov")
    opened = owner.get(verify_link(mail.outbox[0]))
    chosen = {"new_password1": "seven correct horses", "new_password2": "seven correct horses"}
    forged = owner.post(opened.url, chosen)
    assert forged.status_code == 403
    assert not User.objects.get(username="maria@pasadena.example.gov").is_active
    form_page = owner.get(opened.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page).group(1)
    done = owner.post(opened.url, {"csrfmiddlewaretoken": token, **chosen})
    assert done.status_code == 302
    assert User.objects.get(username="maria@pasadena.example.gov").is_active


def test_a_later_sign_up_of_an_unverified_address_voids_the_earlier_link(client, commits):
    with commits():
        sign_up(client, "maria@pasadena.example.gov", organisation="Not the City")
    with commits():
        sign_up(client, "maria@pasadena.example.gov")
    earlier, later = (verify_link(message) for message in mail.outbox)
    assert Client().get(earlier).status_code == 400
    assert choose_password(client, later).status_code == 302
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert user.employer.organisation == "City of Pasadena"


def test_a_link_can_choose_the_password_only_once(client, commits):
    with commits():
        sign_up(client, "maria@pasadena.example.gov")
    link = verify_link(mail.outbox[0])
    other = Client()
    opened = other.get(link)  # a second browser holding the same link
    assert choose_password(client, link).status_code == 302
    late = other.post(
        opened.url, {"new_password1": "someone else's pick", "new_password2": "someone else's pick"}
    )
    assert late.status_code == 400
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert user.check_password("seven correct horses")


def test_the_link_page_and_email_are_in_the_sign_up_language(client, commits):
    with commits():
        client.post("/es/employers/signup/", {"email": "ana@pasadena.example.gov", **SIGN_UP})
    message = mail.outbox[0]
    assert "/es/employers/verify/" in message.body
    assert "contraseña" in message.body
    opened = client.get(re.search(r"http://testserver(\S+/)", message.body).group(1), follow=True)
    assert "Elija una contraseña" in opened.content.decode()


# M6: the same path and time for every address


def test_sign_up_answers_and_works_alike_for_new_unverified_and_known_addresses(
    client, settings, commits
):
    EmployerFactory(username="known@pasadena.example.gov")
    unverified = "unverified@pasadena.example.gov"
    accounts.process_sign_up.call(
        email=unverified, site_url="http://testserver", language="en", **SIGN_UP
    )
    settings.TASKS = HELD
    answers = {}
    for number, email in enumerate(
        ["new@pasadena.example.gov", unverified, "known@pasadena.example.gov"]
    ):
        with CaptureQueriesContext(connection) as queries:
            response = sign_up(Client(), email, REMOTE_ADDR=f"192.0.2.{number + 1}")
        answers[email] = (
            response.status_code,
            page_without_tokens(response, email),
            [str(message) for message in get_messages(response.wsgi_request)],
            query_shapes(queries.captured_queries),
        )
    assert len(set(map(repr, answers.values()))) == 1, answers
    assert mail.outbox == []  # the request sends nothing itself
    with commits():
        ran = run_held_tasks(settings)
    assert ran == ["process_sign_up"] * 3
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "/employers/verify/" in by_address["new@pasadena.example.gov"]
    assert "/employers/verify/" in by_address["unverified@pasadena.example.gov"]
    assert "already has one" in by_address["known@pasadena.example.gov"]


def test_signing_up_hashes_no_password(client, commits, monkeypatch):
    hashed = []
    original = MD5PasswordHasher.encode
    monkeypatch.setattr(
        MD5PasswordHasher, "encode", lambda self, *args: hashed.append(1) or original(self, *args)
    )
    EmployerFactory(username="known@pasadena.example.gov")
    hashed.clear()
    with commits():
        for email in ["new@pasadena.example.gov", "known@pasadena.example.gov"] * 2:
            sign_up(client, email, password="an attacker's password")
    assert hashed == []
    assert len(mail.outbox) == 4


@pytest.mark.parametrize(
    ("path", "link"),
    [
        ("/employers/password-reset/", "/employers/password-reset/"),
        ("/admin/password_reset/", "/admin/password_reset/confirm/"),
    ],
)
def test_password_reset_answers_and_works_alike_for_known_and_unknown_addresses(
    settings, path, link
):
    EmployerFactory(username="known@pasadena.example.gov")
    settings.TASKS = HELD
    answers = {}
    for number, email in enumerate(["nobody@pasadena.example.gov", "known@pasadena.example.gov"]):
        client = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")
        with CaptureQueriesContext(connection) as queries:
            response = client.post(path, {"email": email})
        answers[email] = (
            response.status_code,
            response.get("Location"),
            page_without_tokens(response, email),
            query_shapes(queries.captured_queries),
        )
    assert len(set(map(repr, answers.values()))) == 1, answers
    assert answers["known@pasadena.example.gov"][0] == 302
    assert mail.outbox == []  # the request sends nothing itself
    assert run_held_tasks(settings) == ["send_password_reset"] * 2
    (message,) = mail.outbox
    assert message.to == ["known@pasadena.example.gov"]
    assert link in message.body


def test_password_reset_email_is_in_the_language_of_the_request(client):
    EmployerFactory(username="known@pasadena.example.gov")
    client.post("/es/employers/password-reset/", {"email": "known@pasadena.example.gov"})
    (message,) = mail.outbox
    assert "contraseña" in message.body
    assert "/es/employers/password-reset/" in message.body


# Translate: nothing goes live under /es/ without review


@pytest.fixture
def untranslated_parent():
    """An English page with a live child page, the parent not translated into Spanish."""
    for _ in load_demo_content(jobs=False):
        pass
    home = HomePage.objects.get(locale__language_code="en")
    parent = home.add_child(instance=ContentPage(title="Training", slug="training"))
    parent.save_revision().publish()
    child = parent.add_child(instance=ContentPage(title="Bootcamps", slug="bootcamps"))
    child.save_revision().publish()
    return parent, child


def spanish_live_paths() -> set[str]:
    spanish = Locale.objects.get(language_code="es")
    return {page.url_path for page in Page.objects.filter(locale=spanish, live=True)}


def test_translating_a_page_whose_parent_has_no_spanish_version_publishes_nothing(
    client, untranslated_parent
):
    parent, child = untranslated_parent
    spanish = Locale.objects.get(language_code="es")
    organizer = User.objects.create_user("organizer", "organizer@example.org", "pw")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    client.force_login(organizer)
    before = spanish_live_paths()

    # The locale is offered disabled; a forged POST of it is refused and creates nothing.
    with pytest.raises(ParentNotTranslatedError):
        client.post(f"/admin/translation/submit/page/{child.pk}/", {"locales": [spanish.pk]})
    assert not child.has_translation(spanish)
    assert not parent.has_translation(spanish)

    # Translating the parent with its subtree makes drafts for review, none of them live.
    response = client.post(
        f"/admin/translation/submit/page/{parent.pk}/",
        {"locales": [spanish.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    copies = [parent.get_translation(spanish), child.get_translation(spanish)]
    assert [page.live for page in copies] == [False, False]
    assert all(page.alias_of_id is None for page in copies)
    assert spanish_live_paths() == before
    assert client.get("/es/training/bootcamps/").status_code != 200


def test_creating_an_english_page_makes_no_live_spanish_aliases(rf, untranslated_parent):
    """simple_translation's page-tree sync (off here) would alias a new page and its missing
    ancestors into every locale, live; the project keeps it off."""
    parent, child = untranslated_parent
    before = spanish_live_paths()
    grandchild = child.add_child(instance=ContentPage(title="Evening classes", slug="evening"))
    grandchild.save_revision().publish()
    for hook in hooks.get_hooks("after_create_page"):
        hook(rf.get("/admin/"), grandchild)
    spanish = Locale.objects.get(language_code="es")
    assert not grandchild.has_translation(spanish)
    assert not parent.has_translation(spanish)
    assert spanish_live_paths() == before
