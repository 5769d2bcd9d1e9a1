# ruff: noqa: S603 (starts only redis-server and our own gunicorn, with fixed arguments)
"""Fault: Redis restarts while logged-in members use the site.

Redis holds the cache (pages, menus, rate-limit counters) and, with the production settings'
``cached_db`` session engine, a copy of every session; the sessions themselves are in PostgreSQL.
The site runs under gunicorn with production settings against a throw-away ``redis-server``
(own loopback port, no persistence: a restart empties it, like a Redis without a volume). Three
members log in, then they and an anonymous visitor keep requesting pages while Redis is killed,
stays down for a moment and comes back empty. Asserted:

- nobody is logged out: every request of a member answers 200 with their own page, before,
  during and after the outage, and their session cookie still works afterwards;
- nobody sees an error: no response is a 5xx while Redis is down (the cache fails soft);
- Redis is used again after its restart (sessions and pages are cached anew).

The same restart with the old engine (sessions only in the cache) logs everyone out: the second
test shows that the first one can fail.
"""

import shutil
import socket
import subprocess
import threading
import time
from collections import Counter

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from wagtail.models import Page, Site

from benchmarks.common import (
    free_port,
    log_in,
    production_environment,
    request,
    start_gunicorn,
    stop,
)
from samenspel.models import HomePage
from samenspel.roles import Role
from tests.site.factories import PASSWORD, OrganisationFactory, member

REDIS_SERVER = shutil.which("redis-server")
MEMBERS = [f"lid{n}@herstart.example" for n in range(3)]
OUTAGE_SECONDS = 2
LOAD_SECONDS = 8

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="gunicorn shares the test database; set DATABASE_URL (CI does)",
    ),
    pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server (Debian: redis-server)"),
]


class ThrowawayRedis:
    """redis-server on its own loopback port, without persistence; killed and started again."""

    def __init__(self, folder):
        self.port, self.folder, self.process = free_port(), folder, None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.command("PING") == b"+PONG":
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self):
        self.process.kill()  # no shutdown save, no goodbye: as a crash or a container restart
        self.process.wait(timeout=10)

    def command(self, *words):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall((" ".join(words) + "\r\n").encode())
                return sock.recv(128).strip()
        except OSError:
            return None

    def keys(self):
        reply = self.command("DBSIZE")  # ":<n>"
        return int(reply[1:]) if reply else 0

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


@pytest.fixture
def redis(tmp_path):
    server = ThrowawayRedis(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


def database_url():
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def members(transactional_db):
    delft = OrganisationFactory(name="Delft", slug="delft")
    # The test settings hash with MD5, which production does not accept.
    password = PBKDF2PasswordHasher().encode(PASSWORD, "herstartzout")
    for email in MEMBERS:
        user = member(delft, Role.PROFESSIONAL, email=email)
        user.password = password
        user.save(update_fields=["password"])
    # A transactional test before this one may have flushed Wagtail's root page.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Samenspel", slug="samenspel-herstart"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return MEMBERS


def serve(redis, tmp_path, settings_module):
    env = production_environment(
        database_url(), tmp_path / "static", DJANGO_SETTINGS_MODULE=settings_module,
        REDIS_URL=redis.url,
    )  # fmt: skip
    return start_gunicorn(env, free_port(), workers=2, threads=2)


def port_of(server):
    return int(server.args[server.args.index("--bind") + 1].rsplit(":", 1)[1])


def logged_in(port, cookie):
    """200 with the member's organisation: logged in; a redirect to the login: logged out."""
    status, _headers, body = request(port, "GET", "/organisaties/", headers={"Cookie": cookie})
    return status, status == 200 and "Delft" in body.decode()


def test_a_redis_restart_under_load_logs_nobody_out_and_shows_no_error(members, redis, tmp_path):
    server = serve(redis, tmp_path, "tests.quality.fault_settings")
    port = port_of(server)
    try:
        cookies = [log_in(port, email, PASSWORD) for email in members]
        assert all(logged_in(port, cookie)[1] for cookie in cookies)
        assert redis.keys() > 0, "the sessions and pages should be cached in Redis"

        results, phase = [], {"now": "before"}
        stop_at = time.monotonic() + LOAD_SECONDS

        def member_load(cookie):
            while time.monotonic() < stop_at:
                status, ok = logged_in(port, cookie)
                results.append(("member", phase["now"], status, ok))

        def anonymous_load():
            while time.monotonic() < stop_at:
                for path in ("/", "/accounts/login/", "/healthz"):
                    status = request(port, "GET", path)[0]
                    results.append(("anonymous", phase["now"], status, status == 200))

        threads = [threading.Thread(target=member_load, args=(c,)) for c in cookies]
        threads.append(threading.Thread(target=anonymous_load))
        for thread in threads:
            thread.start()
        time.sleep(2)
        redis.kill()
        phase["now"] = "down"
        time.sleep(OUTAGE_SECONDS)
        redis.start()
        phase["now"] = "after"
        for thread in threads:
            thread.join(timeout=LOAD_SECONDS + 30)

        seen = Counter((who, when) for who, when, _status, _ok in results)
        for when in ("before", "down", "after"):
            assert seen["member", when] > 0, f"no member request {when} the outage: {seen}"
            assert seen["anonymous", when] > 0, f"no anonymous request {when} the outage: {seen}"
        failures = [r for r in results if not r[3]]
        assert not failures, f"{len(failures)} of {len(results)} failed, e.g. {failures[:5]}"
        # The sessions outlived the restart, and Redis is back in use.
        assert all(logged_in(port, cookie)[1] for cookie in cookies)
        assert redis.keys() > 0
    finally:
        stop(server)


def test_with_sessions_only_in_the_cache_the_same_restart_logs_everyone_out(
    members, redis, tmp_path
):
    server = serve(redis, tmp_path, "tests.quality.cache_session_settings")
    port = port_of(server)
    try:
        cookie = log_in(port, members[0], PASSWORD)
        assert logged_in(port, cookie)[1]
        redis.kill()
        redis.start()
        status, ok = logged_in(port, cookie)
        assert (status, ok) == (302, False)
    finally:
        stop(server)
