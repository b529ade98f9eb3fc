"""load_demo fills an empty database with a realistic, classified job board, idempotently."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from django.core.management import call_command

import config
from config.demo import DEMO_DIR, DEMO_SOURCES
from jobboard.models import Agency, Job

pytestmark = pytest.mark.django_db


def test_load_demo_ingests_at_least_40_jobs_across_levels_of_government(capsys):
    call_command("load_demo")
    assert Job.objects.count() >= 40
    levels = set(Agency.objects.filter(jobs__isnull=False).values_list("level", flat=True))
    assert {"federal", "state", "county", "city", "special-district", "nonprofit"} <= levels
    assert Job.objects.filter(work_arrangement="remote").count() >= 5
    assert Job.objects.filter(pay_interval="hour").count() >= 3
    assert Job.objects.filter(open_until_filled=True, agency__level="county").exists()
    assert Job.objects.filter(role_family__isnull=True).count() >= 3  # nurse, civil engineer...
    out = capsys.readouterr().out
    assert "FAILED" not in out
    assert "1 merged" in out  # the County's Data Scientist, carried by two sources


def test_load_demo_twice_changes_nothing():
    call_command("load_demo")
    before = list(Job.objects.order_by("pk").values_list("pk", "content_hash", "updated_at"))
    call_command("load_demo")
    assert list(Job.objects.order_by("pk").values_list("pk", "content_hash", "updated_at")) == (
        before
    )


def test_the_demo_job_files_ship_inside_the_installed_package():
    """A non-editable install has no tests/ folder: the demo's files live in the config
    package and are declared as its package data, so a wheel carries them."""
    package = Path(config.__file__).resolve().parent
    declared = tomllib.loads((package.parent / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["config"]
    for name, _fmt, _agency in DEMO_SOURCES:
        path = DEMO_DIR / name
        assert path.is_file()
        assert package in path.parents
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch(relative, pattern) for pattern in declared), relative
