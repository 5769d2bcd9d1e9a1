"""The one place that decides which address a request comes from.

Behind load balancers or reverse proxies, ``REMOTE_ADDR`` is the nearest proxy's address, so every
visitor would share one rate-limit bucket. Each trusted proxy appends the address it received the
request from to ``X-Forwarded-For``; whatever stands further left was written by the client and
can be forged. With ``SAMENSPEL_TRUSTED_PROXY_COUNT = N`` (environment ``TRUSTED_PROXY_COUNT``),
the client is therefore the N-th address from the right. ``N = 0`` (the default) ignores the
header and uses ``REMOTE_ADDR``.

A missing, short or malformed header falls back to ``REMOTE_ADDR``: the request is then counted in
the proxy's bucket, which is strict, never in a bucket of the sender's choosing.

Every rate limit keys on :func:`rate_key` (django-ratelimit) or on :func:`client_ip` through the
account adapter (allauth); a test asserts no other product code reads ``REMOTE_ADDR`` or
``X-Forwarded-For``.
"""

import ipaddress
import re

from django.conf import settings
from django.utils.crypto import salted_hmac

UNKNOWN = "unknown"
IPV6_PREFIX = 64  # one host or household usually holds a whole /64
PORT_SUFFIX = re.compile(r"^\[(?P<v6>[^\]]+)\](?::\d+)?$|^(?P<v4>[\d.]+):\d+$")


def trusted_proxy_count():
    return max(0, int(getattr(settings, "SAMENSPEL_TRUSTED_PROXY_COUNT", 0) or 0))


def parse_address(value):
    """A normalised IP address from a header entry (``1.2.3.4:80`` and ``[::1]:80`` included),
    or None when it is not one."""
    value = (value or "").strip()
    match = PORT_SUFFIX.match(value)
    if match:
        value = match.group("v6") or match.group("v4")
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request):
    """The client's IP address as a string (``"unknown"`` only when even REMOTE_ADDR is unusable)."""
    remote = parse_address(request.META.get("REMOTE_ADDR"))
    count = trusted_proxy_count()
    if count:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = header.split(",") if header else []
        if len(hops) >= count:
            forwarded = parse_address(hops[-count])
            if forwarded:
                return forwarded
    return remote or UNKNOWN


def client_network(request):
    """The address for counting: IPv4 as is, IPv6 reduced to its /64 network."""
    ip = client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False).network_address)
    return ip


def rate_key(group, request):
    """django-ratelimit key: a keyed hash of the client's network, so a cache entry never holds an
    address in the clear."""
    return salted_hmac("samenspel.clientip", client_network(request)).hexdigest()
