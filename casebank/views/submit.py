"""Submitting a story in steps, and the submitter's side-by-side review of the draft."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from samenspel.models import Organisation
from samenspel.permissions import can

from .. import deidentification, submission
from ..choices import Outcome, Status
from ..forms import (
    DraftForm,
    ExtraNamesForm,
    FactorFormSet,
    FactsForm,
    NamesForm,
    StoryForm,
    factors_from,
)
from ..models import Case, RawSubmission
from ..models.cases import TEXT_SECTIONS
from ..review import review_sections
from ..risk import describe
from .common import member_required, no_store, own_case_or_404

STEPS = (
    ("names", gettext_lazy("Names and places")),
    ("story", gettext_lazy("Your story")),
    ("facts", gettext_lazy("Facts")),
)


def _organisations(user):
    return Organisation.objects.of_user(user)


def _require_submitter(user):
    if not can(user, "casebank.submit_case"):
        raise PermissionDenied


def _drafting_case(user, pk):
    case = own_case_or_404(user, pk)
    if case.status != Status.DRAFTING:
        return case, redirect("casebank:review_draft", pk=case.pk)
    return case, None


def _render_step(request, step, form, case=None, status=200):
    context = {"form": form, "step": step, "steps": STEPS, "case": case}
    return no_store(render(request, f"casebank/submit_{step}.html", context, status=status))


@member_required
def submit_start(request, pk=None):
    """Step 1: kind of story, case type and the names and places to replace."""
    _require_submitter(request.user)
    case = None
    initial = {"outcome_kind": request.GET.get("soort") or Outcome.NOT_WELL}
    if pk is not None:
        case, other = _drafting_case(request.user, pk)
        if other:
            return other
        raw = RawSubmission.objects.get(case=case)
        initial = {
            "outcome_kind": case.outcome_kind,
            "case_type": case.case_type,
            "organisation": str(case.organisation_id),
            "names": "\n".join(raw.known_names),
        }
    organisations = _organisations(request.user)
    form = NamesForm(request.POST or None, organisations=organisations, initial=initial)
    if request.method == "POST":
        if not form.is_valid():
            return _render_step(request, "names", form, case, status=400)
        data = form.cleaned_data
        if case is None:
            case = submission.start_submission(
                submitter=request.user,
                organisation=data["organisation"],
                known_names=data["names"],
                case_type=data["case_type"],
                outcome_kind=data["outcome_kind"],
            )
        else:
            submission.save_known_names(case, data["names"])
            Case.objects.filter(pk=case.pk).update(
                case_type=data["case_type"],
                outcome_kind=data["outcome_kind"],
                organisation=data["organisation"],
            )
        return redirect("casebank:submit_story", pk=case.pk)
    return _render_step(request, "names", form, case)


@member_required
def submit_story(request, pk):
    """Step 2: the story itself, per section."""
    case, other = _drafting_case(request.user, pk)
    if other:
        return other
    raw = RawSubmission.objects.get(case=case)
    form = StoryForm(request.POST or None, initial=raw.sections)
    if request.method == "POST":
        if not form.is_valid():
            return _render_step(request, "story", form, case, status=400)
        submission.save_story(case, form.cleaned_data)
        if "back" in request.POST:
            return redirect("casebank:submit_names", pk=case.pk)
        return redirect("casebank:submit_facts", pk=case.pk)
    return _render_step(request, "story", form, case)


@member_required
def submit_facts(request, pk):
    """Step 3: the structured facts; submitting starts the de-identifier."""
    case, other = _drafting_case(request.user, pk)
    if other:
        return other
    initial = {name: getattr(case, name) for name in submission.STRUCTURED_FIELDS}
    form = FactsForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if "back" in request.POST:
            return redirect("casebank:submit_story", pk=case.pk)
        if not form.is_valid():
            return _render_step(request, "facts", form, case, status=400)
        raw = RawSubmission.objects.get(case=case)
        if not any(raw.sections.get(name) for name in TEXT_SECTIONS):
            messages.error(request, _("Write your story first."))
            return redirect("casebank:submit_story", pk=case.pk)
        submission.finish_submission(case, request.user, form.cleaned_data)
        # No flash message: the progress page says what happens, in its live status line.
        return redirect("casebank:review_draft", pk=case.pk)
    return _render_step(request, "facts", form, case)


@member_required
def my_submissions(request):
    cases = Case.objects.submitted_by(request.user).order_by("-created_at")
    return render(request, "casebank/my_submissions.html", {"cases": cases})


def _draft_values(case):
    values = {name: getattr(case, name) for name in TEXT_SECTIONS}
    values.update({name: getattr(case, name) for name in submission.STRUCTURED_FIELDS})
    values["case_type"], values["outcome_kind"] = case.case_type, case.outcome_kind
    return values


@member_required
def review_draft(request, pk):
    """The submitter's review: raw story and draft side by side. The only raw-text screen."""
    case = own_case_or_404(request.user, pk)
    if case.status == Status.DRAFTING:
        return redirect("casebank:submit_story", pk=case.pk)
    if case.status in (Status.DEIDENTIFYING, Status.DEIDENTIFY_FAILED):
        return _progress_page(request, case)
    if case.status != Status.REVIEW:
        return redirect(
            case.get_absolute_url() if case.is_published else reverse("casebank:my_submissions")
        )
    raw = RawSubmission.objects.filter(case=case).first()
    initial_factors = list(case.factors.values("polarity", "cluster", "level", "text"))
    form = DraftForm(request.POST or None, initial=_draft_values(case))
    factor_formset = FactorFormSet(request.POST or None, initial=initial_factors, prefix="factor")
    status = 200
    if request.method == "POST":
        if form.is_valid() and factor_formset.is_valid():
            values = {name: form.cleaned_data[name] for name in _draft_values(case)}
            submission.save_draft(case, request.user, values, factors_from(factor_formset))
            if "confirm" in request.POST:
                try:
                    submission.confirm(case, request.user)
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                    return redirect("casebank:review_draft", pk=case.pk)
                messages.success(
                    request,
                    _("Confirmed. A second reviewer will check the case before publication."),
                )
                return redirect("casebank:my_submissions")
            messages.success(request, _("Your corrections are saved."))
            return redirect("casebank:review_draft", pk=case.pk)
        status = 400
    context = {
        "case": case,
        "raw_available": raw is not None,
        "sections": review_sections(case, raw, form) if raw else [],
        "form": form,
        "factor_formset": factor_formset,
        "names_form": ExtraNamesForm(),
        "fact_names": ("case_type", "outcome_kind", *submission.STRUCTURED_FIELDS),
        "warnings": [describe(w) for w in case.risk_warnings],
        "audit_entries": case.audit_entries.select_related("actor"),
    }
    return no_store(render(request, "casebank/review_draft.html", context, status=status))


