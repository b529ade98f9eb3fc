"""The counts behind the rate limits (``jobboard.limits``): one row per limit and key."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    """How many events a rate limit counted for one key in its current window.

    A table rather than a cache: a cache may evict or cull an entry to make room (Django's
    database cache past ``MAX_ENTRIES``, Redis under an LRU policy), and a lockout that any
    flood of other keys can lift is no lockout. Rows whose window ended are deleted as new
    events are counted."""

    name = models.CharField(max_length=100, primary_key=True)
    events = models.PositiveIntegerField(default=0)
    window_ends = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "rate limit counter"

    def __str__(self) -> str:
        return f"{self.name}: {self.events} until {self.window_ends:%Y-%m-%d %H:%M:%S}"
