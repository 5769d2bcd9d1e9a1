"""Every rate limit the platform's own views apply, in one table, counted by django-ratelimit.

django-ratelimit counts with the cache's atomic ``add``/``incr`` (Redis in production), so two
processes or threads cannot both slip under a limit. Anonymous writes are keyed by the client's
address (:func:`samenspel.clientip.rate_key`, which honours the trusted-proxy count); limits on
members are keyed by the user. allauth's limits (log-in, sign-up, password reset) are in
``settings.ACCOUNT_RATE_LIMITS`` and use the same client address through the account adapter.

``settings.SAMENSPEL_RATE_LIMITS`` may override a rate by name (tests, the fault test's server).
Rates are django-ratelimit strings: ``"3/10m"`` is three per ten minutes.
"""

from django.conf import settings
from django_ratelimit.core import is_ratelimited

CLIENT = "samenspel.clientip.rate_key"
USER = "user"

RATES = {
    # Embed remarks ("did this page help?") from one address: per page, and over all pages.
    "embed-remark-page": "3/10m",
    "embed-remark": "30/h",
    # Questionnaire POSTs (save or send) from one address, over every round's link.
    "questionnaire": "60/h",
    # New comments (replies included) by one member.
    "feedback-comment": "5/10m",
    # Suggestions while typing in the header search, per address (anonymous) or member.
    "search-suggest": "60/m",
}


def rate(name):
    return getattr(settings, "SAMENSPEL_RATE_LIMITS", {}).get(name, RATES[name])


def over_limit(request, name, *, scope="", key=CLIENT):
    """Count this attempt against the named limit; True when it exceeds it.

    ``scope`` narrows the bucket (e.g. one page) while the rate stays the named one.
    """
    group = f"samenspel:{name}:{scope}" if scope else f"samenspel:{name}"
    return is_ratelimited(request, group=group, key=key, rate=rate(name), increment=True)
