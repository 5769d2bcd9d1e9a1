"""Data protection: download your own data, delete your account, retention rules."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from samenspel.models import Invitation, Membership
from samenspel.privacy import registry
from samenspel.roles import Role
from tests.site.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(professional, org_admin, delft, zoetermeer):
    Invitation.objects.create(
        organisation=zoetermeer, email=professional.email, role=Role.PROFESSIONAL
    )
    Invitation.objects.create(
        organisation=delft, email="nieuw@example.org", invited_by=professional
    )
    return professional


def test_my_data_page_lists_sections_and_retention(client, professional):
    client.force_login(professional)
    response = client.get(reverse("privacy:my_data"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Mijn gegevens" in page
    assert "Organisaties en rollen" in page
    assert "90 dagen" in page


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(reverse("privacy:download"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_download_holds_own_data_and_nobody_elses(client, invited, other_professional):
    client.force_login(invited)
    response = client.get(reverse("privacy:download"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="samenspel-')
    data = json.loads(response.content)
    sections = data["sections"]
    assert sections["account"]["data"]["email"] == invited.email
    assert sections["account"]["data"]["email_addresses"][0]["verified"] is True
    memberships = sections["memberships"]["data"]
    assert [(m["organisation"], m["role"]) for m in memberships] == [("Delft", "professional")]
    assert [i["organisation"] for i in sections["invitations"]["data"]["received"]] == [
        "Zoetermeer"
    ]
    assert [i["email"] for i in sections["invitations"]["data"]["sent"]] == ["nieuw@example.org"]
    assert other_professional.email not in response.content.decode()


def test_download_never_contains_two_factor_secrets(client, professional):
    Authenticator.objects.create(
        user=professional, type=Authenticator.Type.TOTP, data={"secret": "GEHEIMGEHEIM"}
    )
    client.force_login(professional)
    body = client.get(reverse("privacy:download")).content.decode()
    assert "totp" in body
    assert "GEHEIMGEHEIM" not in body


def test_wrong_password_deletes_nothing_and_keeps_the_form(client, professional):
    client.force_login(professional)
    response = client.post(
        reverse("privacy:delete_account"), {"password": "fout-wachtwoord", "understood": "on"}
    )
    assert response.status_code == 400
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    professional.refresh_from_db()
    assert professional.is_active
    assert Membership.objects.filter(user=professional).exists()


def test_deletion_needs_the_confirmation_box(client, professional):
    client.force_login(professional)
    response = client.post(reverse("privacy:delete_account"), {"password": PASSWORD})
    assert response.status_code == 400
    assert get_user_model().objects.get(pk=professional.pk).is_active


def test_deleting_the_account_anonymises_it_logs_out_and_keeps_comments(client, invited, org_admin):
    from learning.feedback.models import Comment

    page = Page.objects.filter(depth=1).first()
    comment = Comment.objects.create(page=page, author=invited, body="<p>Nuttige stap.</p>")
    client.force_login(invited)
    response = client.post(
        reverse("privacy:delete_account"), {"password": PASSWORD, "understood": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    notices = [str(m) for m in get_messages(response.wsgi_request)]
    assert notices == ["Je account is verwijderd. Bedankt voor je deelname."]
    assert "_auth_user_id" not in client.session

    user = get_user_model().objects.get(pk=invited.pk)
    assert user.public_name == "voormalig lid"
    assert "professional@example.org" not in (user.email, user.username)
    assert not user.is_active and not user.has_usable_password()
    assert not Membership.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(email__iexact="professional@example.org").exists()
    assert not Invitation.objects.filter(email__iexact="professional@example.org").exists()
    # The invitation the person sent stays with the organisation.
    assert Invitation.objects.filter(email="nieuw@example.org").exists()
    comment.refresh_from_db()
    assert comment.body == "<p>Nuttige stap.</p>"
    assert comment.author.public_name == "voormalig lid"
    assert not client.login(username="professional@example.org", password=PASSWORD)


def test_site_administrators_cannot_delete_themselves(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        reverse("privacy:delete_account"), {"password": PASSWORD, "understood": "on"}
    )
    assert response.status_code == 403
    assert get_user_model().objects.get(pk=admin.pk).is_superuser


def ago(days):
    return timezone.now() - timedelta(days=days)


def test_retention_removes_old_invitations_and_unverified_accounts(delft, professional):
    old = Invitation.objects.create(organisation=delft, email="a@example.org", expires_at=ago(91))
    recent = Invitation.objects.create(
        organisation=delft, email="b@example.org", expires_at=ago(89)
    )
    accepted = Invitation.objects.create(
        organisation=delft, email="c@example.org", expires_at=ago(200), accepted_at=ago(210)
    )
    stale = UserFactory(verified=False, date_joined=ago(31))
    EmailAddress.objects.create(user=stale, email=stale.email, verified=False, primary=True)
    fresh = UserFactory(verified=False, date_joined=ago(29))
    verified_old = UserFactory(date_joined=ago(400))

    call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert set(Invitation.objects.values_list("pk", flat=True)) == {recent.pk, accepted.pk}
    assert not Invitation.objects.filter(pk=old.pk).exists()
    remaining = set(get_user_model().objects.values_list("pk", flat=True))
    assert stale.pk not in remaining
    assert {fresh.pk, verified_old.pk, professional.pk} <= remaining


def test_retention_task_reports_what_it_removed(delft):
    from samenspel.privacy.tasks import apply_retention_task

    Invitation.objects.create(organisation=delft, email="a@example.org", expires_at=ago(100))
    result = apply_retention_task.enqueue()
    assert result.return_value["samenspel.expired_invitations"] == 1


def test_every_retention_rule_is_documented():
    documented = (Path(__file__).resolve().parents[2] / "docs" / "privacy.md").read_text()
    missing = [rule.key for rule in registry.retention_rules() if rule.key not in documented]
    assert not missing, f"retention rules missing from docs/privacy.md: {missing}"
