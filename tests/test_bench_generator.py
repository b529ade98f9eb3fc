"""The benchmark's generator writes each format as its parser reads it: every listing written
comes back with its title, a distinct id naming it, and its pay (from the pay fields, or from
the text where the format has none, as the normaliser reads it), so the generator cannot drift
from the parsers it measures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bench.generator import EMPLOYERS, PERIODS_PER_YEAR, WRITERS, listings
from ingest.parsers import parse
from ingest.pay import NO_PAY, normalise_pay, pay_from_text
from ingest.sanitise import plain_text, sanitise_html


def test_every_employer_format_has_a_writer_and_every_writer_an_employer():
    assert {fmt for _, fmt, _ in EMPLOYERS} == set(WRITERS)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_each_writer_output_parses_to_the_listings_written(fmt):
    written = [i for i in listings(400) if i.fmt == fmt]
    assert len(written) >= 20

    result = parse(WRITERS[fmt](written), fmt, location=f"/tmp/source.{fmt}")

    assert result.errors == []
    assert [r.title for r in result.listings] == [i.title for i in written]
    ids = [r.external_id for r in result.listings]
    assert len(set(ids)) == len(written)
    assert all(str(i.number) in ident for i, ident in zip(written, ids, strict=True))
    for raw, item in zip(result.listings, written, strict=True):
        pay = normalise_pay(raw.pay_min, raw.pay_max, raw.pay_interval, raw.pay_currency or "USD")
        if pay is NO_PAY:
            pay = pay_from_text(plain_text(sanitise_html(raw.description)))
        periods = PERIODS_PER_YEAR.get(item.interval, 1)
        assert pay.original_min == Decimal(str(item.pay_min)), raw.title
        assert pay.original_max == Decimal(str(item.pay_max)), raw.title
        assert pay.annual_min == round(Decimal(str(item.pay_min)) * periods)
