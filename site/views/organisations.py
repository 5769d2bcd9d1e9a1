from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import InvitationForm, MemberRolesForm
from ..models import Invitation, Membership, Organisation
from ..permissions import can
from ..services import invite_member, set_member_roles


def organisation_for(request, slug, permission):
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can(request.user, permission, organisation):
        raise PermissionDenied
    return organisation


@login_required
def my_organisations(request):
    memberships = Membership.objects.for_user(request.user).select_related("organisation")
    administered = set(
        Organisation.objects.administered_by(request.user).values_list("pk", flat=True)
    )
    return render(
        request,
        "samenspel/my_organisations.html",
        {"memberships": memberships, "administered": administered},
    )


@login_required
def members(request, slug):
    organisation = organisation_for(request, slug, "samenspel.manage_members")
    invitation_form = InvitationForm(organisation=organisation)
    if request.method == "POST":
        invitation_form = InvitationForm(request.POST, organisation=organisation)
        if invitation_form.is_valid():
            invitation = invite_member(invitation_form, organisation, request.user, request)
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("samenspel:members", slug=slug)
    return render(
        request, "samenspel/members.html", member_context(request, organisation, invitation_form)
    )


def member_context(request, organisation, invitation_form):
    by_user = {}
    for membership in organisation.memberships.select_related("user").order_by("user__email"):
        by_user.setdefault(membership.user, []).append(membership.role)
    rows = [
        (
            user,
            MemberRolesForm(
                initial={"roles": roles},
                organisation=organisation,
                member=user,
                acting_user=request.user,
                prefix=f"m{user.pk}",
            ),
        )
        for user, roles in by_user.items()
    ]
    return {
        "organisation": organisation,
        "rows": rows,
        "invitation_form": invitation_form,
        "invitations": organisation.invitations.pending(),
    }


@login_required
@require_POST
def change_member_roles(request, slug, user_id):
    organisation = organisation_for(request, slug, "samenspel.manage_members")
    member = get_object_or_404(
        get_user_model().objects.filter(memberships__organisation=organisation).distinct(),
        pk=user_id,
    )
    form = MemberRolesForm(
        request.POST,
        organisation=organisation,
        member=member,
        acting_user=request.user,
        prefix=f"m{member.pk}",
    )
    if form.is_valid():
        set_member_roles(organisation, member, form.cleaned_data["roles"])
        messages.success(request, _("Roles of %(name)s saved.") % {"name": member.email})
        return redirect("samenspel:members", slug=slug)
    context = member_context(request, organisation, InvitationForm(organisation=organisation))
    context["rows"] = [(user, form if user == member else row) for user, row in context["rows"]]
    return render(request, "samenspel/members.html", context, status=400)


@login_required
@require_POST
def revoke_invitation(request, slug, pk):
    organisation = organisation_for(request, slug, "samenspel.invite_member")
    invitation = get_object_or_404(organisation.invitations.pending(), pk=pk)
    invitation.delete()
    messages.success(request, _("Invitation withdrawn."))
    return redirect("samenspel:members", slug=slug)


def accept_invitation(request, token):
    invitation = Invitation.objects.select_related("organisation").filter(token=token).first()
    if invitation is None or not invitation.is_open:
        return render(request, "samenspel/invitation_invalid.html", status=404)
    if not request.user.is_authenticated:
        request.session["samenspel_invitation_next"] = request.path
        return render(request, "samenspel/invitation_login.html", {"invitation": invitation})
    if request.user.email.lower() != invitation.email.lower():
        return render(
            request, "samenspel/invitation_wrong_user.html", {"invitation": invitation}, status=403
        )
    if request.method == "POST":
        with transaction.atomic():
            Membership.objects.get_or_create(
                user=request.user, organisation=invitation.organisation, role=invitation.role
            )
            invitation.accepted_at = timezone.now()
            invitation.accepted_by = request.user
            invitation.save(update_fields=["accepted_at", "accepted_by"])
        messages.success(
            request,
            _("Welcome to %(organisation)s.") % {"organisation": invitation.organisation.name},
        )
        return redirect(reverse("samenspel:my_organisations"))
    return render(request, "samenspel/invitation_accept.html", {"invitation": invitation})
