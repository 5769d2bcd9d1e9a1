"""Guests of a LOT (parents, experience experts): a personal link instead of an account.

Kept apart from ``services`` because the tasks that e-mail the link use it too."""

from django.urls import reverse

from .models import LotMember
from .tokens import hash_token, new_token

GUEST_PURPOSE = "lot-guest"


def issue_guest_link(member, request=None):
    """A fresh personal link for a guest; only its hash is stored, so older links stop working."""
    token = new_token()
    member.guest_token_hash = hash_token(token, GUEST_PURPOSE)
    member.save(update_fields=["guest_token_hash"])
    path = reverse("learning:guest", args=[token])
    return request.build_absolute_uri(path) if request else path


def member_for_guest_token(token):
    if not token:
        return None
    return (
        LotMember.objects.select_related("lot")
        .filter(user__isnull=True, guest_token_hash=hash_token(token, GUEST_PURPOSE))
        .first()
    )
