from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """No models: views, a registry of per-app exporters, erasers and retention rules, and the
    ``apply_retention`` command."""

    name = "samenspel.privacy"
    label = "privacy"
    verbose_name = _("Data protection")
