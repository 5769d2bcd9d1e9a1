from django.db import models
from django.db.models import Q

from .choices import OPEN_STATUSES


class CommentQuerySet(models.QuerySet):
    def for_user(self, user):
        """Comments a user may read: members only; hidden ones only for moderators and for
        their own author (who sees them marked as hidden)."""
        from samenspel.permissions import can

        if not user.is_authenticated:
            return self.none()
        if can(user, "feedback.moderate_comment"):
            return self
        return self.filter(Q(is_hidden=False) | Q(author=user))

    def top_level(self):
        return self.filter(parent__isnull=True)

    def active(self):
        return self.filter(deleted_at__isnull=True)


class FeedbackItemQuerySet(models.QuerySet):
    def public(self):
        """Items the task team released to the public register."""
        return self.filter(is_public=True)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def for_building_block(self, page_id):
        return self.filter(building_blocks=page_id)
