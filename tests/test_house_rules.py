"""One home per rule (issue 35): each rule below is written once and every caller uses it, so
these specify the rule where it lives and what its callers see of it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from alerts import services as alerts
from alerts.models import Alert
from insights.charts import NO_PAY, pay_chart
from insights.figures import Row
from jobboard.models import RoleFamily
from postings import services as postings
from postings.services import IllegalTransition
from search.documents import clear_label_cache, facet_labels
from search.links import canonical_params, search_url
from search.presentation import money
from search.query import JobQuery
from tests.factories import EmployerFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        yield


def test_an_alert_keeps_its_search_in_the_form_the_search_page_links_to(commits):
    query = JobQuery(q="gis", page=3, page_size=50, sort="newest", location="Pasadena")
    alerts.subscribe(email="Ana@Example.org", frequency="daily", query=query, client="10.0.0.1")
    alert = Alert.objects.get()
    assert alert.query == canonical_params(query) == "q=gis&location=Pasadena"
    assert alert.search_path() == search_url(query) == "/jobs/?q=gis&location=Pasadena"


def test_clean_up_deletes_stale_and_expired_alerts_and_keeps_live_ones():
    now = timezone.now()
    live = Alert.objects.create(
        email="live@example.org", query="q=gis", confirmed_at=now, expires_at=now + timedelta(1)
    )
    Alert.objects.create(email="gone@example.org", query="q=gis", confirmed_at=now, expires_at=now)
    stale = Alert.objects.create(email="never@example.org", query="q=data")
    Alert.objects.filter(pk=stale.pk).update(created_at=now - timedelta(days=8))
    assert alerts.clean_up(now=now) == 2
    assert list(Alert.objects.all()) == [live]


def test_money_says_dollars_and_what_to_write_for_no_amount_is_the_callers_choice():
    assert money(85_000) == "$85,000"
    assert money(Decimal("21.5")) == "$21.50"
    assert money(None) == ""
    assert money(None, empty=NO_PAY) == "—"


def test_a_pay_chart_table_shows_a_dash_for_a_family_without_advertised_pay():
    def row(slug, median):
        return Row(
            slug=slug,
            name=slug.title(),
            open=3,
            salary_median=median,
            salary_min=median,
            salary_max=median,
            paid=3 if median else 0,
            search_url=f"/jobs/?role_family={slug}",
        )

    chart = pay_chart(
        "pay", "Pay", [row("data", 90_000), row("design", None)], heading="Role", link="/jobs/"
    )
    assert chart.table.rows[0][1:4] == ["$90,000", "$90,000", "$90,000"]
    assert chart.table.rows[1][1:4] == [NO_PAY, NO_PAY, NO_PAY]


@pytest.mark.parametrize(
    ("action", "words"),
    [
        (lambda posting, by: postings.submit(submission=posting, by=by), "submit"),
        (lambda posting, by: postings.close(submission=posting, by=by), "close"),
        (
            lambda posting, by: postings.extend(
                submission=posting, by=by, closes_on=timezone.localdate() + timedelta(days=60)
            ),
            "extend",
        ),
    ],
)
def test_only_the_employer_who_wrote_a_posting_may_act_on_it(action, words):
    posting = SubmissionFactory()
    with pytest.raises(IllegalTransition, match=f"who wrote a posting can {words} it"):
        action(posting, EmployerFactory())


@override_settings(SEARCH_LABEL_CACHE_SECONDS=60)
def test_facet_names_are_kept_in_the_cache_framework_until_cleared():
    clear_label_cache()
    family = RoleFamily.objects.get(slug="data-analytics")
    try:
        assert facet_labels("role_family", [family.slug]) == {family.slug: family.name}
        RoleFamily.objects.filter(pk=family.pk).update(name="Data Work")  # no signal
        assert facet_labels("role_family", [family.slug]) == {family.slug: family.name}
        cache.clear()  # the framework's own clear reaches them
        assert facet_labels("role_family", [family.slug]) == {family.slug: "Data Work"}
        RoleFamily.objects.filter(pk=family.pk).update(name="Data and Analysis")
        clear_label_cache()
        assert facet_labels("role_family", [family.slug]) == {family.slug: "Data and Analysis"}
    finally:
        clear_label_cache()
