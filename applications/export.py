"""Everything the site holds about a person, as JSON they can download: their address,
language and settings, and every saved job with its progress, dates, note and outcome."""

from __future__ import annotations

from typing import Any

from applications.models import Person


def _date(value) -> str | None:
    return value.isoformat() if value else None


def everything(person: Person) -> dict[str, Any]:
    return {
        "email": person.email,
        "language": person.language,
        "created_at": _date(person.created_at),
        "reminders": person.reminders,
        "last_reminded_on": _date(person.last_reminded_on),
        "list_shared": person.share_key is not None,
        "saved_jobs": [
            {
                "title": saved.title,
                "employer": saved.employer,
                "url": saved.url,
                "apply_url": saved.apply_url,
                "closes_at": _date(saved.closing),
                "closed": saved.is_closed,
                "saved_at": _date(saved.created_at),
                "progress": saved.progress,
                "applied_on": _date(saved.applied_on),
                "exam_on": _date(saved.exam_on),
                "eligible_until": _date(saved.eligible_until),
                "note": saved.note,
                "hired_on": _date(saved.hired_on),
                "hired_level": saved.hired_level or None,
                "hired_role_family": saved.hired_family.slug if saved.hired_family else None,
                "reminders_sent": [
                    {
                        "kind": sent.kind,
                        "about": _date(sent.for_date),
                        "sent_at": _date(sent.sent_at),
                    }
                    for sent in saved.reminders.order_by("sent_at")
                ],
            }
            for saved in person.saved_jobs.with_jobs().prefetch_related("reminders")
        ],
    }
