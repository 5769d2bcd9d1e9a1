"""The facilitator's LOT pages: teams, members and sessions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from samenspel.permissions import can
from samenspel.tasks import new_delivery

from ..forms import (
    ActionForm,
    AgendaItemForm,
    AttendanceForm,
    LotForm,
    MemberForm,
    NotesForm,
    OutcomeForm,
    SessionEditForm,
    SessionForm,
)
from ..ics import session_calendar
from ..models import Action, AgendaItem, Lot, MeasurementRound, Outcome
from ..services import (
    delete_session,
    move_phase,
    outcome_to_feedback,
    plan_session,
    record_attendance,
    send_session_invitations,
    session_templates,
)
from ..tasks import send_guest_welcome
from .common import lot_for, session_for


@login_required
def lot_list(request):
    lots = Lot.objects.for_user(request.user).select_related("municipality")
    rounds = MeasurementRound.objects.for_user(request.user).select_related("lot", "municipality")
    return render(
        request,
        "learning/lot_list.html",
        {
            "lots": lots,
            "rounds": rounds,
            "may_add_lot": can(request.user, "learning.add_lot"),
            "may_add_round": can(request.user, "learning.add_round"),
        },
    )


@login_required
def lot_create(request):
    if not can(request.user, "learning.add_lot"):
        raise PermissionDenied
    form = LotForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        lot = form.save(commit=False)
        lot.created_by = request.user
        with transaction.atomic():
            lot.save()
            lot.members.create(user=request.user, role="facilitator")
        messages.success(request, _("LOT created. Add its members next."))
        return redirect(lot)
    return render(
        request, "learning/lot_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def lot_detail(request, pk, member_form=None):
    lot = lot_for(request, pk)
    manager = can(request.user, "learning.manage_lot", lot)
    now = timezone.now()
    sessions = lot.sessions.all()
    context = {
        "lot": lot,
        "manager": manager,
        "members": lot.members.select_related("user"),
        "upcoming": [s for s in sessions if s.starts_at >= now],
        "past": [s for s in sessions if s.starts_at < now][::-1],
        "open_actions": lot.actions.open().select_related("owner__user", "session"),
        "rounds": lot.rounds.all(),
        "member_form": member_form or (MemberForm(lot=lot) if manager else None),
    }
    status = 400 if member_form is not None and member_form.errors else 200
    return render(request, "learning/lot_detail.html", context, status=status)


@login_required
@require_POST
def add_member(request, pk):
    lot = lot_for(request, pk, "learning.manage_lot")
    form = MemberForm(request.POST, lot=lot)
    if not form.is_valid():
        return lot_detail(request, pk, member_form=form)
    member = form.save()
    if member.is_guest:
        # The task makes the guest's personal link and renders the e-mail (learning.tasks).
        member_id, delivery = member.pk, new_delivery()
        transaction.on_commit(lambda: send_guest_welcome.enqueue(member_id, delivery=delivery))
    messages.success(request, _("%(member)s added.") % {"member": member})
    return redirect(lot)


@login_required
def session_create(request, pk):
    lot = lot_for(request, pk, "learning.manage_lot")
    form = SessionForm(request.POST or None, initial={"template": request.GET.get("sjabloon")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        session = plan_session(
            lot,
            template_slug=data["template"],
            title=data["title"],
            starts_at=data["starts_at"],
            duration_minutes=data["duration_minutes"],
            location=data["location"],
            online_url=data["online_url"],
        )
        messages.success(request, _("Session planned."))
        return redirect(session)
    return render(
        request,
        "learning/session_form.html",
        {"form": form, "lot": lot, "templates": session_templates().values()},
        status=400 if form.errors else 200,
    )


def session_context(request, session, **forms):
    lot = session.lot
    manager = can(request.user, "learning.manage_lot", lot)
    present = set(session.attendance.filter(present=True).values_list("member_id", flat=True))
    context = {
        "session": session,
        "lot": lot,
        "manager": manager,
        "agenda": session.agenda_items.select_related("building_block", "measurement_round"),
        "carried_over": session.carried_over_actions(),
        "outcomes": session.outcomes.select_related("building_block"),
        "actions": session.actions.select_related("owner__user"),
        "members": lot.members.select_related("user"),
        "present": present,
    }
    if manager:
        context.update(
            agenda_form=forms.get("agenda_form")
            or AgendaItemForm(lot=lot, user=request.user, prefix="agenda"),
            attendance_form=forms.get("attendance_form")
            or AttendanceForm(session=session, initial={"present": [str(p) for p in present]}),
            notes_form=forms.get("notes_form")
            or NotesForm(initial={"lessons": session.lessons, "notes": session.notes}),
            outcome_form=forms.get("outcome_form") or OutcomeForm(prefix="outcome"),
            action_form=forms.get("action_form") or ActionForm(lot=lot, prefix="action"),
        )
    return context


@login_required
def session_detail(request, pk):
    session = session_for(request, pk)
    return render(request, "learning/session_detail.html", session_context(request, session))


def invalid(request, session, **forms):
    messages.error(request, _("Please correct the errors below."))
    return render(
        request, "learning/session_detail.html", session_context(request, session, **forms),
        status=400,
    )  # fmt: skip


@login_required
@require_POST
def add_agenda_item(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    form = AgendaItemForm(request.POST, lot=session.lot, user=request.user, prefix="agenda")
    if not form.is_valid():
        return invalid(request, session, agenda_form=form)
    item = form.save(commit=False)
    item.session = session
    item.sort_order = session.agenda_items.count()
    item.save()
    messages.success(request, _("Agenda item added."))
    return redirect(session)


# --- Changing and removing a planned session and its agenda -------------------------------------

# Changes to these fields make the calendar entry the members received out of date.
CALENDAR_FIELDS = {"date", "time", "duration_minutes", "location", "online_url", "title"}


@login_required
def session_edit(request, pk):
    """Change what the planning form set; the phases copied from the template stay as they are."""
    session = session_for(request, pk, "learning.manage_lot")
    form = SessionEditForm(request.POST or None, initial=SessionEditForm.initial_for(session))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        session.title = data["title"]
        session.starts_at = data["starts_at"]
        session.duration_minutes = data["duration_minutes"]
        session.location, session.online_url = data["location"], data["online_url"]
        calendar_changed = bool(CALENDAR_FIELDS & set(form.changed_data))
        if calendar_changed:
            session.calendar_sequence += 1
        session.save(
            update_fields=[
                "title",
                "starts_at",
                "duration_minutes",
                "location",
                "online_url",
                "calendar_sequence",
            ]
        )
        messages.success(request, _("Session changed."))
        if session.invitations_sent_at and calendar_changed:
            messages.warning(
                request,
                _(
                    "The members already received an invitation. Send the invitations again "
                    "so their calendars show the change."
                ),
            )
        return redirect(session)
    return render(
        request,
        "learning/session_edit.html",
        {
            "form": form,
            "session": session,
            "lot": session.lot,
            "template": session_templates().get(session.template_slug),
        },
        status=400 if form.errors else 200,
    )


def session_record(session):
    """What a session holds that belongs to the LOT's history (then it is not deleted)."""
    record = []
    if session.lessons.strip() or session.notes.strip():
        record.append(_("notes or lessons learned"))
    if session.outcomes.exists():
        record.append(_("lessons, barriers or improvement proposals"))
    if session.actions.exists():
        record.append(_("actions"))
    if session.attendance.filter(present=True).exists():
        record.append(_("recorded attendance"))
    return record


