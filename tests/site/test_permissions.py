"""The permission helper: allowed and denied, always scoped to organisation."""

import pytest
from django.contrib.auth.models import AnonymousUser

from samenspel.permissions import can
from samenspel.roles import Role
from tests.site.factories import member


def test_org_admin_manages_own_organisation_only(org_admin, delft, zoetermeer):
    assert can(org_admin, "samenspel.manage_members", delft)
    assert can(org_admin, "samenspel.invite_member", delft)
    assert not can(org_admin, "samenspel.manage_members", zoetermeer)


@pytest.mark.parametrize("role", [Role.PROFESSIONAL, Role.FACILITATOR, Role.BEHAVIOURAL_SCIENTIST])
def test_other_roles_cannot_manage_members(delft, role):
    user = member(delft, role)
    assert not can(user, "samenspel.manage_members", delft)


def test_membership_changes_only_within_administered_organisation(org_admin, delft, zoetermeer):
    colleague = member(delft)
    stranger = member(zoetermeer)
    assert can(org_admin, "samenspel.change_membership", colleague.memberships.get())
    assert not can(org_admin, "samenspel.change_membership", stranger.memberships.get())


def test_only_method_owners_use_the_admin(editor, task_team, professional, org_admin):
    assert can(editor, "samenspel.use_admin")
    assert can(task_team, "samenspel.use_admin")
    assert not can(professional, "samenspel.use_admin")
    assert not can(org_admin, "samenspel.use_admin")
    assert not can(AnonymousUser(), "samenspel.use_admin")


def test_members_see_their_own_organisation(professional, delft, zoetermeer):
    assert can(professional, "samenspel.view_organisation", delft)
    assert not can(professional, "samenspel.view_organisation", zoetermeer)


def test_wagtail_admin_reachable_for_editors_and_task_team_only(
    client, editor, task_team, professional, org_admin
):
    for user, expected in [(editor, 200), (task_team, 200), (professional, 302), (org_admin, 302)]:
        client.force_login(user)
        response = client.get("/admin/")
        assert response.status_code == expected, user.email
        client.logout()


def test_roles_map_to_groups(delft):
    user = member(delft, Role.FACILITATOR, Role.PROFESSIONAL)
    assert set(user.groups.values_list("name", flat=True)) == {"LOT-facilitatoren", "Professionals"}
    user.memberships.filter(role=Role.FACILITATOR).delete()
    assert set(user.groups.values_list("name", flat=True)) == {"Professionals"}


def test_a_role_change_counts_at_once_though_memberships_are_cached(professional, delft):
    from django.contrib.auth import get_user_model

    from samenspel.models import Membership

    def fresh():  # a new request loads the user anew; memberships come from the cache
        return get_user_model().objects.get(pk=professional.pk)

    assert not can(fresh(), "samenspel.manage_members", delft)
    membership = Membership.objects.get(user=professional, organisation=delft)
    membership.role = Role.ORG_ADMIN
    membership.save()
    assert can(fresh(), "samenspel.manage_members", delft)
    membership.delete()
    assert not can(fresh(), "samenspel.view_organisation", delft)
