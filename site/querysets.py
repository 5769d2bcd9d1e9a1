from django.db import models


class MembershipQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def with_role(self, *roles):
        return self.filter(role__in=roles)


class OrganisationQuerySet(models.QuerySet):
    def administered_by(self, user):
        from .roles import Role

        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(memberships__user=user, memberships__role=Role.ORG_ADMIN).distinct()

    def of_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        from django.utils import timezone

        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())
