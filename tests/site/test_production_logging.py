"""Production settings: JSON log lines on stdout, Sentry only with SENTRY_DSN, ADMINS mail as
the fallback. Each check starts a fresh interpreter with the production settings, as gunicorn
and the worker do."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, logging, sys
import django
django.setup()
import sentry_sdk
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from samenspel.observability import RequestContextMiddleware

logging.getLogger("samenspel.demo").warning("outside a request")

def view(request):
    logging.getLogger("django.request").error("inside a request")
    return HttpResponse()

RequestContextMiddleware(view)(RequestFactory().get("/", HTTP_X_REQUEST_ID="req-123"))
client = sentry_sdk.get_client()
root = [type(h).__name__ for h in logging.getLogger().handlers]
sys.stderr.write(json.dumps({
    "sentry": client.is_active(),
    "user_info": (client.options.get("data_collection") or {}).get("user_info"),
    "environment": client.options.get("environment"),
    "root_handlers": root,
}))
"""


def run_production(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SENTRY_DSN", "ADMINS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="samenspel.settings.production",
        SECRET_KEY="production-logging-test",  # noqa: S106
        ADMINS="Beheer <beheer@samenspel.example>",
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def test_production_logs_are_json_lines_with_level_logger_and_request_id():
    stdout, state = run_production()
    lines = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    outside = next(line for line in lines if line["message"] == "outside a request")
    inside = next(line for line in lines if line["message"] == "inside a request")
    assert outside["level"] == "WARNING" and outside["logger"] == "samenspel.demo"
    assert outside["request_id"] == "-"
    assert inside["level"] == "ERROR" and inside["logger"] == "django.request"
    assert inside["request_id"] == "req-123"
    assert "time" in inside
    # Without SENTRY_DSN: no error tracker, and errors go to ADMINS by e-mail.
    assert state["sentry"] is False
    assert "AdminEmailHandler" in state["root_handlers"]


def test_sentry_switches_on_with_a_dsn_and_collects_no_user():
    _stdout, state = run_production(
        SENTRY_DSN="http://public@127.0.0.1:9/1", SENTRY_ENVIRONMENT="acceptatie"
    )
    assert state["sentry"] is True
    assert state["user_info"] is False
    assert state["environment"] == "acceptatie"
    # Sentry reports errors; ADMINS mail is the fallback only.
    assert "AdminEmailHandler" not in state["root_handlers"]
