from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SamenspelConfig(AppConfig):
    name = "samenspel"
    label = "samenspel"
    verbose_name = _("Samenspel site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, permissions, signals  # noqa: F401  (registers checks, rules, handlers)
        from .csvexport import neutralise_wagtail_exports

        neutralise_wagtail_exports()
