"""A person's list of saved jobs as they meet it (/my/): save a job without an account, give an
email and open the list from the emailed link, record progress through civil-service hiring,
get reminders before a job closes and before an eligible list ends, follow deadlines in a
calendar, share the list with a coach, report a hire, download or delete everything."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from alerts.emails import JobFragments
from applications import tokens
from applications.models import Person, Progress, SavedJob
from jobboard.models import ClosedBecause
from jobboard.services import close_job
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db

COMMITS = None


@pytest.fixture(autouse=True)
def after_commit(django_capture_on_commit_callbacks):
    """Sign-in emails are queued after commit; inside a test's transaction, run them."""
    global COMMITS
    COMMITS = django_capture_on_commit_callbacks


def text(response) -> str:
    """The page's words, tags dropped, spaces collapsed: what a reader sees."""
    body = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", body)


def link_in(message, name: str) -> str:
    found = re.search(rf"https?://[^\s\"<>]+?(/(?:es/)?my/{name}/[^\s\"<>]+/)", message.body)
    assert found, message.body
    return found.group(1)


def ask_for_link(client, email="ana@example.org", prefix=""):
    mail.outbox.clear()
    with COMMITS(execute=True):
        return client.post(f"{prefix}/my/sign-in/", {"email": email})


def signed_in(client, email="ana@example.org", prefix="") -> Person:
    ask_for_link(client, email, prefix)
    client.post(link_in(mail.outbox[-1], "sign-in"))
    mail.outbox.clear()
    return Person.objects.get(email=email)


def save(client, job):
    return client.post("/my/save/", {"job": job.pk}, follow=True)


def days_ahead(days: float):
    return time_machine.travel(timezone.now() + timedelta(days=days), tick=False)


# Saving and signing in ----------------------------------------------------------------------


def test_every_job_page_has_a_save_button_that_posts_without_javascript(client):
    job = OpenJobFactory(title="Data Analyst II")
    page = client.get(job.get_absolute_url()).content.decode()
    form = re.search(r'<form class="save-job" method="post" action="/my/save/">.*?</form>', page)
    assert form
    assert 'name="csrfmiddlewaretoken"' in form.group(0)
    assert f'name="job" value="{job.pk}"' in form.group(0)
    assert "Save" in form.group(0)
    assert "Data Analyst II to my list" in form.group(0)


def test_each_search_result_has_a_save_button_sending_a_form_outside_the_search_form(client):
    job = OpenJobFactory(title="Data Analyst II")
    page = client.get("/jobs/").content.decode()
    search_form = page.split('id="job-search"')[1].split("</form>")[0]
    button = re.search(r'<button[^>]*form="save-jobs"[^>]*>.*?</button>', search_form)
    assert button
    assert f'name="job" value="{job.pk}"' in button.group(0)
    saving = re.search(r'<form id="save-jobs"[^>]*action="/my/save/"[^>]*>.*?</form>', page, re.S)
    assert saving
    assert 'name="csrfmiddlewaretoken"' in saving.group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', saving.group(0)).group(1)
    checked = client.__class__(enforce_csrf_checks=True)
    checked.cookies = client.cookies
    answer = checked.post("/my/save/", {"job": job.pk, "csrfmiddlewaretoken": token}, follow=True)
    assert "Saved: Data Analyst II." in text(answer)


def test_alert_emails_link_each_job_to_a_page_whose_button_saves_it(client):
    job = OpenJobFactory(title="Cloud Engineer")
    _, text_part, html_part = JobFragments({job.pk}).newest([job.pk], "es")
    link = f"/es/my/save/?job={job.pk}"
    assert re.search(rf"Guardar en mi lista: https?://\S+{re.escape(link)}\n", text_part)
    assert link in html_part
    asked = client.get(link)
    assert "¿Guardar este empleo en su lista?" in text(asked)
    assert "Cloud Engineer" in text(asked)
    assert client.session.get("my_list.jobs") is None  # opening the link saves nothing
    saved = client.post("/es/my/save/", {"job": job.pk}, follow=True)
    assert "Guardado: Cloud Engineer." in text(saved)


