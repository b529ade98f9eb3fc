"""A job's announcements, its doors: which are open, the order they are shown in (the one open
to the public first) and what a job merged from several takes from them. A federal vacancy is
often announced twice, "-DE" for the public and "-MP" for federal employees; dedup folds both
into one job, which must keep each door and stay open while any of them is."""

from __future__ import annotations

from datetime import datetime

from jobboard.models import HiringPath, Job, JobSource
from jobboard.models.jobs import hiring_path_codes, joined_hiring_paths


def ordered(listings: list[JobSource], now: datetime) -> list[JobSource]:
    """Open doors before closed ones; among them the one open to the public first, then the
    one closing last (the longest to apply), then by announcement number."""
    latest = datetime.max.replace(tzinfo=now.tzinfo)
    return sorted(
        listings,
        key=lambda door: (
            not door.is_open(now),
            HiringPath.PUBLIC not in hiring_path_codes(door.hiring_paths),
            -(door.closes_at or latest).timestamp(),
            door.announcement,
        ),
    )


def settle(job: Job, now: datetime) -> list[str]:
    """Give a job listed by several announcements what its open ones say together: who may
    apply (every path of each), its closing date (the last: closing one door leaves the job
    open while another is), open until filled if one is, and an apply link of a door open to
    the public when there is one. Listings not yet read with their doors (no hiring paths,
    from before they were kept) are left out. Saves and returns the fields it changed."""
    listings = list(job.listings.all())
    doors = [door for door in listings if door.hiring_paths and door.is_open(now)]
    if len(listings) < 2 or not doors:
        return []
    values = {
        "hiring_paths": joined_hiring_paths(
            code for door in doors for code in hiring_path_codes(door.hiring_paths)
        ),
        **_closing(doors),
    }
    links = [door.apply_url for door in ordered(doors, now) if door.apply_url]
    if links and job.apply_url not in links[:1]:
        public = [
            door.apply_url
            for door in doors
            if door.apply_url and HiringPath.PUBLIC in hiring_path_codes(door.hiring_paths)
        ]
        if job.apply_url not in public:
            values["apply_url"] = links[0]
    changed = [name for name, value in values.items() if getattr(job, name) != value]
    for name in changed:
        setattr(job, name, values[name])
    if changed:
        job.save(update_fields=[*changed, "updated_at"])
    return changed


def _closing(doors: list[JobSource]) -> dict:
    """The job's closing date from its open doors: none when one has none."""
    undated = [door for door in doors if door.closes_at is None]
    if undated:
        return {
            "closes_at": None,
            "open_until_filled": any(door.open_until_filled for door in undated),
        }
    return {"closes_at": max(door.closes_at for door in doors), "open_until_filled": False}
