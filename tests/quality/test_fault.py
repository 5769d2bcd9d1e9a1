"""Fault: PostgreSQL restarts while the site is under load and forms are being submitted.

The site runs under gunicorn (production settings) against a private PostgreSQL cluster that
this test starts in a temporary folder on its own loopback port — restarting the machine's shared
server would break every other database user, including pytest-django's own connection. The
private cluster gets the schema of the test database (pg_dump | pg_restore), one organisation
admin, and then: readers GET /healthz and the login page (its menu needs the database), the admin submits invitations, the cluster is
stopped for a few seconds and started again. Asserted:

- while the database is down the site answers 503 (never 500, never a dropped connection);
- it recovers by itself: /healthz and pages answer 200 again without restarting gunicorn;
- every submission that got a success response (a redirect) is in the database.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from importlib import import_module
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

from benchmarks.common import free_port, production_environment, request, start_gunicorn, stop

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)
OUTAGE_SECONDS = 4
LOAD_SECONDS = 14
ADMIN_EMAIL = "beheer@storing.example"
ADMIN_PASSWORD = "storing-wachtwoord-2026"  # noqa: S105 - a throw-away test cluster

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="the fault test restarts PostgreSQL; set DATABASE_URL (CI does)",
    ),
    pytest.mark.skipif(PG_BIN is None, reason="PostgreSQL server binaries are not installed"),
    pytest.mark.skipif(
        not (
            os.environ.get("FAULT_SETTINGS_MODULE")
            or getattr(import_module(settings.ROOT_URLCONF), "handler500", None)
        ),
        reason="needs a handler500 that answers 503 on database errors (docs/security.md)",
    ),
]


def as_postgres(*command, **kwargs):
    prefix = [] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"]
    return subprocess.run(
        [*prefix, *command], check=True, capture_output=True, text=True, timeout=60, **kwargs
    )


class PrivateCluster:
    def __init__(self, folder, port):
        self.data, self.port = folder / "data", port
        self.socket_dir = folder

    def init(self):
        as_postgres(str(PG_BIN / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(self.data))
        self.start()

    def pg_ctl(self, action):
        options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        as_postgres(str(PG_BIN / "pg_ctl"), action, "-D", str(self.data), "-w", "-m", "fast",
                    "-o", options, "-l", str(self.socket_dir / "server.log"))  # fmt: skip

    def start(self):
        self.pg_ctl("start")

    def stop(self):
        self.pg_ctl("stop")

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture
def cluster(transactional_db):
    # Not under pytest's tmp_path: the postgres user must be able to reach the folder.
    folder = Path(tempfile.mkdtemp(prefix="samenspel-pg-fault-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    cluster = PrivateCluster(folder, free_port())
    cluster.init()
    try:
        as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(cluster.port), "site")
        source = connection.settings_dict  # the migrated test database
        dump = subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
             "-h", source["HOST"] or "127.0.0.1", "-p", str(source["PORT"] or 5432),
             "-U", source["USER"] or "postgres", source["NAME"]],
            check=True, capture_output=True, timeout=60,
            env={**os.environ, "PGPASSWORD": source["PASSWORD"] or ""},
        )  # fmt: skip
        subprocess.run(
            ["pg_restore", "--no-owner", "--no-privileges", "-h", "127.0.0.1",
             "-p", str(cluster.port), "-U", "postgres", "-d", "site"],
            input=dump.stdout, check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        yield cluster
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


SETUP = f"""
from samenspel.models import Organisation, Membership
from samenspel.roles import Role
from django.contrib.auth import get_user_model
from allauth.account.models import EmailAddress
org = Organisation.objects.create(name="Storingsdorp", slug="storingsdorp", kind="municipality")
user = get_user_model().objects.create_user(email="{ADMIN_EMAIL}", password="{ADMIN_PASSWORD}")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
Membership.objects.create(user=user, organisation=org, role=Role.ORG_ADMIN)
"""


@pytest.fixture
def site(cluster, tmp_path):
    settings_module = os.environ.get("FAULT_SETTINGS_MODULE", "tests.quality.fault_settings")
    env = production_environment(
        cluster.url("site"), tmp_path / "static", DJANGO_SETTINGS_MODULE=settings_module
    )
    setup = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", SETUP],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr[-3000:]
    port = free_port()
    server = start_gunicorn(env, port, workers=2)
    try:
        yield port
    finally:
        stop(server)


def logged_in_headers(port):
    from benchmarks.common import log_in

    cookie = log_in(port, ADMIN_EMAIL, ADMIN_PASSWORD)
    csrf = cookie.split("csrftoken=")[1]
    return cookie, csrf


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.responses = []  # (kind, status or exception name, monotonic time)
        self.submitted = []  # (email, status)

    def add(self, kind, status):
        with self.lock:
            self.responses.append((kind, status, time.monotonic()))


def reader(port, path, recorder, until):
    while time.monotonic() < until:
        try:
            status, _headers, _body = request(port, "GET", path, timeout=10)
        except OSError as error:
            status = type(error).__name__
        recorder.add(path, status)
        time.sleep(0.05)


def submitter(port, cookie, csrf, recorder, until):
    path = "/organisaties/storingsdorp/leden/"
    while time.monotonic() < until:
        email = f"collega-{uuid.uuid4().hex[:12]}@storing.example"
        body = urlencode({"csrfmiddlewaretoken": csrf, "email": email, "role": "professional"})
        try:
            status, _headers, _body = request(
                port, "POST", path, body=body, timeout=10,
                headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
            )  # fmt: skip
        except OSError as error:
            status = type(error).__name__
        recorder.add("submit", status)
        with recorder.lock:
            recorder.submitted.append((email, status))
        time.sleep(0.1)


def wait_until_healthy(port, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if request(port, "GET", "/healthz", timeout=5)[0] == 200:
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def stored_invitations(cluster):
    result = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "site",
         "-tAc", "SELECT email FROM samenspel_invitation"],
        check=True, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    return set(result.stdout.split())


def test_database_restart_under_load(cluster, site):
    port = site
    cookie, csrf = logged_in_headers(port)
    recorder = Recorder()
    until = time.monotonic() + LOAD_SECONDS
    threads = [
        threading.Thread(target=reader, args=(port, "/healthz", recorder, until)),
        threading.Thread(target=reader, args=(port, "/accounts/login/", recorder, until)),
        threading.Thread(target=submitter, args=(port, cookie, csrf, recorder, until)),
        threading.Thread(target=submitter, args=(port, cookie, csrf, recorder, until)),
    ]
    for thread in threads:
        thread.start()
    time.sleep(3)
    cluster.stop()  # returns once the server is down
    down_at = time.monotonic()
    time.sleep(OUTAGE_SECONDS)
    up_at = time.monotonic()  # still down until start() below
    cluster.start()
    for thread in threads:
        thread.join()

    assert wait_until_healthy(port, 15), "the site did not recover by itself"
    assert request(port, "GET", "/accounts/login/")[0] == 200

    statuses = {status for _kind, status, _at in recorder.responses}
    assert statuses <= {200, 302, 503}, f"unclean answers: {sorted(map(str, statuses))}"
    during = [(kind, status) for kind, status, at in recorder.responses if down_at < at < up_at]
    assert during, "no request was answered during the outage"
    assert {status for _kind, status in during} == {503}, during
    assert any(kind == "submit" for kind, _status in during)

    succeeded = {email for email, status in recorder.submitted if status == 302}
    assert len(succeeded) > 5, "too few successful submissions to mean anything"
    missing = succeeded - stored_invitations(cluster)
    assert not missing, f"acknowledged but not stored: {sorted(missing)}"