def test_a_guest_keeps_saved_jobs_in_the_browser_and_is_asked_for_an_email(client):
    job = OpenJobFactory(title="GIS Analyst")
    page = save(client, job)
    assert page.redirect_chain[-1][0] == "/my/"
    seen = text(page)
    assert "Saved: GIS Analyst." in seen
    assert "kept in this browser only" in seen
    assert "Keep your list with your email" in seen
    assert not SavedJob.objects.exists()
    assert "GIS Analyst" not in text(client.__class__().get("/my/"))  # another browser


def test_the_emailed_link_opens_the_list_in_that_browser_with_the_jobs_saved_before(client):
    job = OpenJobFactory(title="GIS Analyst")
    save(client, job)
    answer = ask_for_link(client, "Ana@Example.org")
    assert answer.url == "/my/check-email/"
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    link = link_in(message, "sign-in")
    opened = client.get(link)
    assert "Open my list" in text(opened)
    assert "Keep your list with your email" in text(client.get("/my/"))  # a GET signs no one in
    listed = client.post(link, follow=True)
    assert "signed in as ana@example.org" in text(listed)
    assert "GIS Analyst" in text(listed)
    assert SavedJob.objects.get().title == "GIS Analyst"


def test_a_sign_in_link_works_once(client):
    ask_for_link(client)
    link = link_in(mail.outbox[-1], "sign-in")
    client.post(link)
    other = client.__class__()
    again = other.get(link)
    assert again.status_code == 410
    assert "expired or was already used" in text(again)
    with COMMITS(execute=True):
        other.post(link)  # emails the address a new link; signs nobody in
    assert "Keep your list with your email" in text(other.get("/my/"))


def test_an_old_sign_in_link_offers_to_email_a_new_one(client):
    ask_for_link(client)
    link = link_in(mail.outbox[-1], "sign-in")
    with days_ahead(4):
        old = client.get(link)
        assert old.status_code == 410
        assert "Email me a new link" in text(old)
        mail.outbox.clear()
        with COMMITS(execute=True):
            client.post(link)
        fresh = link_in(mail.outbox[-1], "sign-in")
        assert "signed in as ana@example.org" in text(client.post(fresh, follow=True))


def test_forged_links_and_links_of_another_kind_open_nothing(client):
    person = Person.objects.create(address="ana@example.org", email="ana@example.org")
    unsubscribe = tokens.make(tokens.UNSUBSCRIBE, person.pk)  # a genuine token of another kind
    for token in ("nonsense", unsubscribe, tokens.make(tokens.SIGN_IN, [person.pk + 1, 0])):
        page = client.post(f"/my/sign-in/{token}/")
        assert page.status_code == 410
    assert "Keep your list with your email" in text(client.get("/my/"))


def test_asking_for_links_is_limited_per_mailbox(client):
    for _ in range(7):
        ask_for_link(client, "ana+jobs@example.org")
    with COMMITS(execute=True):
        for _ in range(7):
            client.post("/my/sign-in/", {"email": "ana@example.org"})
    assert len(mail.outbox) == 0  # the day's five went to the first asks


def test_a_client_asking_for_too_many_links_is_told_to_wait(client):
    for number in range(20):
        client.post("/my/sign-in/", {"email": f"person{number}@example.org"})
    answer = client.post("/my/sign-in/", {"email": "one.more@example.org"})
    assert answer.status_code == 429
    assert "Please try again in an hour." in text(answer)


# Progress -------------------------------------------------------------------------------------


def test_progress_through_hiring_is_recorded_per_job(client):
    person = signed_in(client)
    job = OpenJobFactory(title="Systems Analyst")
    save(client, job)
    saved = person.saved_jobs.get()
    answer = client.post(
        f"/my/jobs/{saved.pk}/",
        {"progress": "eligible", "eligible_until": "2027-05-31", "note": "Rank 3 on the list"},
        follow=True,
    )
    assert "Saved your progress with Systems Analyst." in text(answer)
    saved.refresh_from_db()
    assert saved.progress == Progress.ELIGIBLE
    assert saved.eligible_until == date(2027, 5, 31)
    assert 'value="2027-05-31"' in answer.content.decode()
    assert "Rank 3 on the list" in text(answer)


def test_an_eligible_list_without_its_end_date_is_explained(client):
    person = signed_in(client)
    save(client, OpenJobFactory())
    saved = person.saved_jobs.get()
    answer = client.post(f"/my/jobs/{saved.pk}/", {"progress": "eligible"})
    assert answer.status_code == 400
    assert "Give the date the eligible list ends, from your notice." in text(answer)


