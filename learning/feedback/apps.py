from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Comments from practice and the feedback ledger: a separate app inside learning/ so that
    its models and migrations evolve independently of the LOT and questionnaire models."""

    name = "learning.feedback"
    label = "feedback"
    verbose_name = _("Feedback from practice")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import permissions, signals  # noqa: F401  (registers the rules and invalidation)
