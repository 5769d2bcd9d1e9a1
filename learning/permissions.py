"""Permission rules of the LOT and questionnaire features (asked through samenspel.permissions.can).

Decisions:
- A LOT is visible to its members, to the organisation admins of its municipality (the local
  project leaders' organisation role) and to the task team. A member of another LOT sees nothing:
  views answer 404.
- A LOT is run (sessions, notes, rounds) by its members with the role facilitator or project
  leader, and by the task team.
- A facilitator may start a LOT for a municipality where they hold the facilitator role; a
  regional LOT is started by the task team.
"""

import rules

from samenspel.permissions import has_role, is_superuser, is_task_team
from samenspel.roles import Role

from .models import MeasurementRound
from .models.lot import MANAGING_ROLES


def lot_roles(user, lot):
    if not user.is_authenticated or lot is None:
        return set()
    cache = user.__dict__.setdefault("_learning_lot_roles", {})
    if lot.pk not in cache:
        cache[lot.pk] = set(lot.members.filter(user=user).values_list("role", flat=True))
    return cache[lot.pk]


@rules.predicate
def is_lot_member(user, lot):
    return bool(lot_roles(user, lot))


@rules.predicate
def is_lot_manager(user, lot):
    return bool(lot_roles(user, lot) & MANAGING_ROLES)


@rules.predicate
def is_admin_of_lot_municipality(user, lot):
    return (
        lot is not None
        and lot.municipality_id is not None
        and has_role(user, Role.ORG_ADMIN, organisation=lot.municipality_id)
    )


@rules.predicate
def may_start_lot_in(user, municipality):
    if municipality is None:
        return False
    return has_role(user, Role.FACILITATOR, organisation=municipality)


@rules.predicate
def is_facilitator_anywhere(user):
    return has_role(user, Role.FACILITATOR)


@rules.predicate
def sees_round(user, measurement_round):
    return (
        measurement_round is not None
        and MeasurementRound.objects.for_user(user).filter(pk=measurement_round.pk).exists()
    )


@rules.predicate
def manages_round(user, measurement_round):
    if measurement_round is None or not user.is_authenticated:
        return False
    if measurement_round.lot_id:
        return is_lot_manager(user, measurement_round.lot)
    if measurement_round.municipality_id:
        return has_role(user, Role.FACILITATOR, organisation=measurement_round.municipality_id)
    return False


central = is_task_team | is_superuser

rules.add_perm("learning.view_lot", is_lot_member | is_admin_of_lot_municipality | central)
rules.add_perm("learning.manage_lot", is_lot_manager | central)
rules.add_perm("learning.add_lot", is_facilitator_anywhere | central)
rules.add_perm("learning.add_lot_in", may_start_lot_in | central)
rules.add_perm("learning.add_regional_lot", central)
rules.add_perm("learning.add_round", is_facilitator_anywhere | central)
rules.add_perm("learning.view_round", sees_round | central)
rules.add_perm("learning.manage_round", manages_round | central)