def test_applied_without_a_date_means_today(client):
    person = signed_in(client)
    save(client, OpenJobFactory())
    saved = person.saved_jobs.get()
    client.post(f"/my/jobs/{saved.pk}/", {"progress": "applied"})
    saved.refresh_from_db()
    assert saved.applied_on == timezone.localdate()


def test_nobody_can_read_or_change_another_persons_saved_job(client):
    ana = signed_in(client)
    save(client, OpenJobFactory(title="Ana's job"))
    hers = ana.saved_jobs.get()
    intruder = client.__class__()
    signed_in(intruder, "eve@example.org")
    for action in ({"progress": "withdrawn"}, {"action": "remove"}):
        assert intruder.post(f"/my/jobs/{hers.pk}/", action).status_code == 404
    assert "Ana's job" not in text(intruder.get("/my/"))
    hers.refresh_from_db()
    assert hers.progress == Progress.INTERESTED
    assert client.__class__().post(f"/my/jobs/{hers.pk}/", {"progress": "hired"}).status_code == 404


def test_a_closed_or_vanished_job_stays_on_the_list_marked_closed(client):
    person = signed_in(client)
    closed, vanished = OpenJobFactory(title="Closed one"), OpenJobFactory(title="Gone one")
    save(client, closed)
    save(client, vanished)
    close_job(job=closed, because=ClosedBecause.FILLED, reason="Filled.")
    vanished.delete()
    page = text(client.get("/my/"))
    assert "Closed one" in page
    assert "Gone one" in page
    assert page.count("Closed ·") == 2
    assert person.saved_jobs.count() == 2


def test_removing_a_job_takes_it_off_the_list(client):
    person = signed_in(client)
    save(client, OpenJobFactory(title="Not for me"))
    saved = person.saved_jobs.get()
    page = client.post(f"/my/jobs/{saved.pk}/", {"action": "remove"}, follow=True)
    assert "The job was removed from your list." in text(page)
    assert "Not for me" not in text(page)


# Reminders ------------------------------------------------------------------------------------


def saved_job(person, *, closes_in_days=10, **fields) -> SavedJob:
    job = OpenJobFactory(closes_at=timezone.now() + timedelta(days=closes_in_days))
    return SavedJob.objects.create(
        person=person,
        job=job,
        title=job.title,
        employer=job.agency.name,
        url=job.get_absolute_url(),
        closes_at=job.closes_at,
        **fields,
    )


@pytest.fixture
def ana():
    return Person.objects.create(address="ana@example.org", email="ana@example.org")


def test_a_job_not_applied_to_is_reminded_of_two_days_before_it_closes_once(ana):
    soon = saved_job(ana, closes_in_days=1.5)
    saved_job(ana, closes_in_days=1.5, progress=Progress.APPLIED)
    saved_job(ana, closes_in_days=10)
    call_command("send_reminders", "--json", stdout=(out := StringIO()))
    assert json.loads(out.getvalue()) == {
        "people": 1,
        "emails": 1,
        "reminders": 1,
        "warned": 0,
        "deleted": 0,
    }
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert soon.title in message.body
    assert "you have not marked it applied" in message.body
    assert message.subject == "A reminder about a saved job"
    mail.outbox.clear()
    call_command("send_reminders", "--json", stdout=(out := StringIO()))
    assert json.loads(out.getvalue())["emails"] == 0
    with days_ahead(1):
        call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []


def test_reminders_come_in_one_daily_email_in_the_persons_language(ana):
    ana.language = "es"
    ana.save()
    saved_job(ana, closes_in_days=2)
    saved_job(ana, progress=Progress.ELIGIBLE, eligible_until=timezone.localdate() + timedelta(20))
    call_command("send_reminders", stdout=StringIO())
    (message,) = mail.outbox
    assert message.subject == "Recordatorios de 2 empleos guardados"
    assert "lista de elegibles" in message.body
    assert "/es/my/" in message.body


def test_an_eligible_list_is_reminded_of_a_month_before_it_ends(ana):
    ends = timezone.localdate() + timedelta(days=45)
    saved_job(ana, progress=Progress.ELIGIBLE, eligible_until=ends)
    call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []
    with days_ahead(16):
        call_command("send_reminders", stdout=StringIO())
    (message,) = mail.outbox
    assert "eligible list" in message.body


