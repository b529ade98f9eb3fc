"""Every response carries the security headers a public site should, and the generated
secret key is private and agreed on by workers that start together."""

from __future__ import annotations

import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_settings import PROJECT, production_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/jobs/", "/employers/signup/", "/search/?q=data"])
def test_public_pages_have_a_strict_content_security_policy(client, path):
    response = client.get(path)
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_the_wagtail_admin_keeps_working_outside_the_policy(admin_client):
    """Wagtail's admin relies on inline scripts and styles, so it is left out of the CSP."""
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers
    assert "Permissions-Policy" in response.headers


def test_https_turns_on_a_year_of_hsts_with_subdomains(tmp_path):
    assert production_settings(tmp_path, DJANGO_HTTPS="1")["hsts"] == [31536000, True]
    assert production_settings(tmp_path)["hsts"] == [0, False]


START_TOGETHER = """
import os, sys, time
from pathlib import Path
from config.settings.env import secret_key
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
print(secret_key({}, Path(sys.argv[1])))
"""


def test_workers_starting_together_agree_on_one_private_secret_key(tmp_path):
    key_file = tmp_path / "var" / "secret_key"
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", START_TOGETHER, str(key_file), str(go)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    time.sleep(1.0)  # every interpreter is up and waiting
    go.touch()
    keys = {worker.communicate(timeout=30)[0].strip() for worker in workers}
    assert len(keys) == 1
    (key,) = keys
    assert len(key) >= 50
    assert key_file.read_text() == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert sorted(p.name for p in key_file.parent.iterdir()) == ["secret_key"]  # no leftovers
    assert Path(key_file).is_file()
