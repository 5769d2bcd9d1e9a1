"""Production settings come from the environment and refuse to run without a secret."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    unwanted = {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in unwanted}
    environment.update({"DJANGO_SETTINGS_MODULE": "samenspel.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="samenspel.example",
        SITE_URL="https://samenspel.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_warns_without_site_url():
    """Without SITE_URL every e-mail link would point at the development address."""
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="samenspel.example",
        SITE_URL="",
    )
    assert result.returncode != 0
    assert "samenspel.W001" in result.stdout + result.stderr


def test_production_uses_redis_and_s3_when_configured():
    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND'], s.SESSION_ENGINE, s.STORAGES['default']['BACKEND'],"
        " s.TASKS['default']['BACKEND'], s.SAMENSPEL_ENFORCE_MFA)"
    )
    result = run_manage(
        "shell",
        "-v",
        "0",
        "-c",
        code,
        SECRET_KEY="s" * 50,
        REDIS_URL="redis://127.0.0.1:6379/3",
        AWS_STORAGE_BUCKET_NAME="samenspel-media",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_redis.cache.RedisCache",
        "django.contrib.sessions.backends.cached_db",
        "storages.backends.s3.S3Storage",
        "django_tasks_db.DatabaseBackend",
        "True",
    ]


def test_development_links_follow_the_port_make_run_serves_on():
    """`PORT=8011 make run`: e-mail links and calendar UIDs name the address the demo runs at."""
    code = (
        "from django.conf import settings as s;"
        "from learning.calendar_identity import new_calendar_uid as uid;"
        "print(s.WAGTAILADMIN_BASE_URL, uid().rsplit('@', 1)[1])"
    )
    result = run_manage(
        "shell",
        "-v",
        "0",
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="samenspel.settings.dev",
        PORT="8011",
        SITE_URL="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://127.0.0.1:8011", "127.0.0.1"]
    configured = run_manage(
        "shell",
        "-v",
        "0",
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="samenspel.settings.dev",
        SITE_URL="https://samenspel.example",
    )
    assert configured.stdout.split() == ["https://samenspel.example", "samenspel.example"]