def test_one_click_unsubscribe_stops_the_reminders(client, ana):
    saved_job(ana, closes_in_days=1)
    call_command("send_reminders", stdout=StringIO())
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    path = url.split("://", 1)[1].split("/", 1)[1]
    asked = client.get(f"/{path}")  # a mail scanner opening the link changes nothing
    assert "Stop reminder emails?" in text(asked)
    ana.refresh_from_db()
    assert ana.reminders
    csrf_checking = client.__class__(enforce_csrf_checks=True)
    answer = csrf_checking.post(f"/{path}", {"List-Unsubscribe": "One-Click"})
    assert "You will get no more reminder emails." in text(answer)
    mail.outbox.clear()
    saved_job(ana, closes_in_days=1)
    with days_ahead(0.5):
        call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []


def test_a_list_untouched_for_18_months_is_deleted_a_month_after_a_warning(client, ana):
    saved_job(ana, closes_in_days=400, progress=Progress.APPLIED)
    Person.objects.create(address="bob@example.org", email="bob@example.org")
    with days_ahead(510):
        call_command("send_reminders", stdout=StringIO())
    assert mail.outbox == []
    with days_ahead(525):
        call_command("send_reminders", stdout=StringIO())
        call_command("send_reminders", stdout=StringIO())
        assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "bob@example.org"]
        warning = next(m for m in mail.outbox if m.to == ["bob@example.org"])
        assert "We will delete it, and your email address, on" in warning.body
        keep = link_in(warning, "sign-in")
        client.post(keep)  # Bob opens his list: it is kept
    with days_ahead(556):
        call_command("send_reminders", stdout=StringIO())
    assert list(Person.objects.values_list("email", flat=True)) == ["bob@example.org"]
    assert not SavedJob.objects.exists()


# The calendar and sharing ---------------------------------------------------------------------


def test_the_calendar_feed_lists_deadlines_at_a_secret_revocable_address(client):
    person = signed_in(client)
    job = OpenJobFactory(title="Web Developer", closes_at=timezone.now() + timedelta(days=9))
    save(client, job)
    feed_url = f"/my/calendar/{person.calendar_key}.ics"
    assert feed_url in client.get("/my/").content.decode()
    feed = client.get(feed_url)
    assert feed["Content-Type"].startswith("text/calendar")
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Applications close: Web Developer"
    assert event.decoded("DTSTART") == timezone.localdate(job.closes_at)
    assert client.get("/my/calendar/guessed.ics").status_code == 404
    client.post("/my/settings/", {"action": "new-calendar"})
    assert client.get(feed_url).status_code == 404
    person.refresh_from_db()
    assert client.get(f"/my/calendar/{person.calendar_key}.ics").status_code == 200


def test_the_calendar_is_written_in_the_persons_language(client, ana):
    ana.language = "es"
    ana.save()
    saved_job(ana, progress=Progress.EXAM, exam_on=timezone.localdate() + timedelta(days=5))
    feed = client.get(f"/my/calendar/{ana.calendar_key}.ics")
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Examen: Data Analyst")


def test_a_coach_sees_a_read_only_list_until_the_person_stops_sharing(client):
    person = signed_in(client)
    save(client, OpenJobFactory(title="Product Manager"))
    saved = person.saved_jobs.get()
    client.post(f"/my/jobs/{saved.pk}/", {"progress": "interviewing", "note": "Private thought"})
    client.post("/my/settings/", {"action": "share"})
    person.refresh_from_db()
    coach = client.__class__()
    shared = coach.get(f"/my/shared/{person.share_key}/")
    seen = text(shared)
    assert "Product Manager" in seen
    assert "Interviewing" in seen
    assert "Private thought" not in seen
    assert "<form" not in shared.content.decode().split("<main")[1]
    client.post("/my/settings/", {"action": "stop-sharing"})
    assert coach.get(f"/my/shared/{person.share_key}/").status_code == 404


# Outcomes and the person's data ---------------------------------------------------------------


