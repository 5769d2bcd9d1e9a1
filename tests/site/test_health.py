from django.db import connections

from samenspel.views import health


def unreachable_database():
    """A real connection to a database that is not there (closed port or missing file)."""
    dead = connections.create_connection("default")
    if dead.vendor == "sqlite":
        dead.settings_dict = {**dead.settings_dict, "NAME": "/nonexistent/samenspel.sqlite3"}
    else:
        dead.settings_dict = {**dead.settings_dict, "HOST": "127.0.0.1", "PORT": "1"}
    return dead


def test_healthz_answers_ok_when_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_database_does_not(client, db, monkeypatch):
    monkeypatch.setattr(health, "connection", unreachable_database())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
