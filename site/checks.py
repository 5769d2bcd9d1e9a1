"""Deployment checks (`manage.py check --deploy`) for settings Django itself does not know."""

import os

from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    """E-mail links, calendar UIDs and the admin's absolute URLs all come from SITE_URL; without
    it they point at the development address."""
    if os.environ.get("SITE_URL", "").startswith("https://"):
        return []
    return [
        checks.Warning(
            "SITE_URL is not set to the site's https:// address.",
            hint="Set SITE_URL, e.g. https://samenspel.example (docs/deploy.md).",
            id="samenspel.W001",
        )
    ]
