from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Method toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import permissions, signals  # noqa: F401 (registers rules and receivers)
        from .groups import grant_snippet_permissions

        post_migrate.connect(grant_snippet_permissions, sender=self)
