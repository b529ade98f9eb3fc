"""The day the demo and fixture jobs were written. Their closing dates are weeks after it, so
tests run on this day's clock (ticking normally from there): those jobs stay open whenever the
suite runs, and every count the tests expect stays true."""

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

DEMO_TODAY = datetime(2026, 11, 29, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def on_demo_day() -> time_machine.travel:
    """A context manager (or decorator) that runs code on the demo day's clock."""
    return time_machine.travel(DEMO_TODAY, tick=True)
