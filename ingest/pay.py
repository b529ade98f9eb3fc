"""Pay: amounts and intervals as sources write them, turned into an annual USD range.

A year is 2,080 working hours (40 hours a week for 52 weeks), 260 working days, 52 weeks,
12 months and 26 two-week pay periods. The original amounts and interval are kept beside the
annual figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

ANNUAL_FACTOR = {
    "year": Decimal(1),
    "month": Decimal(12),
    "biweekly": Decimal(26),
    "week": Decimal(52),
    "day": Decimal(260),
    "hour": Decimal(2080),
}
INTERVAL_WORDS = {
    "pa": "year",
    "per year": "year",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "per-year-salary": "year",
    "salary": "year",
    "pm": "month",
    "month": "month",
    "monthly": "month",
    "per-month-salary": "month",
    "bw": "biweekly",
    "biweekly": "biweekly",
    "bi-weekly": "biweekly",
    "pw": "week",
    "week": "week",
    "weekly": "week",
    "per-week-salary": "week",
    "pd": "day",
    "day": "day",
    "daily": "day",
    "per-day-wage": "day",
    "ph": "hour",
    "hour": "hour",
    "hourly": "hour",
    "per-hour-wage": "hour",
}
# Amounts outside these annual bounds are typos or placeholders, not pay.
MIN_ANNUAL, MAX_ANNUAL = Decimal(5_000), Decimal(1_500_000)

# Each run of spaces is taken whole (possessive): "\s*(k|K)?\s*" with no "k" split a run
# every way there is, so "$1" and 4 KB of spaces took a second (#27 H1). Nothing that follows a
# run starts with a space, so the ranges read are the same.
MONEY = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*+(k|K)?"
RANGE_RE = re.compile(
    MONEY
    + r"\s*+(?:-|\u2013|\u2014|to|and)\s*+"
    + MONEY
    + r"(?:\s*+(?:per|an|a|/)\s*+(hour|hr|year|yr|annum|month|mo|week|day))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pay:
    """A pay range as stated and annualised."""

    original_min: Decimal | None
    original_max: Decimal | None
    interval: str  # year, month, biweekly, week, day, hour, or "" when unknown
    currency: str
    annual_min: int | None
    annual_max: int | None


NO_PAY = Pay(None, None, "", "", None, None)


def amount(text: str | float | int | None) -> Decimal | None:
    """A number from '$8,870.45', '99200.0', '32' or 32; None for 'Not Displayed' and blanks."""
    if text is None:
        return None
    cleaned = re.sub(r"[,$\s]|USD", "", str(text))
    if not cleaned or not re.fullmatch(r"\d+(\.\d+)?", cleaned):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value > 0 else None


def interval(text: str) -> str:
    """Our interval name for a source's word ('PA', 'Hour', 'per-year-salary', 'YEAR')."""
    return INTERVAL_WORDS.get(text.strip().lower(), "")


def guess_interval(value: Decimal) -> str:
    """An interval for an amount given without one: hourly, monthly or yearly by size."""
    if value < 300:
        return "hour"
    if value < 20_000:
        return "month"
    return "year"


def annualise(value: Decimal | None, unit: str) -> int | None:
    """An amount per ``unit`` as whole US dollars a year, or None when implausible."""
    if value is None or unit not in ANNUAL_FACTOR:
        return None
    annual = value * ANNUAL_FACTOR[unit]
    if not MIN_ANNUAL <= annual <= MAX_ANNUAL:
        return None
    return int(annual.quantize(Decimal(1)))


def normalise_pay(low: str, high: str, unit_text: str, currency: str = "USD") -> Pay:
    """Read a stated range. Non-USD pay keeps its originals but has no annual USD figures."""
    low_value, high_value = amount(low), amount(high)
    if low_value is None and high_value is None:
        return NO_PAY
    low_value = low_value or high_value
    high_value = high_value or low_value
    if low_value > high_value:
        low_value, high_value = high_value, low_value
    unit = interval(unit_text) or guess_interval(low_value)
    currency = (currency or "USD").upper()
    if currency != "USD":
        return Pay(low_value, high_value, unit, currency, None, None)
    return Pay(
        low_value,
        high_value,
        unit,
        currency,
        annualise(low_value, unit),
        annualise(high_value, unit),
    )


def _money(whole: str, cents: str | None, thousands: str | None) -> Decimal:
    value = Decimal(whole.replace(",", "") + ("." + cents if cents else ""))
    return value * 1000 if thousands else value


UNIT_WORDS = {"hr": "hour", "yr": "year", "annum": "year", "mo": "month"}


def pay_from_text(text: str) -> Pay:
    """Find a pay range in free text ('$130,000 - $165,000 per year', '$45 to $60 an hour')."""
    match = RANGE_RE.search(text)
    if not match:
        return NO_PAY
    low = _money(match.group(1), match.group(2), match.group(3))
    high = _money(match.group(4), match.group(5), match.group(6))
    word = (match.group(7) or "").lower()
    unit = UNIT_WORDS.get(word, word) or guess_interval(low)
    return normalise_pay(str(low), str(high), unit)
