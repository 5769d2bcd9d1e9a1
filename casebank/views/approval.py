"""The second person: editors and task-team members approve, return or reject drafts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from samenspel.permissions import can

from .. import approval
from ..forms import DecisionForm
from ..models import Case
from ..permissions import is_reviewer
from ..risk import assess, describe, has_high_risk
from ..risk_score import HIGH, describe_estimate
from .common import member_required, no_store


def _require_reviewer(user):
    if not (user.is_superuser or is_reviewer(user)):
        raise PermissionDenied


@member_required
def approval_queue(request):
    _require_reviewer(request.user)
    cases = Case.objects.awaiting_approval_by(request.user).order_by("confirmed_at")
    own = Case.objects.filter(status="awaiting_approval", submitter=request.user)
    # Each case's re-identification risk, recomputed as on the approval page, so the reviewer
    # can take the risky ones first.
    rows = [(case, _risk_level(case)) for case in cases]
    return render(request, "casebank/approval_queue.html", {"rows": rows, "own": own})


def _risk_level(case):
    warnings, score = assess(case)
    level = HIGH if has_high_risk(warnings) else score["level"]
    return describe_estimate({**score, "level": level})


@member_required
def approval_detail(request, pk):
    _require_reviewer(request.user)
    case = get_object_or_404(Case, pk=pk)
    if not can(request.user, "casebank.approve_case", case) or case.submitter_id == request.user.pk:
        raise PermissionDenied
    # Recomputed now: the published cases may have changed since the submitter confirmed.
    warnings, score = assess(case)
    shown = describe_estimate(score)
    high_risk = has_high_risk(warnings) or score["level"] == "high"
    form = DecisionForm(request.POST or None, high_risk=high_risk, k=shown["k"])
    status = 200
    if request.method == "POST":
        if form.is_valid():
            decision, note = form.cleaned_data["decision"], form.cleaned_data["note"]
            if decision == "approve":
                risk = {**score, "confirmed": bool(form.cleaned_data.get("risks_checked"))}
                approval.approve(case, request.user, risk=risk)
                messages.success(request, _("The case is published."))
                return redirect(case.get_absolute_url())
            if decision == "return":
                approval.return_to_submitter(case, request.user, note)
                messages.success(request, _("The case is returned to the submitter."))
            else:
                approval.reject(case, request.user, note)
                messages.success(request, _("The case is rejected; the raw story is deleted."))
            return redirect("casebank:approval_queue")
        status = 400
    context = {
        "case": case,
        "factors": list(case.factors.all()),
        "form": form,
        "warnings": [describe(w) for w in warnings],
        "score": shown,
        "audit_entries": case.audit_entries.select_related("actor"),
    }
    return no_store(render(request, "casebank/approval_detail.html", context, status=status))
