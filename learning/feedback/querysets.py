from django.db import models
from django.db.models import Q

from samenspel.permissions import can
from samenspel.querysets import on_hidden_pages

from .choices import OPEN_STATUSES


class CommentQuerySet(models.QuerySet):
    def for_user(self, user, session=None):
        """Comments a user may read: members only, and only on pages whose view restriction
        they pass (the page's own rule, for everyone including moderators; ``session`` carries
        shared-password passes); hidden ones only for moderators and for their own author (who
        sees them marked as hidden)."""

        if not user.is_authenticated:
            return self.none()
        comments = self.on_viewable_pages(user, session)
        if can(user, "feedback.moderate_comment"):
            return comments
        return comments.filter(Q(is_hidden=False) | Q(author=user))

    def on_viewable_pages(self, user, session=None):
        return self.exclude(on_hidden_pages(user, session))

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
