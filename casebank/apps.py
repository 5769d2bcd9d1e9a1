from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasebankConfig(AppConfig):
    name = "casebank"
    verbose_name = _("Case bank")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from samenspel.tasks import register_sweep

        from . import permissions, signals  # noqa: F401  (registers the rules and invalidation)
        from .tasks import recover_stuck_cases

        def recover_cases(now):
            requeued, failed = recover_stuck_cases(now=now)
            return requeued + failed

        recover_cases.__name__ = "recover_stuck_cases"
        register_sweep(recover_cases)
