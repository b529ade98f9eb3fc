"""What hiring managers and moderators see over HTTP: signing up and confirming an email, the
posting form's rules, other employers' postings looking missing, the rate limit, and the
moderation queue in the Wagtail admin."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from jobboard.models import EmployerProfile, Submission
from postings import services as submissions
from tests.factories import EmployerFactory, SubmissionFactory, moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def valid_posting(**changes) -> dict:
    data = {
        "title": "Senior Data Analyst",
        "organisation": "City of Pasadena",
        "role_family": "",
        "seniority": "",
        "description": "Build the dashboards the City Council uses to track housing permits.",
        "location": "Pasadena, CA",
        "work_arrangement": "hybrid",
        "employment_type": "full-time",
        "salary_min": "98000",
        "salary_max": "131000",
        "pay_interval": "year",
        "closes_on": (timezone.localdate() + timedelta(days=21)).isoformat(),
        "apply_url": "https://www.governmentjobs.com/careers/pasadena/jobs/1",
        "apply_email": "",
        "how_to_apply": "",
        "fax_number": "",
        "submit": "1",
    }
    data.update(changes)
    return data


def shown_version(review_page: str) -> str:
    """The posting version a moderator's review page carries in its decision form."""
    return re.search(r'name="version" value="([0-9a-f]+)"', review_page).group(1)


@pytest.fixture
def employer(client):
    user = EmployerFactory()
    client.force_login(user)
    return user


