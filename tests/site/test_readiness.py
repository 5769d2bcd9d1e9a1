"""/readyz: database, cache and the task queue, with a real unreachable cache and real rows of
django-tasks-db's queue table."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from samenspel.views import health

from .test_health import unreachable_database

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
    }
}


def waiting_task(enqueued_minutes_ago, run_after=None):
    """A task row as django-tasks-db writes it when a task is enqueued (status READY)."""
    row = DBTaskResult.objects.create(
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="casebank.tasks.deidentify_case",
        backend_name="default",
        run_after=run_after or get_date_max(),
    )
    DBTaskResult.objects.filter(pk=row.pk).update(
        enqueued_at=timezone.now() - timedelta(minutes=enqueued_minutes_ago)
    )
    return row


def test_ready_when_database_cache_and_queue_are_fine(client, db):
    waiting_task(enqueued_minutes_ago=1)
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok" and body["cache"] == "ok" and body["tasks"] == "ok"
    assert 55 <= body["oldest_waiting_task_seconds"] <= 120
    assert response["Cache-Control"].startswith("max-age=0")
    assert "Set-Cookie" not in response


def test_not_ready_when_a_task_waits_too_long(client, db, settings):
    settings.READINESS_MAX_TASK_AGE = 15 * 60
    waiting_task(enqueued_minutes_ago=20)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["tasks"] == "delayed"
    assert response.json()["oldest_waiting_task_seconds"] >= 20 * 60


def test_a_task_deferred_to_later_is_not_late(client, db):
    """A retry scheduled in five minutes waits on purpose: it counts from its due time."""
    waiting_task(enqueued_minutes_ago=30, run_after=timezone.now() + timedelta(minutes=5))
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["oldest_waiting_task_seconds"] == 0


def test_finished_and_running_tasks_do_not_count(client, db):
    old = waiting_task(enqueued_minutes_ago=60)
    DBTaskResult.objects.filter(pk=old.pk).update(status="SUCCESSFUL")
    assert client.get("/readyz").status_code == 200


def test_not_ready_when_the_cache_is_unreachable(client, db, settings):
    settings.CACHES = UNREACHABLE_REDIS
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "cache": "unreachable",
        "tasks": "ok",
        "oldest_waiting_task_seconds": 0,
    }


def test_not_ready_when_the_database_is_unreachable(client, db, monkeypatch):
    monkeypatch.setattr(health, "connection", unreachable_database())
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
    assert response.json()["tasks"] == "unknown"


@pytest.mark.parametrize("path", ["/readyz", "/healthz"])
def test_probes_need_no_login_and_pass_two_step_guards(client, db, editor, settings, path):
    """A logged-in editor without two-step verification is sent to set it up everywhere,
    except to the probes; they never meet a login redirect or open a session either."""
    settings.SAMENSPEL_ENFORCE_MFA = True
    client.force_login(editor)
    assert client.get(path).status_code == 200
    client.logout()
    response = client.get(path)
    assert response.status_code == 200
    assert "sessionid" not in response.cookies
