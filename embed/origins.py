"""Intranet origins: exact scheme://host[:port], normalised, nothing more.

An origin ends up inside the embed pages' ``Content-Security-Policy: frame-ancestors`` header,
so every character must be one a header cannot be bent by: the result is always
``scheme://host[:port]`` where host is an ASCII (IDNA-encoded) DNS name, an IPv4 address or a
bracketed IPv6 address. Anything else (spaces, semicolons, quotes, CSP keywords, schemes alone,
wildcards, paths, user names) is refused with a message that names what is wrong.
"""

import ipaddress
import logging
import re
import unicodedata
from urllib.parse import urlsplit

import idna
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"https": 443, "http": 80}
MAX_HOST_LENGTH = 253
ASCII_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
PORT = re.compile(r"^[0-9]{1,5}$")
# What may appear in a host name as typed (before IDNA): letters, marks and digits of any script,
# hyphens and dots. Everything else (punctuation, symbols, spaces, invisible format characters
# such as U+200B or U+202E) is refused rather than silently mapped away.
HOST_CATEGORIES = ("L", "M", "N")


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _error(message, text, code, **extra):
    return ValidationError(message % {"origin": text, **extra}, code=code)


def _has_forbidden_characters(text):
    """Whitespace, control or format characters, quotes, semicolons, commas: never in an origin,
    and the characters that would end or extend a CSP directive."""
    for char in text:
        if char.isspace() or char in ";,'\"\\<>`|{}^" or unicodedata.category(char)[0] == "C":
            return True
    return False


def normalise_host(host):
    """The host in ASCII form (IDNA for names, canonical form for IP literals), or None."""
    if host.startswith("["):
        if not host.endswith("]"):
            return None
        try:
            address = ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return None
        return f"[{address.compressed}]"
    try:
        return str(ipaddress.IPv4Address(host))
    except ValueError:
        pass
    if not all(char in "-." or unicodedata.category(char)[0] in HOST_CATEGORIES for char in host):
        return None
    try:
        encoded = idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    labels = encoded.split(".")
    if len(encoded) > MAX_HOST_LENGTH or not all(ASCII_LABEL.match(label) for label in labels):
        return None
    if labels[-1].isdigit():  # 10.0.0 or 1.2.3.4.5: not a name, not an address
        return None
    return encoded


def normalise_origin(value):
    """The origin in canonical form (lowercase, IDNA, default port dropped), or ValidationError.

    Only https is accepted, except plain http on loopback addresses (local testing). Paths,
    queries, fragments, credentials and wildcards are refused rather than silently dropped: an
    admin who types a path probably means something the browser will not enforce.
    """
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("Enter an origin."), code="empty")
    if "*" in text:
        raise _error(
            _("%(origin)s: wildcards are not allowed; list every origin exactly."),
            text,
            "wildcard",
        )
    if _has_forbidden_characters(text):
        raise _error(
            _(
                "%(origin)s: an origin holds only a scheme, a host name and perhaps a port; "
                "remove spaces, semicolons, quotes and other signs, and put each origin on a "
                "line of its own."
            ),
            text,
            "characters",
        )
    try:
        parts = urlsplit(text)
    except ValueError:
        raise _error(_("%(origin)s is not a valid origin."), text, "invalid") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or "://" not in text or not parts.netloc:
        raise _error(
            _("%(origin)s is not a valid origin: write it as https://intranet.example.nl."),
            text,
            "invalid",
        )
    if "@" in parts.netloc:
        raise _error(
            _("%(origin)s: an origin cannot contain a user name or password."),
            text,
            "credentials",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        raise _error(
            _("%(origin)s: leave out the path; only scheme, host and port count."), text, "path"
        )
    host_text, port_text = parts.netloc, None
    if host_text.startswith("["):
        host_text, _bracket, rest = host_text.partition("]")
        host_text += "]"
        if rest:
            if not rest.startswith(":"):
                raise _error(_("%(origin)s is not a valid origin."), text, "invalid")
            port_text = rest[1:]
    elif ":" in host_text:
        host_text, _colon, port_text = host_text.rpartition(":")
    port = None
    if port_text is not None:
        if not PORT.match(port_text) or not 0 < int(port_text) <= 65535:
            raise _error(_("%(origin)s: the port must be a number from 1 to 65535."), text, "port")
        port = int(port_text)
    host = normalise_host(host_text)
    if host is None:
        raise _error(
            _("%(origin)s: %(host)s is not a valid host name."), text, "host", host=host_text
        )
    if scheme == "http" and not is_loopback(host):
        raise _error(
            _("%(origin)s: use https; http is only allowed for localhost."), text, "insecure"
        )
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


def valid_origins(stored):
    """The stored origins that still pass validation, normalised (defence in depth: values saved
    before validation was strict, or written around the form, never reach a header)."""
    kept = []
    for value in stored if isinstance(stored, list | tuple) else []:
        try:
            origin = normalise_origin(value) if isinstance(value, str) else None
        except ValidationError:
            origin = None
        if origin is None:
            logger.warning("Dropped an invalid stored intranet origin: %r", value)
            continue
        if origin not in kept:
            kept.append(origin)
    return kept
