"""Pages that need no account: the questionnaire for respondents and the guest view of a LOT."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from samenspel.ratelimits import over_limit

from ..guests import member_for_guest_token
from ..instrument import structure
from ..models import MeasurementRound
from ..respond import (
    InvitationUsed,
    QuestionnaireForm,
    RoundFull,
    find_invitation,
    find_resumable,
    initial_from,
    save_answers,
)
from .lots import ics_response

SESSION_KEY = "learning_resume_{}"


@never_cache
def respond(request, token, invitation_token=None):
    measurement_round = get_object_or_404(
        MeasurementRound.objects.select_related("instrument"), public_token=token
    )
    context = {"round": measurement_round}
    today = timezone.localdate()
    if today < measurement_round.opens_on:
        return render(request, "learning/respond_closed.html", {**context, "not_yet": True},
                      status=403)  # fmt: skip
    if today > measurement_round.closes_on:
        return render(request, "learning/respond_closed.html", context, status=410)
    invitation = None
    if measurement_round.uses_invitations or invitation_token:
        invitation = find_invitation(measurement_round, invitation_token)
        if invitation is None:
            return render(request, "learning/respond_invitation_only.html", context, status=403)
    if invitation is not None:
        # The invitation token doubles as the resume key (hashed for another purpose).
        resume_key = invitation_token
        response = find_resumable(measurement_round, resume_key)
        if invitation.used_at and response is None:
            return render(request, "learning/respond_used.html", context, status=410)
    else:
        resume_key = request.GET.get("sleutel") or request.session.get(
            SESSION_KEY.format(measurement_round.pk)
        )
        response = find_resumable(measurement_round, resume_key)
        if response is None:
            resume_key = None
            if measurement_round.open_link_full():
                return render(request, "learning/respond_full.html", context, status=403)
    spec = structure(measurement_round.instrument)
    status = 200
    if request.method == "POST":
        final = "versturen" in request.POST
        form = QuestionnaireForm(request.POST, spec=spec, final=final)
        # Every POST from one address counts, over all rounds' links (samenspel.ratelimits).
        if over_limit(request, "questionnaire"):
            # Shown again unvalidated: what was typed, without field errors beside it.
            form = QuestionnaireForm(spec=spec, initial=request.POST.dict())
            context.update(form=form, spec=spec, resumed=response is not None, limited=True)
            return render(request, "learning/respond.html", context, status=429)
        if form.is_valid():
            try:
                response, resume_key = save_answers(
                    measurement_round, form.answers(), response=response, resume_key=resume_key,
                    final=final, invitation=invitation,
                )  # fmt: skip
            except InvitationUsed:
                return render(request, "learning/respond_used.html", context, status=410)
            except RoundFull:
                context.update(form=form, spec=spec, resumed=response is not None, full=True)
                return render(request, "learning/respond.html", context, status=409)
            key = SESSION_KEY.format(measurement_round.pk)
            if final:
                request.session.pop(key, None)
                return render(request, "learning/respond_thanks.html", context)
            if invitation is None:
                request.session[key] = resume_key
                resume_url = request.build_absolute_uri(
                    f"{measurement_round.respondent_url()}?sleutel={resume_key}"
                )
            else:
                resume_url = request.build_absolute_uri(request.path)
            return render(
                request, "learning/respond_saved.html", {**context, "resume_url": resume_url}
            )
        status = 400
    else:
        form = QuestionnaireForm(spec=spec, initial=initial_from(response) if response else None)
    context.update(form=form, spec=spec, resumed=response is not None)
    return render(request, "learning/respond.html", context, status=status)


@never_cache
def guest(request, token):
    """What a parent or experience expert sees: their LOT's upcoming sessions and agendas."""
    member = member_for_guest_token(token)
    if member is None:
        raise Http404
    sessions = member.lot.sessions.filter(starts_at__gte=timezone.now() - timezone.timedelta(
        days=1)).prefetch_related("agenda_items")  # fmt: skip
    return render(
        request,
        "learning/guest.html",
        {"member": member, "lot": member.lot, "sessions": sessions, "token": token},  # fmt: skip
    )


@never_cache
def guest_ics(request, token, session_pk):
    member = member_for_guest_token(token)
    if member is None:
        raise Http404
    session = get_object_or_404(member.lot.sessions, pk=session_pk)
    return ics_response(
        session, request.build_absolute_uri(reverse("learning:guest", args=[token]))
    )
