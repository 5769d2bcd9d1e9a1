from django.db import models
from django.db.models import Q

from .choices import Status
from .permissions import can_read_cases, is_reviewer


class CaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def for_user(self, user):
        """Cases ``user`` may open: published ones for members; drafts for their submitter;
        drafts awaiting approval (and decided ones) for reviewers."""

        if not can_read_cases(user):
            return self.none()
        visible = Q(status=Status.PUBLISHED) | Q(submitter=user)
        if user.is_superuser or is_reviewer(user):
            visible |= Q(status__in=[Status.AWAITING_APPROVAL, Status.REJECTED])
        return self.filter(visible)

    def awaiting_approval_by(self, user):
        """Drafts ``user`` could give the second approval to: never their own."""

        if not (user.is_superuser or is_reviewer(user)):
            return self.none()
        return self.filter(status=Status.AWAITING_APPROVAL).exclude(submitter=user)

    def submitted_by(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(submitter=user)


class ReactionQuerySet(models.QuerySet):
    def visible_to(self, user):
        if user.is_superuser or is_reviewer(user):
            return self
        return self.filter(Q(is_hidden=False) | Q(author=user))
