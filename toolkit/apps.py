from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Method toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import permissions, signals  # noqa: F401 (registers rules and receivers)
