"""Reading: search, case pages, recognition marks and reactions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.permissions import can

from .. import search as case_search
from ..forms import HideReactionForm, ReactionForm
from ..models import Reaction, Recognition
from ..risk import describe
from .common import case_or_404, member_required


@member_required
def search_view(request):
    filters = {facet: request.GET.getlist(facet) for facet in case_search.FACETS}
    sort = request.GET.get("sort") if request.GET.get("sort") in case_search.SORTS else "relevance"
    outcome = case_search.search(
        request.user,
        query=request.GET.get("q", "")[:200],
        filters=filters,
        sort=sort,
        page_number=request.GET.get("page") or 1,
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return render(
        request,
        "casebank/search.html",
        {"outcome": outcome, "querystring": query_without_page.urlencode()},
    )


@member_required
def case_detail(request, slug):
    case = case_or_404(request.user, "casebank.view_case", slug=slug)
    reactions = Reaction.objects.visible_to(request.user).filter(case=case).select_related("author")
    context = {
        "case": case,
        "factors": list(case.factors.all()),
        "reactions": reactions,
        "recognition_count": case.recognitions.count(),
        "recognised": case.recognitions.filter(user=request.user).exists(),
        "can_react": can(request.user, "casebank.react", case),
        "can_moderate": can(request.user, "casebank.moderate_reactions"),
        "reaction_form": ReactionForm(),
        "warnings": [describe(w) for w in case.risk_warnings] if not case.is_published else [],
    }
    return render(request, "casebank/case_detail.html", context)


@require_POST
@member_required
def toggle_recognition(request, slug):
    case = case_or_404(request.user, "casebank.view_case", slug=slug)
    if not can(request.user, "casebank.react", case):
        raise PermissionDenied
    deleted, _details = Recognition.objects.filter(case=case, user=request.user).delete()
    if not deleted:
        try:
            with transaction.atomic():
                Recognition.objects.create(case=case, user=request.user)
        except IntegrityError:  # a double click: the mark exists already
            pass
        messages.success(request, _("Marked as recognisable in your practice."))
    else:
        messages.success(request, _("Your mark was removed."))
    return redirect(case.get_absolute_url() + "#herkenbaar")


@require_POST
@member_required
def add_reaction(request, slug):
    case = case_or_404(request.user, "casebank.view_case", slug=slug)
    if not can(request.user, "casebank.react", case):
        raise PermissionDenied
    form = ReactionForm(request.POST)
    if form.is_valid():
        Reaction.objects.create(case=case, author=request.user, body=form.cleaned_data["body"])
        messages.success(request, _("Thank you: your reaction has been posted."))
        return redirect(case.get_absolute_url() + "#reacties")
    reactions = Reaction.objects.visible_to(request.user).filter(case=case)
    context = {
        "case": case,
        "factors": list(case.factors.all()),
        "reactions": reactions,
        "recognition_count": case.recognitions.count(),
        "recognised": case.recognitions.filter(user=request.user).exists(),
        "can_react": True,
        "can_moderate": can(request.user, "casebank.moderate_reactions"),
        "reaction_form": form,
        "warnings": [],
    }
    return render(request, "casebank/case_detail.html", context, status=400)


@require_POST
@member_required
def hide_reaction(request, pk):
    if not can(request.user, "casebank.moderate_reactions"):
        raise PermissionDenied
    reaction = get_object_or_404(Reaction, pk=pk)
    form = HideReactionForm(request.POST)
    if form.is_valid():
        reaction.is_hidden = True
        reaction.hidden_reason = form.cleaned_data["reason"]
        reaction.hidden_by = request.user
        reaction.save(update_fields=["is_hidden", "hidden_reason", "hidden_by"])
        messages.success(request, _("The reaction is hidden."))
    else:
        messages.error(request, _("Give a reason for hiding the reaction."))
    return redirect(reaction.case.get_absolute_url() + "#reacties")
