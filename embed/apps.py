from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbedConfig(AppConfig):
    """Intranet embedding per organisation: shows toolkit pages on intranets and sends remarks to the
    feedback ledger, so it sits above toolkit and feedback (docs/architecture.md)."""

    name = "embed"
    label = "embed"
    verbose_name = _("Intranet embedding")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import permissions, signals  # noqa: F401  (registers the rules and invalidation)
