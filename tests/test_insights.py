"""The job market at a glance (/insights/, GET /api/v1/insights/, the CSV files, the organizers'
dashboard and the guides' chart block), on the database backend and on a real OpenSearch node.

The numbers are checked against what the search API says about the same jobs, and the weekly
series and pay against jobs whose dates and pay the test sets."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone
from django_tasks import default_task_backend

from config.demo import load_demo_content
from insights.tasks import refresh
from jobboard.models import ClosedBecause, Job, RoleFamily, Source
from jobboard.services import close_job
from search.backends.database import DatabaseBackend
from search.query import JobQuery
from search.service import engine_backend
from search.signals import results_changed
from tests.factories import (
    AgencyFactory,
    EmployerFactory,
    OpenJobFactory,
    SourceFactory,
    SubmissionFactory,
    guide_page,
)

pytestmark = [pytest.mark.django_db]

LA = ZoneInfo("America/Los_Angeles")


def at(text: str) -> datetime:
    """A moment in Los Angeles, e.g. ``at("2026-11-23 00:30")``."""
    return datetime.fromisoformat(text).replace(tzinfo=LA)


@pytest.fixture(params=["database", "opensearch"])
def served_by(request):
    """Serve searches from each backend in turn: call it once the test's jobs exist (the
    engine's index is rebuilt from the database then)."""

    def serve() -> None:
        if request.param == "opensearch":
            request.getfixturevalue("search_engine_settings")
            engine_backend().rebuild()
        refresh()  # the background refresh, as the worker runs it

    serve.backend = request.param
    return serve


def demo_market():
    """The demo jobs, one closed, one past its closing date and one outside technology."""
    for _ in load_demo_content(pages=False):
        pass
    closed = OpenJobFactory(title="Closed Data Engineer", raw_title="Closed Data Engineer")
    close_job(job=closed, because=ClosedBecause.FILLED, reason="Filled.")
    OpenJobFactory(
        title="Expired Data Engineer",
        raw_title="Expired Data Engineer",
        closes_at=timezone.now() - timedelta(days=1),
    )
    OpenJobFactory(title="Custodian", raw_title="Custodian", role_family=None, seniority=None)


def jobs_api_facets(client) -> tuple[int, dict[str, dict[str, int]]]:
    body = client.get("/api/v1/jobs/?page_size=1").json()
    return body["total"], {
        facet: {value["value"]: value["count"] for value in values}
        for facet, values in body["facets"].items()
    }


def test_the_numbers_are_the_search_apis_facet_counts(client, served_by):
    demo_market()
    served_by()
    total, facets = jobs_api_facets(client)
    insights = client.get("/api/v1/insights/").json()

    assert insights["open_jobs"] == total == 45
    for key, facet in [
        ("by_role_family", "role_family"),
        ("by_government_level", "government_level"),
        ("by_seniority", "seniority"),
    ]:
        counted = {row["slug"]: row["open"] for row in insights[key] if row["open"]}
        assert counted == facets[facet], key
    # Every role family is listed, with zero where nothing is open, in the taxonomy's order.
    assert [row["slug"] for row in insights["by_role_family"]] == list(
        RoleFamily.objects.ordered().values_list("slug", flat=True)
    )
    employers = facets["agency"]
    expected = sorted(employers.items(), key=lambda item: -item[1])[:10]
    assert [row["open"] for row in insights["top_employers"]] == [n for _, n in expected]
    assert {row["slug"]: row["open"] for row in insights["top_employers"]}.items() <= set(
        employers.items()
    )
    remote = facets["remote"]
    assert insights["remote_share"] == round(
        (remote.get("remote", 0) + remote.get("hybrid", 0)) / total, 4
    )
    assert insights["as_of"] == "2026-11-29"


