from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbedConfig(AppConfig):
    """Intranet embedding per organisation: a sub-app of the site shell with its own models."""

    name = "samenspel.embed"
    label = "embed"
    verbose_name = _("Intranet embedding")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import permissions  # noqa: F401  (registers the embed rules)
        from .cache import clear_bodies

        page_published.connect(clear_bodies, dispatch_uid="embed-clear-bodies-published")
        page_unpublished.connect(clear_bodies, dispatch_uid="embed-clear-bodies-unpublished")
