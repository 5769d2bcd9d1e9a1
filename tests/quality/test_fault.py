"""Fault: PostgreSQL restarts while the site is under load and forms are being submitted.

The site runs under gunicorn (production settings) against a private PostgreSQL cluster that
this test starts in a temporary folder on its own loopback port — restarting the machine's shared
server would break every other database user, including pytest-django's own connection. The
private cluster gets the schema of the test database (pg_dump | pg_restore), an organisation with
an admin and a professional, a published building-block page and an open questionnaire round
with an anonymous link. Then readers GET /healthz and the login page (its menu needs the
database) while three submitters post, each submission carrying a unique marker:

- the organisation admin invites colleagues (the marker is the e-mail address);
- the logged-in professional comments on the building-block page (the marker is in the text);
- anonymous respondents send the questionnaire through the round link (the marker is the
  self-chosen respondent code, stored only as a keyed hash);

and the cluster is stopped for a few seconds and started again. Asserted:

- while the database is down the site answers 503 (never 500, never a dropped connection), and
  each kind of submission met that 503;
- it recovers by itself: /healthz and pages answer 200 again without restarting gunicorn;
- a submission is answered either with 503 or with the answer that means "saved" (invitation and
  comment: a redirect to their page; questionnaire: the thank-you page), never anything else;
- every submission that got that success answer is in the database.
"""

import contextlib
import json
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

from benchmarks.common import (
    cookies_from,
    free_port,
    log_in,
    production_environment,
    request,
    start_gunicorn,
    stop,
)
from learning.tokens import hash_code

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)
OUTAGE_SECONDS = 4
LOAD_SECONDS = 14
ADMIN_EMAIL = "beheer@storing.example"
PROFESSIONAL_EMAIL = "professional@storing.example"
PASSWORD = "storing-wachtwoord-2026"  # noqa: S105 - a throw-away test cluster

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
import datetime, json
from samenspel.models import HomePage, Organisation, Membership
from samenspel.roles import Role
from django.contrib.auth import get_user_model
from allauth.account.models import EmailAddress
from wagtail.models import Page, Site
from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage
from learning.instrument import seed_instrument
from learning.models import MeasurementRound
org = Organisation.objects.create(name="Storingsdorp", slug="storingsdorp", kind="municipality")
for email, role in (("{ADMIN_EMAIL}", Role.ORG_ADMIN), ("{PROFESSIONAL_EMAIL}", Role.PROFESSIONAL)):
    user = get_user_model().objects.create_user(email=email, password="{PASSWORD}")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Membership.objects.create(user=user, organisation=org, role=role)
home = Page.get_first_root_node().add_child(instance=HomePage(title="Samenspel", slug="start"))
Site.objects.update_or_create(is_default_site=True, defaults={{"root_page": home}})
index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
block = index.add_child(instance=BuildingBlockPage(title="Weging", slug="weging",
                                                   summary="Samen wegen."))
block.save_revision().publish()
block.refresh_from_db()
today = datetime.date.today()
round = MeasurementRound.objects.create(
    instrument=seed_instrument(), title="Storingsmeting", kind="baseline", scope="region",
    opens_on=today - datetime.timedelta(days=1), closes_on=today + datetime.timedelta(days=30))
print("FAULT-SETUP", json.dumps({{
    "page": block.pk, "revision": block.live_revision_id, "page_url": block.url,
    "round_url": round.respondent_url(), "salt": round.series_salt,
}}))
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
    line = next(x for x in setup.stdout.splitlines() if x.startswith("FAULT-SETUP "))
    content = json.loads(line.removeprefix("FAULT-SETUP "))
    port = free_port()
    server = start_gunicorn(env, port, workers=2)
    try:
        yield port, content
    finally:
        stop(server)


class Form:
    """One kind of submission: where it is posted, its fields for a marker, and the answer that
    means "saved"."""

    def __init__(self, kind, path, cookie, fields, saved):
        self.kind, self.path, self.cookie = kind, path, cookie
        self.fields, self.saved = fields, saved


def invitation_form(port):
    cookie, csrf = session_cookie(port, ADMIN_EMAIL)
    path = "/organisaties/storingsdorp/leden/"
    return Form(
        "invitation", path, cookie,
        fields=lambda marker: {
            "csrfmiddlewaretoken": csrf,
            "email": f"collega-{marker}@storing.example",
            "role": "professional",
        },
        saved=lambda status, headers, _body: status == 302 and headers.get("Location") == path,
    )  # fmt: skip