def test_pay_is_the_median_and_range_of_each_jobs_advertised_pay(client, served_by):
    for low, high in [(80_000, 100_000), (100_000, 120_000), (130_000, 170_000)]:
        OpenJobFactory(salary_min=low, salary_max=high)
    OpenJobFactory(salary_min=None, salary_max=None)  # no pay advertised
    OpenJobFactory(salary_min=60_000, salary_max=None)  # a minimum only
    served_by()

    families = {
        row["slug"]: row for row in client.get("/api/v1/insights/").json()["by_role_family"]
    }
    data = families["data-analytics"]
    assert data["open"] == 5
    # The middles are 60,000 (a minimum alone), 90,000, 110,000 and 150,000: the median is the
    # upper middle one; the range runs from the lowest minimum to the highest maximum.
    assert (data["salary_median"], data["salary_min"], data["salary_max"]) == (
        110_000,
        60_000,
        170_000,
    )
    assert families["cybersecurity"] == {
        "slug": "cybersecurity",
        "name": "Cybersecurity & Privacy",
        "open": 0,
        "salary_median": None,
        "salary_min": None,
        "salary_max": None,
    }


def test_the_weekly_series_counts_jobs_by_the_week_they_were_first_seen_and_closed(
    client, served_by
):
    # The clock reads Sunday 29 November 2026; weeks start on Monday in Los Angeles.
    OpenJobFactory(first_seen_at=at("2026-11-23 00:30"))  # this week, just after midnight
    OpenJobFactory(first_seen_at=at("2026-11-22 23:30"))  # last week (Monday already in UTC)
    OpenJobFactory(first_seen_at=at("2026-11-22 08:00"))
    OpenJobFactory(first_seen_at=at("2026-06-01 12:00"))  # 26 weeks ago: the first week shown
    OpenJobFactory(first_seen_at=at("2026-05-31 12:00"))  # 27 weeks ago: too old to show
    OpenJobFactory(first_seen_at=at("2026-11-24 09:00"), role_family=None)  # not technology
    filled = OpenJobFactory(first_seen_at=at("2026-10-01 09:00"))
    close_job(
        job=filled, because=ClosedBecause.FILLED, reason="Filled.", now=at("2026-11-10 16:00")
    )
    served_by()

    weekly = client.get("/api/v1/insights/").json()["weekly"]
    assert len(weekly) == 26
    assert weekly[0]["week"] == "2026-06-01"
    assert weekly[-1] == {"week": "2026-11-23", "new": 1, "closed": 0}
    by_week = {week["week"]: (week["new"], week["closed"]) for week in weekly}
    assert by_week["2026-11-16"] == (2, 0)
    assert by_week["2026-11-09"] == (0, 1)
    assert by_week["2026-09-28"] == (1, 0)
    assert by_week["2026-06-01"] == (1, 0)
    assert sum(new for new, _ in by_week.values()) == 5


@pytest.mark.search_engine
def test_the_engine_and_the_database_read_the_same_market(search_engine_settings):
    demo_market()
    engine_backend().rebuild()
    now = timezone.now()
    from_engine = engine_backend().market(now, JobQuery())
    from_database = DatabaseBackend().market(now, JobQuery())
    from_engine.backend = from_database.backend = ""
    assert from_engine == from_database


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_partners_download_each_table_as_csv(client):
    OpenJobFactory(salary_min=80_000, salary_max=100_000, work_arrangement="remote")
    OpenJobFactory(agency=AgencyFactory(name='=HYPERLINK("http://evil.example")'))
    refresh()

    response = client.get("/insights/data/role-families.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="la-public-tech-jobs-role-families-2026-11-29.csv"'
    )
    rows = read_csv(response)
    assert rows[0] == ["slug", "name", "open", "salary_median", "salary_min", "salary_max"]
    assert ["data-analytics", "Data, Analytics & AI", "2", "90000", "80000", "100000"] in rows
    assert ["cybersecurity", "Cybersecurity & Privacy", "0", "", "", ""] in rows

    employers = read_csv(client.get("/insights/data/employers.csv"))
    names = [row[1] for row in employers[1:]]
    assert '\'=HYPERLINK("http://evil.example")' in names  # a spreadsheet shows it as text
    weekly = read_csv(client.get("/insights/data/weekly.csv"))
    assert weekly[0] == ["week", "new", "closed"]
    assert len(weekly) == 1 + 26
    arrangements = read_csv(client.get("/insights/data/work-arrangements.csv"))
    assert ["remote", "Remote", "1"] in arrangements
    assert client.get("/insights/data/passwords.csv").status_code == 404