def test_a_hire_is_counted_on_the_organizers_dashboard_without_the_person(client):
    person = signed_in(client)
    save(client, OpenJobFactory(title="Security Analyst"))
    saved = person.saved_jobs.get()
    client.post(
        f"/my/jobs/{saved.pk}/",
        {"progress": "hired", "hired_level": "county", "hired_family": "cybersecurity"},
    )
    admin = client.__class__()
    admin.force_login(User.objects.create_superuser("organizer", "o@example.org", "x"))
    home = admin.get("/admin/").content.decode()
    panel = home.split('id="my-list-hires-content"')[1].split("</section>")[0]
    seen = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", panel))
    assert "1 hire reported" in seen
    assert "County Cybersecurity & Privacy 1" in seen.replace("&amp;", "&")
    assert timezone.localdate().strftime("%Y-%m") in seen
    assert "ana@example.org" not in home
    assert "Security Analyst" not in home


def test_hired_without_consent_counts_the_hire_but_no_level_or_family(client):
    person = signed_in(client)
    save(client, OpenJobFactory())
    saved = person.saved_jobs.get()
    client.post(f"/my/jobs/{saved.pk}/", {"progress": "hired"})
    saved.refresh_from_db()
    assert saved.hired_on == timezone.localdate()
    assert (saved.hired_level, saved.hired_family) == ("", None)


def test_a_person_downloads_everything_held_about_them_and_deletes_it_all(client):
    person = signed_in(client)
    save(client, OpenJobFactory(title="Data Engineer"))
    saved = person.saved_jobs.get()
    client.post(f"/my/jobs/{saved.pk}/", {"progress": "applied", "note": "Sent on Monday"})
    download = client.get("/my/download/")
    assert download["Content-Disposition"] == 'attachment; filename="my-saved-jobs.json"'
    held = json.loads(download.content)
    assert held["email"] == "ana@example.org"
    (job,) = held["saved_jobs"]
    assert (job["title"], job["progress"], job["note"]) == (
        "Data Engineer",
        "applied",
        "Sent on Monday",
    )
    assert "Delete everything" in text(client.get("/my/delete/"))
    assert Person.objects.exists()  # the GET asks; only the POST deletes
    gone = client.post("/my/delete/")
    assert "The site no longer holds anything about you." in text(gone)
    assert not Person.objects.exists()
    assert not SavedJob.objects.exists()
    assert "Keep your list with your email" in text(client.get("/my/"))


def test_the_list_needs_signing_in_for_data_and_settings(client):
    for path in ("/my/download/", "/my/delete/"):
        assert client.get(path).status_code == 404
    assert client.post("/my/settings/", {"action": "share"}).status_code == 404


# Spanish --------------------------------------------------------------------------------------


def test_the_list_and_its_sign_in_email_are_in_spanish_under_es(client):
    job = OpenJobFactory(title="Analista de datos")
    client.post("/es/my/save/", {"job": job.pk})
    page = text(client.get("/es/my/"))
    assert "Mis empleos guardados" in page
    assert "Conserve su lista con su correo electrónico" in page
    ask_for_link(client, prefix="/es")
    (message,) = mail.outbox
    assert message.subject == "Su enlace a sus empleos guardados"
    link = link_in(message, "sign-in")
    assert link.startswith("/es/my/sign-in/")
    listed = text(client.post(link, follow=True))
    assert "Analista de datos" in listed
    assert "Guardar el avance" in listed


def test_a_saved_federal_job_lists_its_announcements_and_who_may_apply_to_each(client):
    from jobboard.models import JobSource, Source

    signed_in(client)
    job = OpenJobFactory(title="IT Specialist (INFOSEC)", hiring_paths="public,fed-transition")
    usajobs = Source.objects.create(slug="usajobs-test", name="USAJOBS", format="usajobs", url="x")
    for number, paths in [("DE-12345", "public"), ("MP-12345", "fed-transition")]:
        JobSource.objects.create(
            job=job, source=usajobs, external_id=number, content_hash=number,
            last_seen_at=timezone.now(), announcement=number, hiring_paths=paths,
        )  # fmt: skip
    save(client, job)
    page = text(client.get("/my/"))
    assert "Announcement DE-12345: Open to the public" in page
    assert "Announcement MP-12345: Federal employees: career transition (CTAP/ICTAP)" in page


def test_a_saved_job_with_one_announcement_says_who_may_apply(client):
    signed_in(client)
    save(client, OpenJobFactory(title="Data Analyst", hiring_paths="vet"))
    assert "Who may apply: Veterans" in text(client.get("/my/"))
