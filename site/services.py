from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Membership
from .tasks import send_email_task


def invite_member(form, organisation, inviter, request):
    invitation = form.save(commit=False)
    invitation.organisation = organisation
    invitation.invited_by = inviter
    invitation.save()
    link = request.build_absolute_uri(
        reverse("samenspel:accept_invitation", args=[invitation.token])
    )
    body = render_to_string(
        "samenspel/email/invitation.txt",
        {"invitation": invitation, "link": link, "inviter": inviter},
    )
    subject = _("Invitation to join %(organisation)s on Samenspel") % {
        "organisation": organisation.name
    }
    transaction.on_commit(lambda: send_email_task.enqueue(subject, body, [invitation.email]))
    return invitation


@transaction.atomic
def set_member_roles(organisation, member, roles):
    """Give ``member`` exactly ``roles`` within ``organisation``; other organisations untouched."""
    current = set(
        Membership.objects.filter(organisation=organisation, user=member).values_list(
            "role", flat=True
        )
    )
    for role in roles - current:
        Membership.objects.create(organisation=organisation, user=member, role=role)
    for membership in Membership.objects.filter(
        organisation=organisation, user=member, role__in=current - roles
    ):
        membership.delete()
