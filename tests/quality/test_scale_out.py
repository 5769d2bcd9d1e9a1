"""Scale-out: two app processes sharing one PostgreSQL database and one Redis.

Two gunicorn processes (production settings, REDIS_URL on a dedicated Redis database) on two
loopback ports serve the same test database. A member logs in on one and is logged in on the
other (sessions live in Redis); a toolkit page cached by one process is invalidated for both when
a third process publishes a change (the page cache's generation number lives in Redis).
"""

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from wagtail.models import Page, Site

from benchmarks.common import (
    free_port,
    log_in,
    production_environment,
    redis_url,
    request,
    start_gunicorn,
    stop,
)
from samenspel.models import HomePage
from samenspel.roles import Role
from tests.site.factories import PASSWORD, OrganisationFactory, member

ROOT = Path(__file__).resolve().parents[2]
REDIS_DB = 13  # dedicated to this test; flushed before and after


def redis_is_there():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="two processes share one PostgreSQL database; set DATABASE_URL (CI does)",
    ),
    pytest.mark.skipif(not redis_is_there(), reason="needs Redis on 127.0.0.1:6379"),
]


def database_url():
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def content():
    """A member, and a cached toolkit page that the default site serves."""
    from toolkit.models import BuildingBlockIndexPage

    delft = OrganisationFactory(name="Delft", slug="delft")
    user = member(delft, Role.PROFESSIONAL, email="professional@example.org")
    # The test settings hash with MD5, which production does not accept.
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "schaalproefzout")
    user.save(update_fields=["password"])
    # Wagtail's root page comes from a migration; a transactional test before this one may have
    # flushed it (see tests/conftest.py on serialized rollback), so make sure it is there.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Samenspel", slug="samenspel-schaal"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
    return user, index


@pytest.fixture
def two_servers(content, tmp_path):
    redis = redis_url(REDIS_DB)
    env = production_environment(
        database_url(),
        tmp_path / "static",
        DJANGO_SETTINGS_MODULE="tests.quality.fault_settings",
        REDIS_URL=redis,
    )
    ports = [free_port(), free_port()]
    servers = []
    try:
        for port in ports:
            servers.append(start_gunicorn(env, port, workers=1))
        yield env, ports
    finally:
        for server in servers:
            stop(server)
        redis_url(REDIS_DB)


def test_a_session_from_one_process_works_on_the_other(two_servers):
    _env, (a, b) = two_servers
    cookie = log_in(a, "professional@example.org", PASSWORD)
    status, _headers, body = request(b, "GET", "/organisaties/", headers={"Cookie": cookie})
    assert status == 200
    assert "Delft" in body.decode()
    # Without the cookie the same page sends you to the login.
    assert request(b, "GET", "/organisaties/")[0] == 302


PUBLISH = """
from toolkit.models import BuildingBlockIndexPage
page = BuildingBlockIndexPage.objects.get(slug="bouwstenen")
page.title = "Bouwstenen van de werkwijze"
page.save_revision().publish()
"""


def test_a_cache_invalidation_in_one_process_reaches_the_other(two_servers, content):
    env, (a, b) = two_servers
    path = content[1].url
    for port in (a, b):
        request(port, "GET", path)  # fill the cache (either process may fill it)
    status, headers, body = request(b, "GET", path)
    assert status == 200
    assert headers.get("X-Samenspel-Cache") == "hit"
    assert "Bouwstenen van de werkwijze" not in body.decode()

    publish = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", PUBLISH],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert publish.returncode == 0, publish.stderr[-2000:]

    for port in (a, b):
        status, headers, body = request(port, "GET", path)
        assert status == 200
        assert "Bouwstenen van de werkwijze" in body.decode(), f"stale page on port {port}"
    # And the fresh page is shared again: the second process answers from the cache.
    assert request(b, "GET", path)[1].get("X-Samenspel-Cache") == "hit"
