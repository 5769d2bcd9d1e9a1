from django.db import transaction

from .models import Membership
from .tasks import new_delivery, send_invitation_email


def invite_member(form, organisation, inviter, request):
    invitation = form.save(commit=False)
    invitation.organisation = organisation
    invitation.invited_by = inviter
    invitation.save()
    # The task gets the invitation's id and renders the e-mail itself (samenspel.tasks).
    invitation_id, delivery = invitation.pk, new_delivery()
    transaction.on_commit(lambda: send_invitation_email.enqueue(invitation_id, delivery=delivery))
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
