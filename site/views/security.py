"""``/.well-known/security.txt`` (RFC 9116) and the disclosure policy it links to."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

# RFC 9116 asks for an Expires less than a year ahead; a computed date never goes stale.
EXPIRES_AFTER = datetime.timedelta(days=180)


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@require_GET
def security_txt(request):
    midnight = (
        timezone.now().astimezone(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    )
    expires = midnight + EXPIRES_AFTER
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires:%Y-%m-%dT%H:%M:%SZ}",
        "Preferred-Languages: nl, en",
        f"Canonical: {site_url(reverse('security_txt'))}",
        f"Policy: {site_url(reverse('security_policy'))}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def security_policy(request):
    return render(request, "samenspel/security_policy.html", {"contact": settings.SECURITY_CONTACT})
