"""Intranet origins: exact scheme://host[:port], normalised, nothing more."""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_PORTS = {"https": 443, "http": 80}


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_origin(value):
    """The origin in canonical form (lowercase, default port dropped), or ValidationError.

    Only https is accepted, except plain http on loopback addresses (local testing). Paths,
    queries, fragments, credentials and wildcards are refused rather than silently dropped: an
    admin who types a path probably means something the browser will not enforce.
    """
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("Enter an origin."), code="empty")
    if "*" in text:
        raise ValidationError(
            _("%(origin)s: wildcards are not allowed; list every origin exactly.")
            % {"origin": text},
            code="wildcard",
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValidationError(
            _("%(origin)s is not a valid origin.") % {"origin": text}, code="invalid"
        ) from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host or "://" not in text:
        raise ValidationError(
            _("%(origin)s is not a valid origin: write it as https://intranet.example.nl.")
            % {"origin": text},
            code="invalid",
        )
    if parts.username or parts.password:
        raise ValidationError(
            _("%(origin)s: an origin cannot contain a user name or password.") % {"origin": text},
            code="credentials",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ValidationError(
            _("%(origin)s: leave out the path; only scheme, host and port count.")
            % {"origin": text},
            code="path",
        )
    if scheme == "http" and not is_loopback(host):
        raise ValidationError(
            _("%(origin)s: use https; http is only allowed for localhost.") % {"origin": text},
            code="insecure",
        )
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # IPv6 literal
    if port is None or port == DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def parse_origins(text):
    """Every non-empty line normalised; all errors at once; duplicates dropped, order kept."""
    origins, errors = [], []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        try:
            origin = normalise_origin(line)
        except ValidationError as error:
            errors.extend(error.messages)
            continue
        if origin not in origins:
            origins.append(origin)
    if errors:
        raise ValidationError(errors)
    return origins