@login_required
@require_http_methods(["GET", "POST"])
def session_delete(request, pk):
    """Delete a session that has no record yet, after a confirmation page that says what goes.

    A session with notes, outcomes, actions or attendance is not deleted: that record is the
    LOT's history, its actions carry over to later sessions and its proposals may have gone to
    the task team. It can still be edited. When invitations were sent, every invitee is e-mailed
    a cancellation whose .ics takes the entry out of their calendar.
    """
    session = session_for(request, pk, "learning.manage_lot")
    record = session_record(session)
    if request.method == "POST" and not record:
        lot = session.lot
        title = session.title
        cancelled = delete_session(session)
        messages.success(request, _("Session “%(title)s” deleted.") % {"title": title})
        if cancelled:
            messages.info(
                request,
                ngettext(
                    "%(count)d invitee gets a cancellation by e-mail.",
                    "%(count)d invitees get a cancellation by e-mail.",
                    cancelled,
                )
                % {"count": cancelled},
            )
        return redirect(lot)
    if request.method == "POST":
        messages.error(
            request,
            _(
                "This session cannot be deleted: it holds %(record)s. Change its date or place "
                "instead."
            )
            % {"record": ", ".join(str(part) for part in record)},
        )
    return render(
        request,
        "learning/session_confirm_delete.html",
        {
            "session": session,
            "lot": session.lot,
            "record": record,
            "agenda": session.agenda_items.all(),
            "invited": session.attendance.count(),
        },
        status=409 if request.method == "POST" else 200,
    )


def agenda_item_for(request, pk):
    item = get_object_or_404(AgendaItem, pk=pk)
    item.session = session_for(request, item.session_id, "learning.manage_lot")
    return item


def renumber_agenda(session, items=None):
    items = list(session.agenda_items.all()) if items is None else items
    for index, item in enumerate(items):
        if item.sort_order != index:
            item.sort_order = index
            item.save(update_fields=["sort_order"])


