"""Every public page is valid HTML by the reference validator, the W3C Nu HTML Checker
(vnu.jar), in English and in Spanish: the home page, job search (with and without filters,
and with no results), a job page from each kind of source, the guides, the federal crosswalk
(empty and with a result), the insights, the alert pages, the employers' sign-up and sign-in,
the site search, every live CMS page and the not-found page.

The pages are rendered by the test client on the demo content, written to a temporary
directory and checked in one run of the checker (one JVM start). ``scripts/test`` installs
the checker under ``var/vnu`` (``npm install vnu-jar``); ``VNU_JAR`` names another copy.
Without the jar the test skips on a developer's machine and fails in CI (CI=true)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from wagtail.models import Page

from config.demo import load_demo_content
from jobboard.models import Job
from postings import services as postings
from tests.conftest import IN_CI
from tests.factories import ClosedJobFactory, EmployerFactory, SubmissionFactory, moderator

pytestmark = pytest.mark.django_db

SPACES = re.compile(r"\s+")

VNU_JAR = Path(settings.BASE_DIR) / "var/vnu/node_modules/vnu-jar/build/dist/vnu.jar"

# Pages at the same path in each language (Spanish under /es/).
PATHS = [
    "/",
    "/jobs/",
    "/jobs/?q=data&remote=remote&remote=hybrid&government_level=county",
    "/jobs/?q=analyst&salary_min=90000&include_closed=true",
    "/jobs/?q=zzzzqqq+nothing+matches",
    "/guides/",
    "/from-federal/",
    "/from-federal/?series=2210&grade=12&title=IT+Specialist+(INFOSEC)",
    "/from-federal/?series=0610&grade=9",
    "/from-federal/?series=2210&grade=12&view=print",
    "/insights/",
    "/alerts/",
    "/alerts/?query=q%3Ddata%26remote%3Dremote",
    "/alerts/check-email/",
    "/alerts/manage/not-a-token/",
    "/alerts/unsubscribe/not-a-token/",
    "/alerts/renew/not-a-token/",
    "/my/",
    "/my/check-email/",
    "/my/sign-in/not-a-token/",
    "/my/unsubscribe/not-a-token/",
    "/employers/signup/",
    "/employers/login/",
    "/employers/password-reset/",
    "/employers/password-reset/sent/",
    "/search/?q=data",
    "/search/?q=zzzzqqq",
    "/events/?attendance=online&language=es&role=data-analytics",
    "/events/propose/",
    "/events/check-email/",
    "/events/registration/not-a-token/",
    "/events/survey/not-a-token/",
    "/no-such-page/",
]


def checker() -> list[str] | None:
    """The command that runs the checker (Java and the jar: ``VNU_JAR`` if set, else the
    copy scripts/test installs), or None when either is missing."""
    named = os.environ.get("VNU_JAR")
    jar = Path(named) if named else VNU_JAR
    java = shutil.which("java")
    return [java, "-jar", str(jar)] if java and jar.is_file() else None


@pytest.fixture
def vnu() -> list[str]:
    command = checker()
    if command is None:
        message = (
            f"The Nu HTML Checker or Java is missing (looked for {VNU_JAR} or VNU_JAR): "
            "run scripts/test, or `npm install --prefix var/vnu vnu-jar`"
        )
        if IN_CI:
            pytest.fail(f"{message} (CI=true: the HTML check must run, not skip)")
        pytest.skip(message)
    return command


@pytest.fixture
def demo_site():
    """The whole demo (pages and jobs), a job posted here by an employer and a closed job, so
    each kind of job page can be shown."""
    for _ in load_demo_content():
        pass
    submission = SubmissionFactory()
    postings.submit(submission=submission, by=submission.owner)
    postings.approve(submission=submission, by=moderator())
    ClosedJobFactory(title="Closed Data Engineer")


def job_paths() -> list[str]:
    """One job page per kind of source (each feed format and jobs posted here), plus a closed
    job's page."""
    paths, formats = [], set()
    for job in Job.objects.prefetch_related("listings__source").order_by("pk"):
        kinds = {listing.source.format for listing in job.listings.all()} or {"direct"}
        if job.status == "closed" or not kinds <= formats:
            paths.append(job.get_absolute_url())
            formats |= kinds
    return paths


def get(client, path: str, pages: dict[str, str]) -> str:
    """Fetch one page (following redirects) into ``pages`` under its final address."""
    response = client.get(path, follow=True)
    final = response.redirect_chain[-1][0] if response.redirect_chain else path
    assert response.status_code in (200, 404, 410), (path, response.status_code)
    assert response["Content-Type"].startswith("text/html"), path
    html = response.content.decode()
    pages.setdefault(final, html)
    return html


def emailed_link(fragment: str) -> str:
    """The path of the link containing ``fragment`` in the last email sent."""
    assert mail.outbox, f"no email was sent (expected a link to {fragment})"
    found = re.search(rf"https?://[^/\s]+(/\S*{fragment}[^\s\"<>]+/)", mail.outbox[-1].body)
    assert found, mail.outbox[-1].body
    return found.group(1)


def post(client, commits, path: str, data: dict, pages: dict[str, str], name: str) -> str:
    """Send a form (running what it queues) and keep the page it answers with."""
    mail.outbox.clear()
    with commits(execute=True):
        response = client.post(path, data, follow=True)
    assert response.status_code in (200, 400), (path, response.status_code)
    html = response.content.decode()
    pages[f"{path} ({name})"] = html
    return html


