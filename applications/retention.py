"""Lists untouched for 18 months are deleted, after an email warning a month before
(docs/architecture.md, "My applications"). Touched means signed in or changed something
(``services.touch``), which also lifts a warning. Run with the reminders, once a day."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from applications import emails
from applications.models import Person

logger = logging.getLogger(__name__)

KEPT_FOR = timedelta(days=548)  # 18 months
WARNED_BEFORE = timedelta(days=30)


@dataclass
class Retention:
    warned: int = 0
    deleted: int = 0


def warn_and_delete(*, now: datetime, mailer) -> Retention:
    """Delete the lists untouched for 18 months whose owner was warned a month ago or more;
    warn, once, the owners of lists a month from that."""
    done = Retention()
    expired = Person.objects.filter(
        active_at__lt=now - KEPT_FOR, warned_at__lte=now - WARNED_BEFORE
    )
    done.deleted = expired.delete()[1].get(Person._meta.label, 0)
    for person in Person.objects.filter(
        active_at__lt=now - KEPT_FOR + WARNED_BEFORE, warned_at__isnull=True
    ):
        # Claimed before it is sent: of two runs, one warns.
        if not Person.objects.filter(pk=person.pk, warned_at__isnull=True).update(warned_at=now):
            continue
        message = emails.deletion_warning(person, deleted_on=(now + WARNED_BEFORE).date())
        message.connection = mailer
        try:
            message.send()
        except Exception as exc:  # SMTP errors come in many classes; tomorrow tries again
            logger.warning(
                "deletion warning not sent", extra={"person": person.pk, "error": str(exc)}
            )
            Person.objects.filter(pk=person.pk).update(warned_at=None)
            continue
        done.warned += 1
    return done
