"""Error reports and logs without personal data (docs/deploy.md, docs/privacy.md).

- ``RequestContextMiddleware`` gives every request an id (the load balancer's ``X-Request-ID``
  when it is a plain token, else a fresh one) and remembers the request while it runs, so that
  log lines carry the id and error reports can be scrubbed of what the visitor posted.
- ``RequestIdLogFilter`` puts that id on every log record (``request_id``, "-" outside a request).
- ``before_send`` / ``before_breadcrumb`` are sentry-sdk's hooks (``init_sentry``): they remove
  the request body, cookies, headers, query-string values, the user and the client address,
  and replace e-mail addresses and every value the current request posted (the text of a case
  story, a comment, a questionnaire answer) wherever it still appears, e.g. quoted in an
  exception message.

Nothing here imports Django's request or view machinery, so settings can import it.
"""

from __future__ import annotations

import contextvars
import re
import uuid

FILTERED = "[Filtered]"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Posted values shorter than this are not searched for (a "1" or "ja" would blank out code).
MIN_SCRUB_LENGTH = 4
# Request headers an error report may keep; everything else (cookies, authorization,
# forwarded-for addresses, referers with query strings) is dropped.
SAFE_HEADERS = {"accept", "accept-language", "content-type", "content-length", "host"}

_request = contextvars.ContextVar("samenspel_request", default=None)
_request_id = contextvars.ContextVar("samenspel_request_id", default="-")


class RequestContextMiddleware:
    """First in the middleware list: the request id and the request for scrubbing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request_id = given if REQUEST_ID_RE.match(given) else uuid.uuid4().hex
        request.request_id = request_id
        id_token = _request_id.set(request_id)
        request_token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(request_token)
            _request_id.reset(id_token)


class RequestIdLogFilter:
    """Adds ``request_id`` to each record (a logging filter that never drops a record)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = _request_id.get()
        return True


def posted_values(request=None):
    """The values the current request posted (form fields, long enough to be searched for)."""
    request = request if request is not None else _request.get()
    if request is None or request.method not in {"POST", "PUT", "PATCH"}:
        return []
    try:
        items = request.POST.lists()
    except Exception:  # noqa: BLE001 - an unreadable body holds nothing more to scrub
        return []
    values = {v.strip() for _key, vs in items for v in vs if isinstance(v, str)}
    # Longest first, so a value that contains a shorter one is replaced whole.
    return sorted((v for v in values if len(v) >= MIN_SCRUB_LENGTH), key=len, reverse=True)


def scrub_text(text, values=()):
    """``text`` with every posted value (and each of its lines) and e-mail address replaced."""
    if not isinstance(text, str) or not text:
        return text
    for value in values:
        if value in text:
            text = text.replace(value, FILTERED)
        for line in value.splitlines():
            line = line.strip()
            if len(line) >= MIN_SCRUB_LENGTH and line in text:
                text = text.replace(line, FILTERED)
    return EMAIL_RE.sub(FILTERED, text)


def _scrub_tree(node, values):
    if isinstance(node, str):
        return scrub_text(node, values)
    if isinstance(node, dict):
        return {key: _scrub_tree(value, values) for key, value in node.items()}
    if isinstance(node, list | tuple):
        return [_scrub_tree(value, values) for value in node]
    return node


def _scrub_request(request_info):
    """Keep method, address without query values, and a few harmless headers."""
    url = request_info.get("url", "")
    query = request_info.get("query_string") or ""
    if isinstance(query, str) and query:
        keys = [part.split("=", 1)[0] for part in query.split("&") if part]
        query = "&".join(f"{key}={FILTERED}" for key in keys)
    headers = {
        name: value
        for name, value in (request_info.get("headers") or {}).items()
        if name.lower() in SAFE_HEADERS
    }
    return {
        "method": request_info.get("method"),
        "url": url.split("?", 1)[0],
        "query_string": query,
        "headers": headers,
    }


def before_send(event, hint=None):
    """sentry-sdk hook: the event as it may leave this machine."""
    values = posted_values()
    if "request" in event:
        event["request"] = _scrub_request(event["request"])
    event.pop("user", None)
    event.pop("server_name", None)  # the host name is infrastructure, not needed
    for key in ("exception", "logentry", "message", "breadcrumbs", "extra", "contexts", "tags"):
        if key in event:
            event[key] = _scrub_tree(event[key], values)
    for exception in (event.get("exception") or {}).get("values", []):
        for frame in (exception.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
    return event


def before_breadcrumb(crumb, hint=None):
    """sentry-sdk hook: breadcrumbs (log lines, SQL without parameters) scrubbed the same way."""
    values = posted_values()
    for key in ("message", "data"):
        if key in crumb:
            crumb[key] = _scrub_tree(crumb[key], values)
    return crumb


def init_sentry(dsn, *, environment=None, release=None, transport=None):
    """Switch on error reports to Sentry or GlitchTip (both speak the Sentry protocol)."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    options = {
        "dsn": dsn,
        "environment": environment or None,
        "release": release or None,
        # sentry-sdk 2.75 replaces ``send_default_pii`` (deprecated, ignored next to this) by
        # ``data_collection``. This is stricter than send_default_pii=False, which still sends
        # bodies, cookies, query values and most headers: none of those, no user, no SQL
        # parameters, no local variables.
        "data_collection": {
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "allowlist", "terms": sorted(SAFE_HEADERS)}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "database_query_data": False,
            "queues": False,
            "stack_frame_variables": False,
        },
        "include_local_variables": False,
        "max_request_body_size": "never",
        "before_send": before_send,
        "before_breadcrumb": before_breadcrumb,
        "traces_sample_rate": 0.0,
        "integrations": [DjangoIntegration()],
    }
    if transport is not None:
        options["transport"] = transport
    return sentry_sdk.init(**options)


def parse_admins(value):
    """``ADMINS="Naam <a@b.nl>,Ander <c@d.nl>"`` → Django's [(name, address), ...]."""
    from email.utils import getaddresses

    return [(name or address, address) for name, address in getaddresses([value]) if address]