def test_figures_are_cached_until_the_jobs_change(
    client, served_by, settings, django_capture_on_commit_callbacks
):
    settings.INSIGHTS_REFRESH_ON_CHANGE = True
    jobs = [OpenJobFactory() for _ in range(3)]
    served_by()
    assert client.get("/api/v1/insights/").json()["open_jobs"] == 3

    Job.objects.filter(pk=jobs[0].pk).update(title="Renamed quietly")  # no signal: still cached
    OpenJobFactory()  # made outside the services: the figures do not know yet
    assert client.get("/api/v1/insights/").json()["open_jobs"] == 3

    with django_capture_on_commit_callbacks(execute=True):
        # The site's own path: search hears of it.
        close_job(job=jobs[1], because=ClosedBecause.FILLED, reason="Filled.")
    # One closed; the job made behind the site's back counts where search reads the table.
    now_open = 3 if served_by.backend == "database" else 2
    assert client.get("/api/v1/insights/").json()["open_jobs"] == now_open


def test_the_api_is_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/insights/"]["get"]
    assert operation["tags"] == ["insights"]
    answer = schema["components"]["schemas"]["InsightsOut"]
    assert set(answer["required"]) == {
        "open_jobs",
        "as_of",
        "by_role_family",
        "by_government_level",
        "by_seniority",
        "weekly",
        "remote_share",
        "top_employers",
    }


