"""Error reports leave without personal data: Sentry events and the ADMINS e-mail.

A real sentry-sdk client with an in-memory transport (what would be sent to Sentry or GlitchTip
is kept in a list instead), and Django's real mail_admins path into the locmem outbox. The fault:
storing a case story fails with an exception whose message quotes the story, as a database or
library error can.
"""

import io
import json
import sys
from urllib.parse import urlencode

import pytest
import sentry_sdk
from django.core import mail
from django.test import Client
from sentry_sdk.transport import Transport

from casebank import submission
from casebank.choices import CaseType, Outcome
from samenspel.observability import before_send, parse_admins, scrub_text

STORY = {
    "title": "Het verhaal van Sandra Bakkerstraat",
    "family": "Moeder Sandra Bakkerstraat woont met Noah (9) aan de Lindelaan 12 in Delft.",
    "trigger": "De school belde op 3 maart over Noah.",
    "course": "We maakten samen een tijdslijn.\nSandra vertelde over haar broer Kees.",
    "outcome": "Het ging beter.",
}
SECRETS = ("Sandra", "Bakkerstraat", "Lindelaan", "Noah", "Kees", "tijdslijn")


class MemoryTransport(Transport):
    """Keeps every envelope the client would send."""

    sent = []

    def capture_envelope(self, envelope):
        MemoryTransport.sent.append(envelope)


def sent_events():
    events = []
    for envelope in MemoryTransport.sent:
        for item in envelope.items:
            if item.type == "event":
                events.append(item.payload.json)
    return events


@pytest.fixture
def sentry():
    from samenspel.observability import init_sentry

    MemoryTransport.sent = []
    init_sentry(
        "https://public@errors.example/1",
        environment="test",
        release="samenspel@test",
        transport=MemoryTransport,
    )
    yield
    sentry_sdk.flush()
    sentry_sdk.init()  # no DSN: the client is switched off again


@pytest.fixture
def failing_story_save(monkeypatch):
    """Storing the story fails, and the error message quotes what was posted."""

    def fail(case, sections):
        raise ValueError(f"could not store section family: {sections['family']!r}")

    monkeypatch.setattr(submission, "save_story", fail)


CSRF = "a" * 32  # a CSRF secret sent as cookie and as form field (Django accepts the pair)


