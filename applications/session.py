"""Who a browser's list belongs to, kept in its session (Django's signed session cookie): a
signed-in person's id, or, for a guest who has given no email yet, the ids of the jobs they
saved (at most ``MAX_GUEST`` jobs, kept only in that browser)."""

from __future__ import annotations

from django.http import HttpRequest

from applications.models import Person

PERSON = "my_list.person"
GUEST_JOBS = "my_list.jobs"
NOTICE = "my_list.notice"
MAX_GUEST = 50


def person(request: HttpRequest) -> Person | None:
    pk = request.session.get(PERSON)
    return Person.objects.filter(pk=pk).first() if isinstance(pk, int) else None


def guest_jobs(request: HttpRequest) -> list[int]:
    jobs = request.session.get(GUEST_JOBS, [])
    return [pk for pk in jobs if isinstance(pk, int)] if isinstance(jobs, list) else []


def add_guest_job(request: HttpRequest, job_id: int) -> bool:
    """Keep a job in this browser's guest list; False when the list is full."""
    jobs = guest_jobs(request)
    if job_id in jobs:
        return True
    if len(jobs) >= MAX_GUEST:
        return False
    request.session[GUEST_JOBS] = [*jobs, job_id]
    return True


def remove_guest_job(request: HttpRequest, job_id: int) -> None:
    request.session[GUEST_JOBS] = [pk for pk in guest_jobs(request) if pk != job_id]


def sign_in(request: HttpRequest, person: Person) -> None:
    """This browser now shows the person's list (a new session key: a session id known
    before signing in is worth nothing after)."""
    request.session.cycle_key()
    request.session.pop(GUEST_JOBS, None)
    request.session[PERSON] = person.pk


def sign_out(request: HttpRequest) -> None:
    for key in (PERSON, GUEST_JOBS, NOTICE):
        request.session.pop(key, None)
    request.session.cycle_key()


def say(request: HttpRequest, notice: str) -> None:
    """A sentence for the next view of the list (after a redirect)."""
    request.session[NOTICE] = notice


def heard(request: HttpRequest) -> str:
    return request.session.pop(NOTICE, "")