def test_sign_up_sends_a_link_whose_page_sets_the_password_and_activates_the_account(
    client, commits
):
    with commits():
        response = client.post(
            "/employers/signup/",
            {
                "email": "Maria@Pasadena.example.gov",
                "organisation": "City of Pasadena",
                "government_level": "city",
                "website": "https://www.cityofpasadena.net",
            },
        )
    assert "Check your email" in response.content.decode()
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert not user.is_active
    assert not user.has_usable_password()  # nobody but the mailbox owner chooses it
    link = re.search(r"http://testserver(/employers/verify/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert "Choose a password" in form_page.content.decode()
    user.refresh_from_db()
    assert not user.is_active  # opening the link changes nothing
    response = confirm(client, link)
    assert response.status_code == 302
    assert response.url == "/employers/"
    user.refresh_from_db()
    assert user.is_active
    assert user.check_password("seven correct horses")
    assert EmployerProfile.objects.get(user=user).email_verified_at is not None
    client.logout()
    assert client.get(link).status_code == 400  # a link works once
    assert client.login(username=user.username, password="seven correct horses")


def test_sign_up_explains_each_problem(client):
    EmployerFactory(username="taken@example.gov")
    response = client.post(
        "/employers/signup/",
        {"email": "taken@example.gov", "organisation": "", "government_level": ""},
    )
    html = response.content.decode()
    assert html.count('class="field-error"') == 2
    assert "account with this email" not in html  # never said: see the tests below


def test_the_chosen_password_is_checked_like_any_password(client, commits):
    with commits():
        sign_up(client)
    response = confirm(client, verify_link(mail.outbox[0]), password="password")
    assert response.status_code == 200
    assert "This password is too common" in response.content.decode()
    assert not User.objects.get(username="maria@pasadena.example.gov").is_active


def test_password_reset_sends_a_link(client, commits):
    user = EmployerFactory()
    with commits():
        client.post("/employers/password-reset/", {"email": user.email})
    assert "/employers/password-reset/" in mail.outbox[0].body


def test_the_posting_form_suggests_role_and_level_from_the_title(client, employer, commits):
    with commits():
        response = client.post("/employers/postings/new/", valid_posting())
    assert response.status_code == 302
    posting = Submission.objects.get()
    assert (posting.role_family.slug, posting.seniority.slug) == ("data-analytics", "senior")
    assert posting.status == "pending"
    assert posting.owner == employer


def test_a_draft_can_be_saved_and_the_employer_choices_are_kept(client, employer):
    data = valid_posting(role_family="", seniority="")
    data.pop("submit")
    data["draft"] = "1"
    client.post("/employers/postings/new/", data)
    assert Submission.objects.get().status == "draft"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"salary_min": "140000"}, "salary_max", "must not be below its bottom"),
        ({"salary_min": ""}, "salary_min", "This field is required"),
        ({"salary_min": "lots"}, "salary_min", "Enter a number"),
        ({"closes_on": "2020-01-01"}, "closes_on", "must be in the future"),
        (
            {"closes_on": (timezone.localdate() + timedelta(days=121)).isoformat()},
            "closes_on",
            "at most 120 days",
        ),
        ({"apply_url": "javascript:alert(1)"}, "apply_url", "Enter a valid URL"),
        ({"apply_url": "ftp://files.example.gov/apply"}, "apply_url", "http:// or https://"),
        (
            {"apply_url": "", "apply_email": ""},
            "apply_url",
            "application link or an application email",
        ),
        ({"title": "x" * 201}, "title", "at most 200 characters"),
        ({"description": "Too short."}, "description", "at least a few sentences"),
        ({"description": "<p>" + "word " * 5000 + "</p>"}, "description", "too long"),
    ],
)
def test_each_posting_rule_has_a_clear_message(client, employer, changes, field, message):
    response = client.post("/employers/postings/new/", valid_posting(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'href="#id_{field}"' in html  # the summary links to the field
    assert not Submission.objects.exists()


def test_hostile_html_in_a_description_is_sanitised(client, employer):
    description = (
        '<p onclick="steal()">Help residents.</p><script>alert(1)</script>'
        '<a href="javascript:evil()">x</a><p>Plenty of words to pass the length rule here.</p>'
    )
    client.post("/employers/postings/new/", valid_posting(description=description))
    stored = Submission.objects.get().description
    assert "<script" not in stored
    assert "onclick" not in stored
    assert "javascript:" not in stored
    assert "<p>Help residents.</p>" in stored


def test_the_honeypot_refuses_bots_without_bothering_people(client, employer):
    response = client.post("/employers/postings/new/", valid_posting(fax_number="+1 555 0100"))
    assert "could not be accepted" in response.content.decode()
    assert not Submission.objects.exists()
    page = client.get("/employers/postings/new/").content.decode()
    assert 'class="hp" aria-hidden="true"' in page
    assert 'tabindex="-1"' in page


def test_an_account_can_create_only_so_many_postings_an_hour(client, employer, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 2
    for _ in range(2):
        assert client.post("/employers/postings/new/", valid_posting()).status_code == 302
    response = client.post("/employers/postings/new/", valid_posting())
    assert "at most 2 postings an hour" in response.content.decode()
    assert Submission.objects.count() == 2


def test_one_address_can_create_only_so_many_postings_an_hour(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    statuses = []
    for _ in range(3):
        client.force_login(EmployerFactory())
        statuses.append(client.post("/employers/postings/new/", valid_posting()).status_code)
    assert statuses == [302, 302, 200]


def test_another_employer_gets_404_for_a_posting_that_is_not_theirs(client, employer):
    theirs = SubmissionFactory()
    for url in (f"/employers/postings/{theirs.public_id}/edit/",):
        assert client.get(url).status_code == 404
    assert client.post(f"/employers/postings/{theirs.public_id}/close/").status_code == 404
    assert (
        client.post(
            f"/employers/postings/{theirs.public_id}/extend/", {"closes_on": "2027-01-01"}
        ).status_code
        == 404
    )
    assert (
        client.get(f"/employers/postings/{theirs.pk}/edit/").status_code == 404
    )  # no guessing ids
    theirs.refresh_from_db()
    assert theirs.status == "draft"


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/employers/postings/new/")
    assert response.status_code == 302
    assert response.url.startswith("/employers/login/")


def test_the_dashboard_shows_states_and_moderator_comments(client, employer, commits):
    posting = SubmissionFactory(owner=employer)
    submissions.submit(submission=posting, by=employer)
    submissions.request_changes(submission=posting, by=moderator(), comment="Name the team.")
    html = client.get("/employers/").content.decode()
    assert "Changes requested" in html
    assert "Name the team." in html
    assert f"/employers/postings/{posting.public_id}/edit/" in html


def test_forms_need_a_csrf_token(employer):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(employer)
    assert strict.post("/employers/postings/new/", valid_posting()).status_code == 403


def test_moderators_review_in_the_wagtail_admin_and_employers_cannot(client, commits):
    posting = SubmissionFactory()
    submissions.submit(submission=posting, by=posting.owner)
    client.force_login(posting.owner)
    assert client.get("/admin/postings/").status_code in (302, 403)
    reviewer = moderator()
    client.force_login(reviewer)
    queue = client.get("/admin/postings/").content.decode()
    assert "GIS Analyst II" in queue
    assert "Data, Analytics &amp; AI" in queue
    review = client.get(f"/admin/postings/{posting.pk}/").content.decode()
    assert "Classifier&#x27;s suggestion" in review or "Classifier's suggestion" in review
    version = shown_version(review)
    response = client.post(
        f"/admin/postings/{posting.pk}/", {"decision": "reject", "comment": "", "version": version}
    )
    assert "Tell the employer" in response.content.decode()
    with commits():
        client.post(
            f"/admin/postings/{posting.pk}/",
            {"decision": "approve", "comment": "", "version": version},
        )
    posting.refresh_from_db()
    assert posting.status == "approved"
    history = client.get(f"/admin/postings/{posting.pk}/").content.decode()
    assert "approved by moderator" in history
    assert "submitted by" in history


def test_the_form_can_ask_the_classifier_for_a_suggestion(client, employer):
    from jobboard.models import RoleFamily, SeniorityLevel

    answer = client.get("/employers/postings/suggest/", {"title": "Lead Cloud Engineer"}).json()
    assert answer == {
        "role_family_id": RoleFamily.objects.get(slug="infrastructure-operations").pk,
        "seniority_id": SeniorityLevel.objects.get(slug="lead").pk,
    }
    nurse = client.get("/employers/postings/suggest/", {"title": "Registered Nurse"}).json()
    assert nurse == {"role_family_id": None, "seniority_id": None}


def test_a_moderator_decides_on_the_version_they_read_not_a_later_edit(client, commits):
    """The employer changes the apply link after the moderator opened the posting: the
    approval of the old text is refused with a clear message, the new text stays in the queue
    and is what the page now shows, and the edit is in the history."""
    posting = SubmissionFactory()
    with commits():
        submissions.submit(submission=posting, by=posting.owner)
    reviewer = moderator()
    client.force_login(reviewer)
    read = shown_version(client.get(f"/admin/postings/{posting.pk}/").content.decode())

    client.force_login(posting.owner)
    edit = valid_posting(
        title=posting.title,
        organisation=posting.organisation,
        apply_url="https://phish.example/apply",
    )
    assert client.post(f"/employers/postings/{posting.public_id}/edit/", edit).status_code == 302

    client.force_login(reviewer)
    with commits():
        response = client.post(
            f"/admin/postings/{posting.pk}/",
            {"decision": "approve", "comment": "", "version": read},
            follow=True,
        )
    page = response.content.decode()
    assert "The employer changed this posting after you opened it" in page
    assert "https://phish.example/apply" in page  # the page now shows the new version
    posting.refresh_from_db()
    assert posting.status == "pending"
    assert posting.job is None
    assert "edited while waiting for review" in page
    current = shown_version(page)
    assert current != read
    with commits():
        client.post(
            f"/admin/postings/{posting.pk}/",
            {
                "decision": "request_changes",
                "comment": "Use the City's own link.",
                "version": current,
            },
        )
    posting.refresh_from_db()
    assert posting.status == "changes_requested"


def sign_up(client, email="maria@pasadena.example.gov"):
    return client.post(
        "/employers/signup/",
        {
            "email": email,
            "organisation": "City of Pasadena",
            "government_level": "city",
            "website": "",
        },
    )


def verify_link(message) -> str:
    return re.search(r"http://testserver(/employers/verify/\S+/)", message.body).group(1)


def confirm(client, link: str, password: str = "seven correct horses"):
    """What the mailbox owner does: open the link, choose the password on its page, save."""
    opened = client.get(link)
    if opened.status_code != 302:
        return opened
    return client.post(opened.url, {"new_password1": password, "new_password2": password})


def test_a_known_address_gets_the_same_answer_and_its_owner_is_told(client, commits):
    """No address enumeration, no squatting: signing up with an address that has an account
    shows the page a new address gets, changes nothing, and emails the owner."""
    owner = EmployerFactory(
        username="maria@pasadena.example.gov", email="maria@pasadena.example.gov"
    )
    owner.set_password("the owner's own password")
    owner.save()
    with commits():
        known = sign_up(client)
    with commits():
        new = sign_up(client, email="li@pasadena.example.gov")
    assert known.status_code == new.status_code == 200
    known_page = known.content.decode().replace("maria@", "X@")
    assert known_page == new.content.decode().replace("li@", "X@")
    owner.refresh_from_db()
    assert owner.check_password("the owner's own password")
    told, welcomed = mail.outbox
    assert told.to == ["maria@pasadena.example.gov"]
    assert "already has one" in told.body
    assert "/employers/password-reset/" in told.body
    assert "/employers/verify/" not in told.body
    assert "/employers/verify/" in welcomed.body


def test_a_second_sign_up_of_an_unverified_address_starts_over(client, commits):
    with commits():
        sign_up(client)
    with commits():
        sign_up(client)
    first, second = (verify_link(message) for message in mail.outbox)
    assert client.get(first).status_code == 400  # the first link is void
    assert confirm(client, second, password="the real owner's password").status_code == 302
    user = User.objects.get(username="maria@pasadena.example.gov")
    assert user.check_password("the real owner's password")


def test_an_unverified_account_expires_after_48_hours(client, commits):
    from django.core.management import call_command

    with commits():
        sign_up(client)
    user = User.objects.get(username="maria@pasadena.example.gov")
    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(hours=49))
    assert client.get(verify_link(mail.outbox[0])).status_code == 400
    call_command("expire_postings", stdout=io.StringIO())
    assert not User.objects.filter(pk=user.pk).exists()
    with commits():
        sign_up(client)
    assert confirm(client, verify_link(mail.outbox[-1])).status_code == 302


def test_a_verification_link_never_works_again_once_used_or_after_deactivation(client, commits):
    with commits():
        sign_up(client)
    link = verify_link(mail.outbox[0])
    assert confirm(client, link).status_code == 302
    client.logout()
    user = User.objects.get(username="maria@pasadena.example.gov")
    user.is_active = False  # an operator deactivates the account
    user.save()
    assert client.get(link).status_code == 400
    user.refresh_from_db()
    assert not user.is_active


@pytest.mark.parametrize(
    "title", ["Data\x07 Analyst", "Data Analyst\x1b[31m", "Data\u202e tsylanA", "GIS\u200b Analyst"]
)
def test_a_posting_title_with_control_characters_is_refused(client, employer, title):
    response = client.post("/employers/postings/new/", valid_posting(title=title))
    assert response.status_code == 200
    assert "contains control or invisible characters" in response.content.decode()
    assert not Submission.objects.exists()