def call_wsgi(method, path, query="", data=None, cookies=None, **headers):
    """One request through Django's real WSGI handler, as gunicorn calls it (sentry-sdk hooks
    into that handler). Connection clean-up at request end is held back, as Django's test
    client does, so the test's transaction stays open."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    body = urlencode(data or {}, doseq=True).encode()
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "REMOTE_ADDR": "203.0.113.9",
        "HTTP_COOKIE": "; ".join(f"{name}={value}" for name, value in (cookies or {}).items()),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        **{"HTTP_" + name.upper(): value for name, value in headers.items()},
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        chunks = WSGIHandler()(environ, start_response)
        b"".join(chunks)
        chunks.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"]


def post_story(professional, delft, extra_query=""):
    """The professional posts the story of a new submission; the store fails."""
    case = submission.start_submission(
        submitter=professional,
        organisation=delft,
        known_names=["Sandra Bakkerstraat"],
        case_type=CaseType.OTS_PREVENTED,
        outcome_kind=Outcome.WELL,
    )
    client = Client()
    client.force_login(professional)
    cookies = {"sessionid": client.cookies["sessionid"].value, "csrftoken": CSRF}
    return call_wsgi(
        "POST",
        f"/casusbank/inzendingen/{case.pk}/verhaal/",
        query=f"zoek=Sandra+Bakkerstraat{extra_query}",
        data={**STORY, "csrfmiddlewaretoken": CSRF},
        cookies=cookies,
        x_forwarded_for="203.0.113.9",
        referer="https://samenspel.example/casusbank/?q=Noah",
        user_agent="Testbrowser/1.0",
    )


def test_an_exception_in_a_view_reaches_sentry_without_personal_data(
    sentry, failing_story_save, professional, delft
):
    assert post_story(professional, delft) == 500
    sentry_sdk.flush()
    events = sent_events()
    assert len(events) == 1
    event = events[0]
    # The report is useful: what failed, where, in which release.
    assert event["exception"]["values"][-1]["type"] == "ValueError"
    assert event["environment"] == "test"
    assert event["release"] == "samenspel@test"
    assert event["request"]["url"].endswith("/verhaal/")
    assert event["request"]["method"] == "POST"
    # And it holds nothing personal: no story, names, address, session, user or IP.
    payload = json.dumps(event)
    for secret in (*SECRETS, professional.email, "203.0.113.9", "sessionid", "csrftoken"):
        assert secret not in payload, secret
    assert "[Filtered]" in event["exception"]["values"][-1]["value"]
    assert "user" not in event
    assert "data" not in event["request"] and "cookies" not in event["request"]
    assert set(event["request"]["headers"]) <= {"Host", "Content-Type", "Content-Length"}
    frames = event["exception"]["values"][-1]["stacktrace"]["frames"]
    assert frames and all("vars" not in frame for frame in frames)


def test_a_logged_error_reaches_sentry_scrubbed(sentry, db):
    import logging

    logging.getLogger("samenspel.test").error("mail to %s failed", "jan.jansen@example.org")
    sentry_sdk.flush()
    messages = [json.dumps(event) for event in sent_events()]
    assert messages and "jan.jansen@example.org" not in messages[0]
    assert "mail to [Filtered] failed" in messages[0]


def test_admins_mail_holds_no_posted_text(failing_story_save, professional, delft, settings):
    settings.ADMINS = parse_admins("Beheer <beheer@samenspel.example>")
    mail.outbox = []
    assert post_story(professional, delft, extra_query="&email=ouder%40example.org") == 500
    reports = [m for m in mail.outbox if m.to == ["beheer@samenspel.example"]]
    assert len(reports) == 1
    report = reports[0]
    text = report.subject + report.body + "".join(str(a) for a in report.alternatives)
    assert "ValueError" in text and "verhaal" in text  # still a useful report
    for secret in (*SECRETS, professional.email, "ouder@example.org", "203.0.113.9"):
        assert secret not in text, secret
    # The posted field names stay (they tell which form failed), their values do not.
    assert "family = '[Filtered]'" in report.body
    assert "USER:" not in report.body


def test_parse_admins_reads_names_and_addresses():
    assert parse_admins("Naam Een <een@example.org>, twee@example.org") == [
        ("Naam Een", "een@example.org"),
        ("twee@example.org", "twee@example.org"),
    ]
    assert parse_admins("") == []


def test_scrub_text_replaces_posted_values_line_by_line_and_addresses():
    posted = ["Eerste regel over Noah.\nTweede regel over Kees."]
    text = "fout bij 'Tweede regel over Kees.' voor piet@example.org"
    assert scrub_text(text, posted) == "fout bij '[Filtered]' voor [Filtered]"


def test_before_send_drops_user_headers_and_body():
    event = {
        "request": {
            "url": "https://samenspel.example/a?b=c",
            "method": "POST",
            "query_string": "b=c&d=e",
            "data": {"family": "verhaal"},
            "cookies": {"sessionid": "x"},
            "headers": {"Cookie": "sessionid=x", "X-Forwarded-For": "1.2.3.4", "Accept": "*/*"},
            "env": {"REMOTE_ADDR": "1.2.3.4"},
        },
        "user": {"email": "a@b.nl", "ip_address": "1.2.3.4"},
    }
    assert before_send(event) == {
        "request": {
            "method": "POST",
            "url": "https://samenspel.example/a",
            "query_string": "b=[Filtered]&d=[Filtered]",
            "headers": {"Accept": "*/*"},
        }
    }