def comment_form(port, content):
    """A comment on the building-block page, as its comment form posts it."""
    cookie, csrf = session_cookie(port, PROFESSIONAL_EMAIL)
    page_url = content["page_url"]
    return Form(
        "comment", "/reacties/nieuw/", cookie,
        fields=lambda marker: {
            "csrfmiddlewaretoken": csrf,
            "page": content["page"],
            "revision": content["revision"],
            "anchor": "",
            "parent": "",
            "kind": "practice",
            "body": f"Tijdens de storing geprobeerd ({marker}): de weging werkt goed.",
        },
        # The comment view redirects to the comment's anchor on its page once it is stored.
        saved=lambda status, headers, _body: status == 302
        and headers.get("Location", "").startswith(f"{page_url}#reactie-"),
    )  # fmt: skip


def questionnaire_form(port, content):
    """The questionnaire sent through the round's anonymous link (no account, no session)."""
    path = content["round_url"]
    status, headers, _body = request(port, "GET", path)
    assert status == 200, f"the round link answered {status}"
    csrf = cookies_from(headers)["csrftoken"]
    return Form(
        "answers", path, f"csrftoken={csrf}",
        fields=lambda marker: {
            "csrfmiddlewaretoken": csrf,
            "org_type": "LT",
            "municipality": "Delft",
            "trained": "ja",
            "code": marker,
            "versturen": "1",
        },
        # Sending stores the answers and shows the thank-you page instead of the form again.
        saved=lambda status, _headers, body: status == 200
        and b"Bedankt voor je antwoorden" in body and b'name="versturen"' not in body,
    )  # fmt: skip


def session_cookie(port, email):
    cookie = log_in(port, email, PASSWORD)
    return cookie, cookie.split("csrftoken=")[1]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.responses = []  # (kind, status or exception name, monotonic time)
        self.submitted = []  # (kind, marker, status, saved)

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


def submitter(port, form, recorder, until):
    headers = {"Cookie": form.cookie, "Content-Type": "application/x-www-form-urlencoded"}
    while time.monotonic() < until:
        marker = uuid.uuid4().hex[:16]
        body = urlencode(form.fields(marker))
        saved = False
        try:
            status, response_headers, response_body = request(
                port, "POST", form.path, body=body, timeout=10, headers=headers
            )
            saved = form.saved(status, response_headers, response_body)
        except OSError as error:
            status = type(error).__name__
        recorder.add(form.kind, status)
        with recorder.lock:
            recorder.submitted.append((form.kind, marker, status, saved))
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


def query(cluster, sql):
    result = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "site",
         "-tAc", sql],
        check=True, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    return result.stdout


def stored(cluster, kind, markers, salt):
    """Those of ``markers`` whose submission of ``kind`` is in the database."""
    if kind == "invitation":
        emails = set(query(cluster, "SELECT email FROM samenspel_invitation").split())
        return {m for m in markers if f"collega-{m}@storing.example" in emails}
    if kind == "comment":
        bodies = query(cluster, "SELECT body FROM feedback_comment")
        return {m for m in markers if f"({m})" in bodies}
    # Respondent codes are stored only as hashes keyed with the round series' salt.
    hashes = set(
        query(cluster, "SELECT code_hash FROM learning_response WHERE status = 'complete'").split()
    )
    return {m for m in markers if hash_code(m, salt) in hashes}


def test_database_restart_under_load(cluster, site):
    port, content = site
    forms = [invitation_form(port), comment_form(port, content), questionnaire_form(port, content)]
    recorder = Recorder()
    until = time.monotonic() + LOAD_SECONDS
    threads = [
        threading.Thread(target=reader, args=(port, "/healthz", recorder, until)),
        threading.Thread(target=reader, args=(port, "/accounts/login/", recorder, until)),
        *(threading.Thread(target=submitter, args=(port, f, recorder, until)) for f in forms),
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
    assert request(port, "GET", content["round_url"])[0] == 200

    statuses = {status for _kind, status, _at in recorder.responses}
    assert statuses <= {200, 302, 503}, f"unclean answers: {sorted(map(str, statuses))}"
    during = [(kind, status) for kind, status, at in recorder.responses if down_at < at < up_at]
    assert during, "no request was answered during the outage"
    assert {status for _kind, status in during} == {503}, during
    for form in forms:
        assert (form.kind, 503) in during, f"no {form.kind} was submitted during the outage"

    unclear = [(k, m, s) for k, m, s, saved in recorder.submitted if s != 503 and not saved]
    assert not unclear, f"answered neither 503 nor saved: {unclear}"
    for form in forms:
        succeeded = {m for k, m, _s, saved in recorder.submitted if k == form.kind and saved}
        assert len(succeeded) > 5, f"too few successful {form.kind} submissions to mean anything"
        missing = succeeded - stored(cluster, form.kind, succeeded, content["salt"])
        assert not missing, f"{form.kind}: acknowledged but not stored: {sorted(missing)}"