@require_POST
@member_required
def add_names(request, pk):
    case = own_case_or_404(request.user, pk)
    if case.status != Status.REVIEW or not RawSubmission.objects.filter(case=case).exists():
        raise PermissionDenied
    form = ExtraNamesForm(request.POST)
    if form.is_valid():
        submission.add_names_and_rerun(case, request.user, form.cleaned_data["names"])
        messages.success(request, _("The draft is being rebuilt with the extra names."))
    else:
        messages.error(request, " ".join(form.errors.get("names", [])))
    return redirect("casebank:review_draft", pk=case.pk)


PROGRESS_MESSAGES = {
    "waiting": gettext_lazy("Your story is waiting its turn to be de-identified."),
    "working": gettext_lazy("Your story is being de-identified now."),
    "retrying": gettext_lazy(
        "That did not work at the first try. We will try again in a moment; you need not do "
        "anything."
    ),
    "done": gettext_lazy("Your draft is ready."),
    "failed": gettext_lazy(
        "De-identifying your story did not work, even after several tries. Nothing you wrote "
        "is lost: your story is kept. Try again; if it fails again, contact the editors."
    ),
}


def _progress(case):
    """What the progress page and its status endpoint say: the state, never case content."""
    state = deidentification.deidentification_state(case)
    return {
        "state": state,
        "message": str(PROGRESS_MESSAGES[state]),
        "review_url": reverse("casebank:review_draft", args=[case.pk]),
    }


def _progress_page(request, case):
    context = {"case": case, "progress": _progress(case)}
    return no_store(render(request, "casebank/deidentifying.html", context))


@member_required
def deidentify_status(request, pk):
    """JSON for the progress page's polling script: the state only (no title, no text).
    Like the review screen, only the submitter gets an answer; everyone else a 404."""
    case = own_case_or_404(request.user, pk)
    if case.status == Status.DRAFTING:
        raise Http404
    return no_store(JsonResponse(_progress(case)))


@require_POST
@member_required
def retry_deidentify(request, pk):
    """ "Probeer opnieuw" on a failed de-identification: a fresh round of attempts."""
    case = own_case_or_404(request.user, pk)
    if case.status == Status.DEIDENTIFY_FAILED:
        try:
            submission.retry_deidentification(case, request.user)
        except PermissionDenied:
            messages.error(request, _("Your story is no longer stored; start a new submission."))
            return redirect("casebank:my_submissions")
    return redirect("casebank:review_draft", pk=case.pk)