@login_required
def agenda_item_edit(request, pk):
    item = agenda_item_for(request, pk)
    session = item.session
    form = AgendaItemForm(
        request.POST or None, instance=item, lot=session.lot, user=request.user, prefix="agenda"
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Agenda item changed."))
        return redirect(session)
    return render(
        request,
        "learning/agenda_item_form.html",
        {"form": form, "session": session, "lot": session.lot},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def agenda_item_delete(request, pk):
    item = agenda_item_for(request, pk)
    session = item.session
    if request.method == "POST":
        with transaction.atomic():
            item.delete()
            renumber_agenda(session)
        messages.success(request, _("Agenda item “%(title)s” deleted.") % {"title": item.title})
        return redirect(session)
    return render(
        request,
        "learning/agenda_item_confirm_delete.html",
        {"item": item, "session": session, "lot": session.lot},
    )


@login_required
@require_POST
def agenda_item_move(request, pk):
    """Move an agenda item one place up ("omhoog") or down ("omlaag"); a form post, no script."""
    item = agenda_item_for(request, pk)
    session = item.session
    step = {"omhoog": -1, "omlaag": 1}.get(request.POST.get("richting"))
    if step is None:
        return HttpResponse(status=400)
    with transaction.atomic():
        items = list(session.agenda_items.select_for_update())
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + step
        if 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
            renumber_agenda(session, items)
            messages.success(request, _("Agenda order changed."))
    return redirect(f"{session.get_absolute_url()}#agendapunt-{item.pk}")


@login_required
@require_POST
def invite(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    sent = send_session_invitations(session, request)
    messages.success(request, _("%(count)d invitations sent.") % {"count": sent})
    return redirect(session)


@login_required
def session_ics(request, pk):
    session = session_for(request, pk)
    return ics_response(session, request.build_absolute_uri(session.get_absolute_url()))


def ics_response(session, url):
    response = HttpResponse(session_calendar(session, url=url), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="bijeenkomst.ics"'
    return response


@login_required
@require_POST
def attendance(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    form = AttendanceForm(request.POST, session=session)
    if not form.is_valid():
        return invalid(request, session, attendance_form=form)
    record_attendance(session, [int(pk) for pk in form.cleaned_data["present"]])
    messages.success(request, _("Attendance saved."))
    return redirect(session)


@login_required
@require_POST
def notes(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    form = NotesForm(request.POST)
    if not form.is_valid():
        return invalid(request, session, notes_form=form)
    session.lessons, session.notes = form.cleaned_data["lessons"], form.cleaned_data["notes"]
    session.save(update_fields=["lessons", "notes"])
    messages.success(request, _("Notes saved."))
    return redirect(session)


@login_required
@require_POST
def add_outcome(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    form = OutcomeForm(request.POST, prefix="outcome")
    if not form.is_valid():
        return invalid(request, session, outcome_form=form)
    outcome = form.save(commit=False)
    outcome.session, outcome.created_by = session, request.user
    outcome.save()
    messages.success(request, _("Outcome saved."))
    return redirect(session)


@login_required
@require_POST
def outcome_feedback(request, pk):
    outcome = get_object_or_404(Outcome.objects.select_related("session"), pk=pk)
    session = session_for(request, outcome.session_id, "learning.manage_lot")
    if outcome.kind != Outcome.Kind.PROPOSAL:
        raise PermissionDenied
    if outcome.feedback_item_id:
        messages.info(request, _("This proposal is already a feedback item."))
    elif outcome_to_feedback(outcome, request.user) is None:
        messages.error(request, _("The feedback ledger is not available yet."))
    else:
        messages.success(request, _("Sent to the task team as a feedback item."))
    return redirect(session)


@login_required
@require_POST
def add_action(request, pk):
    session = session_for(request, pk, "learning.manage_lot")
    form = ActionForm(request.POST, lot=session.lot, prefix="action")
    if not form.is_valid():
        return invalid(request, session, action_form=form)
    action = form.save(commit=False)
    action.session, action.lot = session, session.lot
    action.save()
    messages.success(request, _("Action saved."))
    return redirect(session)


@login_required
@require_POST
def close_action(request, pk):
    action = get_object_or_404(Action, pk=pk)
    lot_for(request, action.lot_id, "learning.manage_lot")
    if action.closed_at is None:
        action.closed_at = timezone.now()
        action.save(update_fields=["closed_at"])
        messages.success(request, _("Action closed."))
    next_url = request.POST.get("next", "")
    if next_url.startswith("/leren/"):
        return redirect(next_url)
    return redirect(action.session)


@login_required
def run(request, pk):
    """The shared-screen view: current phase large, timer, and a next-phase form (works w/o JS)."""
    session = session_for(request, pk, "learning.manage_lot")
    if request.method == "POST":
        step = {"terug": -1, "start": 0}.get(request.POST.get("richting"), 1)
        move_phase(session, step)
        return redirect("learning:session_run", pk=session.pk)
    phases = session.phases or []
    index = min(session.current_phase, max(len(phases) - 1, 0))
    current = phases[index] if phases else None
    remaining = None
    if current:
        seconds = current["minutes"] * 60
        if session.phase_started_at:
            elapsed = (timezone.now() - session.phase_started_at).total_seconds()
            seconds = max(int(seconds - elapsed), 0)
        remaining = seconds
    return render(
        request,
        "learning/session_run.html",
        {
            "session": session,
            "phases": phases,
            "index": index,
            "current": current,
            "remaining": remaining,
            "is_last": index >= len(phases) - 1,
            "running": session.phase_started_at is not None,
        },
    )
