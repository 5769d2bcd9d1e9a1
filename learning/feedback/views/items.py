"""The task team's side of the ledger: inbox of comments, items, status changes, dashboard,
CSV export and the period report. Method owners only (feedback.manage_items)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.csvexport import csv_response
from samenspel.params import int_list_param
from samenspel.permissions import can

from .. import reports, services
from ..choices import CommentKind, Status
from ..forms import FeedbackItemForm, PeriodForm, StatusChangeForm
from ..models import Comment, FeedbackItem

INBOX_PER_PAGE = 50


def require_owner(request, permission="feedback.manage_items"):
    if not request.user.is_authenticated:
        raise _LoginRequired(redirect_to_login(request.get_full_path()))
    if not can(request.user, permission):
        raise PermissionDenied


class _LoginRequired(Exception):
    def __init__(self, response):
        self.response = response


def owner_view(permission="feedback.manage_items"):
    def decorate(view):
        def wrapped(request, *args, **kwargs):
            try:
                require_owner(request, permission)
            except _LoginRequired as exc:
                return exc.response
            return view(request, *args, **kwargs)

        wrapped.__name__ = view.__name__
        wrapped.__doc__ = view.__doc__
        return wrapped

    return decorate


@owner_view()
def comment_inbox(request):
    """Comments, newest first, to bundle into feedback items: a page at a time, filters kept."""
    comments = (
        Comment.objects.for_user(request.user, request.session)
        .active()
        .select_related("author", "page")
        .prefetch_related("feedback_items")
    )
    kind = request.GET.get("soort", "")
    if kind in CommentKind.values:
        comments = comments.filter(kind=kind)
    if request.GET.get("open") == "1":
        comments = comments.filter(feedback_items__isnull=True)
    page = Paginator(comments.order_by("-created_at", "-pk"), INBOX_PER_PAGE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "feedback/manage/inbox.html",
        {
            "page_obj": page,
            "comments": page.object_list,
            "kinds": CommentKind.choices,
            "kind": kind,
            "only_open": request.GET.get("open") == "1",
        },
    )


@owner_view()
def create_item(request):
    comment_ids = int_list_param(request.POST, "comments") or int_list_param(
        request.GET, "comments"
    )
    comments = list(
        Comment.objects.for_user(request.user, request.session).filter(pk__in=comment_ids)
    )
    initial = {
        "comments": comments,
        "building_blocks": sorted({c.page_id for c in comments}),
        "is_public": True,
    }
    if len(comments) == 1:
        initial["title"] = ""
    form = FeedbackItemForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            data = form.cleaned_data
            item = services.create_feedback_item(
                title=data["title"],
                summary=data["summary"],
                created_by=request.user,
                source_kind="comment",
                building_blocks=data["building_blocks"],
            )
            item.factor_level, item.addressee = data["factor_level"], data["addressee"]
            item.is_public = data["is_public"]
            item.save()
            item.comments.set(data["comments"])
        messages.success(request, _("The feedback item has been created."))
        return redirect(item.get_absolute_url())
    return render(
        request,
        "feedback/manage/item_form.html",
        {"form": form, "comments": comments, "item": None},
        status=400 if form.errors else 200,
    )


@owner_view()
def edit_item(request, pk):
    item = get_object_or_404(FeedbackItem, pk=pk)
    form = FeedbackItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The feedback item has been saved."))
        return redirect(item.get_absolute_url())
    return render(
        request,
        "feedback/manage/item_form.html",
        {
            "form": form,
            "comments": list(item.comments.for_user(request.user, request.session)),
            "item": item,
        },
        status=400 if form.errors else 200,
    )


@owner_view()
def item_detail(request, pk):
    item = get_object_or_404(
        FeedbackItem.objects.prefetch_related("building_blocks", "history__by"), pk=pk
    )
    form = StatusChangeForm(request.POST or None, item=item)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.change_status(
                item,
                to_status=data["to_status"],
                by=request.user,
                reason=data.get("reason", ""),
                decision=data.get("decision", ""),
                release=data.get("release"),
            )
        except services.TransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The status has been changed; contributors are notified."))
            return redirect(item.get_absolute_url())
    comments = item.comments.for_user(request.user, request.session).select_related(
        "author", "page"
    )
    return render(
        request,
        "feedback/manage/item_detail.html",
        {
            "item": item,
            "form": form if form.fields["to_status"].choices else None,
            "comments": comments,
            "history": item.history.all(),
            "source": item.source_object if item.source_type_id else None,
        },
        status=400 if form.errors else 200,
    )


@owner_view("feedback.view_dashboard")
def dashboard(request):
    items = reports.open_items()
    return render(
        request,
        "feedback/manage/dashboard.html",
        {
            "items": items,
            "by_block": reports.open_by_building_block(items),
            "by_source": reports.open_by_source(items),
            "stale_days": reports.stale_days(),
            "stale_count": sum(1 for item in items if item.is_stale),
            "decided_count": FeedbackItem.objects.filter(status=Status.DECIDED).count(),
        },
    )


CSV_HEADER = [
    "id",
    "titel",
    "status",
    "besluit",
    "reden",
    "bron",
    "bouwstenen",
    "factorniveau",
    "adressant",
    "ontvangen",
    "besloten",
    "leeftijd_dagen",
    "aantal_reacties",
    "openbaar",
]


@owner_view("feedback.view_dashboard")
def export_csv(request):
    """All items; no names of contributors (the register rules apply to exports as well)."""
    stamp = timezone.localdate().isoformat()
    response, writer = csv_response(f"feedback-{stamp}.csv")  # formulas neutralised
    writer.writerow(CSV_HEADER)
    now = timezone.now()
    items = FeedbackItem.objects.prefetch_related("building_blocks", "comments").order_by("pk")
    for item in items:
        writer.writerow(
            [
                item.pk,
                item.title,
                item.get_status_display(),
                item.get_decision_display(),
                item.decision_reason,
                item.get_source_kind_display(),
                ", ".join(block.title for block in item.building_blocks.all()),
                item.get_factor_level_display(),
                item.get_addressee_display(),
                timezone.localtime(item.created_at).date().isoformat(),
                timezone.localtime(item.decided_at).date().isoformat() if item.decided_at else "",
                reports.age_in_days(item, now),
                len(item.comments.all()),
                "ja" if item.is_public else "nee",
            ]
        )
    return response


@owner_view("feedback.view_dashboard")
def period_report(request):
    form = PeriodForm(request.GET or None)
    period = (form.is_valid() and form.cleaned_data["periode"]) or reports.current_quarter()
    if not form.is_bound:
        form = PeriodForm(initial={"periode": period.label})
    report = reports.period_report(period)
    return render(
        request,
        "feedback/manage/report.html",
        {
            "report": report,
            "statuses": list(Status),
            "status_rows": [(s.label, report.status_counts[s.value]) for s in Status],
            "form": form,
        },
        status=400 if form.errors else 200,
    )