def test_the_page_shows_every_chart_with_its_numbers_and_its_search(client):
    demo_market()
    refresh()
    response = client.get("/insights/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    html = response.content.decode()
    assert "What the 45 open public-interest technology jobs" in html
    figures = html.count('<figure class="chart"')
    assert figures == 8
    assert html.count('<svg role="img"') == figures
    assert html.count('<table class="data-table">') == figures
    assert html.count("<title id=") == figures
    assert html.count("<desc id=") == figures
    assert 'href="/jobs/?role_family=software-engineering"' in html
    assert 'href="/jobs/?government_level=county"' in html
    assert "Custodian" not in html  # outside technology, as in search
    assert 'href="/insights/data/role-families.csv"' in html


def test_the_page_falls_back_to_the_database_when_the_engine_is_down(
    client, settings, closed_port_url
):
    OpenJobFactory()
    settings.SEARCH = {**settings.SEARCH, "URL": closed_port_url, "TIMEOUT": 0.5}
    refresh()
    response = client.get("/insights/")
    assert response.status_code == 200
    assert "These figures come from our database" in response.content.decode()
    assert client.get("/api/v1/insights/").json()["open_jobs"] == 1


# Figures and charts are refreshed in the background; requests only read the stored ones.

HELD = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def queued_refreshes() -> int:
    return sum(result.task.name == "refresh_insights" for result in default_task_backend.results)


def run_queued_refreshes() -> None:
    """Run the refreshes the held (dummy) backend collected, as the worker would."""
    for result in list(default_task_backend.results):
        result.task.call(*result.args, **result.kwargs)
    default_task_backend.clear()


def test_after_a_change_requests_serve_the_last_figures_until_the_refresh(
    client, settings, django_user_model, django_capture_on_commit_callbacks
):
    jobs = [OpenJobFactory() for _ in range(3)]
    guide = guide_page(
        "data-analytics", the_work=[{"type": "market_chart", "value": {"measure": "open"}}]
    )
    refresh()
    settings.TASKS = HELD
    settings.INSIGHTS_REFRESH_ON_CHANGE = True
    with django_capture_on_commit_callbacks(execute=True):
        close_job(job=jobs[0], because=ClosedBecause.FILLED, reason="Filled.")
    assert queued_refreshes() == 1

    with pytest.MonkeyPatch.context() as patch:  # reading the market or drawing fails
        for name in ["search.service.market", "insights.tasks.market", "insights.charts.draw"]:
            patch.setattr(name, lambda *args, **kwargs: pytest.fail("a request computed"))
        page = client.get("/insights/")
        api = client.get("/api/v1/insights/").json()
        guide_html = client.get(guide.url).content.decode()
        client.force_login(admin_user(django_user_model, "Organizers"))
        dashboard = client.get("/admin/").content.decode()
    assert page.status_code == 200
    assert 'href="/jobs/">3</a>' in page.content.decode()  # the last figures: 3 open
    assert api["open_jobs"] == 3
    assert "Data, Analytics &amp; AI: open jobs by level of government" in guide_html
    assert '<svg role="img"' in dashboard
    assert queued_refreshes() == 1  # the requests queued nothing more

    run_queued_refreshes()
    assert client.get("/api/v1/insights/").json()["open_jobs"] == 2
    assert 'href="/jobs/">2</a>' in client.get("/insights/").content.decode()


def test_a_burst_of_changes_queues_one_refresh_and_a_later_change_another(settings):
    settings.TASKS = HELD
    settings.INSIGHTS_REFRESH_ON_CHANGE = True
    for _ in range(5):
        results_changed.send(sender=None, job_ids=[1])
    assert queued_refreshes() == 1
    run_queued_refreshes()  # the refresh starts: a change now needs another
    results_changed.send(sender=None, job_ids=[2])
    assert queued_refreshes() == 1


def test_before_the_first_refresh_pages_say_the_figures_are_being_prepared(
    client, settings, django_user_model
):
    OpenJobFactory()
    guide = guide_page(
        "data-analytics", the_work=[{"type": "market_chart", "value": {"measure": "open"}}]
    )
    settings.TASKS = HELD
    page = client.get("/insights/")
    assert page.status_code == 503
    assert "The figures are being prepared." in page.content.decode()
    api = client.get("/api/v1/insights/")
    assert api.status_code == 503
    assert api.json() == {"error": "The figures are being prepared. Please try again in a minute."}
    assert client.get("/insights/data/weekly.csv").status_code == 503
    assert "This chart can&#x27;t be shown right now." in client.get(guide.url).content.decode()
    client.force_login(admin_user(django_user_model, "Organizers"))
    assert "The figures are being prepared." in client.get("/admin/").content.decode()
    assert queued_refreshes() == 1  # every request asked; one refresh is queued

    run_queued_refreshes()
    assert client.get("/api/v1/insights/").json()["open_jobs"] == 1


def test_figures_older_than_ten_minutes_are_served_and_a_refresh_queued(client, settings):
    OpenJobFactory()
    refresh()
    settings.TASKS = HELD
    assert client.get("/api/v1/insights/").status_code == 200
    assert queued_refreshes() == 0
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        assert client.get("/api/v1/insights/").json()["open_jobs"] == 1
    assert queued_refreshes() == 1


# The organizers' dashboard.

PANELS = [
    "guides-due",
    "families-without-guide",
    "pages-in-review",
    "postings-pending",
    "ingest-sources",
    "new-jobs-per-week",
]


def admin_user(django_user_model, group: str | None, **extra):
    user = django_user_model.objects.create_user(
        username=f"{group or 'staff'}-person", password="x", **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def newsroom():
    """Something for every panel: a guide long unchecked, one freshly checked, a page in
    review, a posting waiting, a failing source, and open jobs in a family with no guide."""
    guide_page("data-analytics", last_reviewed=datetime(2026, 3, 2).date())
    guide_page("it-support", last_reviewed=datetime(2026, 11, 2).date())
    drafted = guide_page("software-engineering", publish=False)
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name="Guide review")
    writer = User.objects.create_user("writer", "writer@ptp.example.org", "pw")
    drafted.save_revision(user=writer)
    workflow.start(drafted, writer)
    SubmissionFactory(title="Civic Data Fellow", status="pending", submitted_at=timezone.now())
    Source.objects.all().delete()
    SourceFactory(name="City careers feed", last_error="HTTP 503 from the feed")
    SourceFactory(name="State jobs", last_success_at=timezone.now() - timedelta(hours=3))
    for _ in range(4):
        OpenJobFactory(role_family=RoleFamily.objects.get(slug="cybersecurity"))
    refresh()


@pytest.mark.parametrize("group", ["Organizers", "Moderators"])
def test_organizers_and_moderators_see_the_dashboard(client, django_user_model, newsroom, group):
    client.force_login(admin_user(django_user_model, group))
    html = client.get("/admin/").content.decode()
    for panel in PANELS:
        assert f'id="{panel}' in html, panel
    assert "Data, Analytics &amp; AI in public service" in html  # reviewed in March
    due = html.split('id="guides-due')[1].split("</section>")[0]
    assert "IT Support" not in due  # reviewed this month
    assert "Cybersecurity &amp; Privacy" in html
    assert "Software Engineering in public service" in html  # waiting in review
    assert "Civic Data Fellow" in html
    assert "HTTP 503 from the feed" in html
    assert '<svg role="img"' in html


def test_only_moderators_get_links_to_decide_on_postings(client, django_user_model, newsroom):
    client.force_login(admin_user(django_user_model, "Organizers"))
    assert "/admin/postings/" not in client.get("/admin/").content.decode()
    client.force_login(admin_user(django_user_model, "Moderators", email="m@example.org"))
    assert "/admin/postings/" in client.get("/admin/").content.decode()


def test_employers_and_other_admin_users_do_not_see_the_dashboard(
    client, django_user_model, newsroom
):
    client.force_login(EmployerFactory())
    response = client.get("/admin/")
    assert response.status_code == 302  # employers never reach the Wagtail admin
    client.force_login(admin_user(django_user_model, None))
    html = client.get("/admin/").content.decode()
    assert client.get("/admin/").status_code == 200
    for panel in PANELS:
        assert f'id="{panel}' not in html, panel


# The guides' chart block.


def test_a_guide_embeds_a_live_chart_of_its_role_family(client):
    for level, n in [("county", 3), ("federal", 1)]:
        agency = AgencyFactory(level=level)
        for _ in range(n):
            OpenJobFactory(agency=agency, salary_min=90_000, salary_max=110_000)
    guide = guide_page(
        "data-analytics",
        the_work=[
            {"type": "market_chart", "value": {"measure": "open"}},
            {"type": "market_chart", "value": {"measure": "pay", "role_family": "data-analytics"}},
        ],
    )
    refresh()
    html = client.get(guide.url).content.decode()
    assert "Data, Analytics &amp; AI: open jobs by level of government" in html
    assert "Data, Analytics &amp; AI: annual pay by level of government" in html
    assert html.count('<svg role="img"') == 2
    table = html.split('<table class="data-table">')[1].split("</table>")[0]
    assert '<th scope="row">' in table
    assert [cell for cell in ("County", "Federal", ">3<", ">1<") if cell not in table] == []
    assert 'href="/jobs/?role_family=data-analytics&amp;government_level=county"' in html


def test_a_chart_that_cannot_be_drawn_says_so_and_the_page_still_renders(client, monkeypatch):
    def refuse(spec):
        raise ValueError("vl-convert cannot draw this spec")

    monkeypatch.setattr("insights.charts.render_svg", refuse)
    guide = guide_page(
        "data-analytics", the_work=[{"type": "market_chart", "value": {"measure": "open"}}]
    )
    monkeypatch.setattr("insights.tasks.page_charts", lambda figures: [])
    refresh()
    response = client.get(guide.url)
    assert response.status_code == 200
    assert "This chart can&#x27;t be shown right now." in response.content.decode()


def test_charts_compiled_once_draw_exactly_what_a_full_render_draws():
    """The renderer compiles each chart's shape once and puts each reading's numbers in."""
    import vl_convert

    from insights import charts

    first = charts.bar_spec(
        [{"label": "County", "value": 3, "text": "3"}, {"label": "City", "value": 1, "text": "1"}],
        axis_title="Open jobs",
    )
    second = charts.bar_spec(
        [{"label": "County", "value": 9, "text": "9"}, {"label": "State", "value": 4, "text": "4"}],
        axis_title="Open jobs",
    )
    charts.render_svg(first)  # compiles the shape
    direct = vl_convert.vegalite_to_svg(
        {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", **second},
        config=charts.CONFIG,
        allowed_base_urls=[],
    )
    assert charts.render_svg(second) == direct
    assert ">State<" in direct
