"""An organisation admin invites colleagues and manages their roles, within that organisation."""

import re

from django.core import mail

from samenspel.models import Invitation, Membership
from samenspel.roles import Role
from tests.site.factories import UserFactory, member


def invite(client, org_admin, email="nieuw@example.org", role=Role.PROFESSIONAL):
    client.force_login(org_admin)
    return client.post("/organisaties/delft/leden/", {"email": email, "role": role})


def test_admin_invites_colleague_who_accepts(
    client, org_admin, delft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, org_admin)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw@example.org"]
    link = re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", message.body).group(1)

    newcomer = UserFactory(email="nieuw@example.org")
    client.force_login(newcomer)
    assert "Uitnodiging accepteren" in client.get(link).content.decode()
    client.post(link)
    assert Membership.objects.filter(
        user=newcomer, organisation=delft, role=Role.PROFESSIONAL
    ).exists()
    assert newcomer.groups.filter(name="Professionals").exists()
    assert client.get(link).status_code == 404  # used once


def test_invitation_refuses_a_different_account(client, org_admin):
    invite(client, org_admin)
    token = Invitation.objects.get().token
    client.force_login(UserFactory(email="iemand-anders@example.org"))
    response = client.post(f"/uitnodiging/{token}/")
    assert response.status_code == 403
    assert not Membership.objects.filter(user__email="iemand-anders@example.org").exists()


def test_bad_invitation_keeps_input_and_explains_in_dutch(client, org_admin):
    response = invite(client, org_admin, email="geen-adres", role=Role.PROFESSIONAL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="geen-adres"' in html
    assert "geldig e-mailadres" in html
    assert not Invitation.objects.exists()


def test_municipality_cannot_grant_central_roles(client, org_admin):
    response = invite(client, org_admin, role=Role.EDITOR)
    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_admin_of_other_organisation_is_refused(client, zoetermeer, org_admin):
    client.force_login(org_admin)
    assert client.get("/organisaties/zoetermeer/leden/").status_code == 403
    response = client.post(
        "/organisaties/zoetermeer/leden/", {"email": "x@example.org", "role": "professional"}
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_professional_cannot_manage_members(client, professional):
    client.force_login(professional)
    assert client.get("/organisaties/delft/leden/").status_code == 403


def test_admin_changes_roles_within_own_organisation_only(client, org_admin, delft, zoetermeer):
    colleague = member(delft, Role.PROFESSIONAL)
    Membership.objects.create(user=colleague, organisation=zoetermeer, role=Role.FACILITATOR)
    client.force_login(org_admin)
    response = client.post(
        f"/organisaties/delft/leden/{colleague.pk}/rollen/",
        {f"m{colleague.pk}-roles": [Role.PROFESSIONAL, Role.FACILITATOR]},
    )
    assert response.status_code == 302
    assert set(colleague.memberships.filter(organisation=delft).values_list("role", flat=True)) == {
        Role.PROFESSIONAL,
        Role.FACILITATOR,
    }
    # The colleague's role elsewhere is untouched, and that organisation is off limits.
    assert colleague.memberships.filter(organisation=zoetermeer).count() == 1
    stranger = member(zoetermeer)
    response = client.post(f"/organisaties/zoetermeer/leden/{stranger.pk}/rollen/", {})
    assert response.status_code == 403


def test_admin_cannot_drop_own_admin_role(client, org_admin):
    client.force_login(org_admin)
    response = client.post(
        f"/organisaties/delft/leden/{org_admin.pk}/rollen/",
        {f"m{org_admin.pk}-roles": [Role.PROFESSIONAL]},
    )
    assert response.status_code == 400
    assert org_admin.memberships.filter(role=Role.ORG_ADMIN).exists()
