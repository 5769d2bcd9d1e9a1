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
        from django.db.models.signals import post_delete, post_save

        from samenspel.models import Organisation

        from . import permissions  # noqa: F401  (registers the embed rules)
        from .cache import clear_settings
        from .models import EmbedSettings, EmbedSupplement

        for model in (Organisation, EmbedSettings, EmbedSupplement):
            for signal in (post_save, post_delete):
                signal.connect(clear_settings, sender=model, dispatch_uid=f"embed-{model}-{signal}")
