"""Who sees which LOT, session and measurement round. Visibility lives here, not in views."""

from django.db import models
from django.db.models import Q

from samenspel.permissions import has_role, organisation_ids
from samenspel.roles import Role


def sees_everything(user):
    """The task team owns the method and the LOT programme; superusers run the platform."""
    return user.is_superuser or has_role(user, Role.TASK_TEAM)


class LotQuerySet(models.QuerySet):
    def for_user(self, user):
        """LOTs visible to ``user``: their own LOTs, and for organisation admins (the local
        project leaders' organisation role) every LOT of their municipality."""
        if not user.is_authenticated:
            return self.none()
        if sees_everything(user):
            return self.all()
        admin_of = organisation_ids(user, Role.ORG_ADMIN)
        return self.filter(Q(members__user=user) | Q(municipality_id__in=admin_of)).distinct()


class SessionQuerySet(models.QuerySet):
    def for_user(self, user):
        lots = self.model._meta.get_field("lot").related_model.objects  # models import this module
        return self.filter(lot__in=lots.for_user(user))

    def upcoming(self, now):
        return self.filter(starts_at__gte=now).order_by("starts_at")


class ActionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)


class RoundQuerySet(models.QuerySet):
    def for_user(self, user):
        """Rounds whose aggregate report ``user`` may read.

        A LOT round: as the LOT. A municipal round: members of that municipality with a
        facilitator, organisation-admin or gedragswetenschapper role, and members of a LOT of
        that municipality. A regional round: every facilitator, organisation admin and LOT
        member. The task team sees every round. Reports are aggregates with small groups
        suppressed, so this is wider than LOT data itself.
        """
        if not user.is_authenticated:
            return self.none()
        if sees_everything(user):
            return self.all()
        lots = self.model._meta.get_field("lot").related_model.objects.for_user(user)
        municipal_roles = organisation_ids(
            user, Role.FACILITATOR, Role.ORG_ADMIN, Role.BEHAVIOURAL_SCIENTIST
        )
        lot_municipalities = lots.exclude(municipality=None).values("municipality")
        regional = Q()
        if municipal_roles or lots.exists():
            regional = Q(scope="region")
        visible = (
            Q(lot__in=lots)
            | Q(scope="municipality", municipality_id__in=municipal_roles)
            | Q(scope="municipality", municipality__in=lot_municipalities)
        )
        if regional:
            visible |= regional
        return self.filter(visible).distinct()