def alert_pages(client, commits, prefix: str, pages: dict[str, str]) -> None:
    """Alert sign-up with a mistake, then an alert asked for and followed by the links its
    emails and pages give: the confirmation's page, the confirmed alert, the page that
    manages it."""
    post(client, commits, f"{prefix}/alerts/", {"email": "not an address"}, pages, "errors")
    signup = {"email": f"ana{prefix[1:]}@example.org", "query": "q=data", "frequency": "daily"}
    post(client, commits, f"{prefix}/alerts/", signup, pages, "sent")
    confirm = emailed_link("alerts/confirm/")
    get(client, confirm, pages)
    confirmed = post(client, commits, confirm, {}, pages, "confirmed")
    manage = re.search(r'href="([^"]*/alerts/manage/[^"]+/)"', confirmed)
    assert manage, confirmed
    get(client, manage.group(1), pages)


def employer_pages(client, commits, prefix: str, pages: dict[str, str]) -> None:
    """The employers' sign-up and sign-in with mistakes, a sign-up and the page its email's
    link opens (choosing a password), and a password reset's link."""
    employers = f"{prefix}/employers"
    post(client, commits, f"{employers}/signup/", {"email": "x"}, pages, "errors")
    post(client, commits, f"{employers}/login/", {"username": "x"}, pages, "errors")
    signup = {
        "email": f"hiring{prefix[1:]}@publicworks.example.gov",
        "organisation": "Los Angeles County Department of Public Works",
        "government_level": "county",
    }
    post(client, commits, f"{employers}/signup/", signup, pages, "sent")
    get(client, emailed_link("employers/verify/"), pages)
    employer = EmployerFactory()
    post(client, commits, f"{employers}/password-reset/", {"email": employer.email}, pages, "sent")
    get(client, emailed_link("employers/password-reset/"), pages)


def my_list_pages(client, commits, prefix: str, pages: dict[str, str]) -> None:
    """A job saved by a guest, an address with a mistake, the emailed sign-in link's page,
    the list with a progress form's mistake, its share link's page and the deletion's."""
    job = Job.objects.visible().order_by("pk").first()
    post(client, commits, f"{prefix}/my/save/", {"job": job.pk}, pages, "guest")
    post(client, commits, f"{prefix}/my/sign-in/", {"email": "x"}, pages, "errors")
    post(client, commits, f"{prefix}/my/sign-in/", {"email": "ana@example.org"}, pages, "sent")
    link = emailed_link("my/sign-in/")
    get(client, link, pages)
    listed = post(client, commits, link, {}, pages, "signed in")
    saved = re.search(r'action="([^"]*/my/jobs/\d+/)"', listed)
    assert saved, listed
    post(client, commits, saved.group(1), {"progress": "eligible"}, pages, "errors")
    shared = post(client, commits, f"{prefix}/my/settings/", {"action": "share"}, pages, "shared")
    get(client, re.search(r'value="https?://[^/"]+(/[^"]*/shared/[^"]+/)"', shared).group(1), pages)
    get(client, f"{prefix}/my/delete/", pages)
    post(client, commits, f"{prefix}/my/sign-out/", {}, pages, "signed out")


def public_pages(client, commits) -> dict[str, str]:
    """Each public page's HTML by its address, in English and in Spanish (each page once)."""
    paths = PATHS + job_paths()
    live = Page.objects.live().filter(depth__gt=1)
    english = [page.url for page in live.filter(locale__language_code="en").specific()]
    spanish = [page.url for page in live.exclude(locale__language_code="en").specific()]
    pages: dict[str, str] = {}
    for path in [*paths, *english, *spanish, *("/es" + path for path in paths + english)]:
        get(client, path, pages)
    for prefix in ("", "/es"):
        alert_pages(client, commits, prefix, pages)
        employer_pages(client, commits, prefix, pages)
        my_list_pages(client, commits, prefix, pages)
    return pages


# A page with one error the checker must report: proof that it read the pages at all.
CANARY = "<!DOCTYPE html><html lang=en><title>canary</title><p>unclosed</div></html>"


def check(vnu: list[str], pages: dict[str, str]) -> dict[str, list[str]]:
    """Run the checker once over every page (one JVM start); return each page's errors."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (address, html) in enumerate({"canary": CANARY, **pages}.items()):
            file = Path(folder) / f"page{number:03}.html"
            file.write_text(html, encoding="utf-8")
            names[file.name] = address
        run = subprocess.run(
            [*vnu, "--errors-only", "--format", "json", *sorted(names)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=900,
        )
    report = json.loads(run.stderr or run.stdout)
    errors: dict[str, list[str]] = {}
    for message in report["messages"]:
        address = names.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
        extract = SPACES.sub(" ", message.get("extract", "")).strip()
        errors.setdefault(address, []).append(
            f"line {message.get('lastLine', '?')}: {message['message']} [{extract}]"
        )
    assert errors.pop("canary", None), f"the checker found nothing on a broken page: {run}"
    return errors


def test_every_public_page_in_both_languages_is_valid_html(
    client, vnu, demo_site, django_capture_on_commit_callbacks
):
    pages = public_pages(client, django_capture_on_commit_callbacks)
    assert len(pages) > 80
    assert {"/jobs/", "/es/jobs/", "/events/", "/es/events/"} <= set(pages)
    errors = check(vnu, pages)
    assert not errors, "\n".join(
        f"{address}\n  " + "\n  ".join(found) for address, found in errors.items()
    )
