"""Writing, editing, deleting, reporting and moderating comments (forms work without JS)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from samenspel.permissions import can
from samenspel.querysets import page_viewable
from samenspel.ratelimits import USER, over_limit

from .. import services
from ..anchors import blocks_of_revision
from ..forms import CommentEditForm, CommentForm, ModerationForm, ReportForm
from ..models import Comment
from ..threads import PageThreads


def comment_url(comment):
    page = comment.page.specific
    anchor = f"#reactie-{comment.pk}" if comment.pk else ""
    return (page.url or "/") + anchor


@require_POST
@login_required
def create_comment(request):
    if not can(request.user, "feedback.post_comment"):
        raise PermissionDenied
    form = CommentForm(request.POST)
    # Only a valid comment counts, atomically (django-ratelimit): five per member per ten minutes.
    if form.is_valid() and not page_viewable(request, form.cleaned_data["page"]):
        form.add_error(None, _("This page no longer exists; your comment was not saved."))
    if form.is_valid() and over_limit(request, "feedback-comment", key=USER):
        form.add_error(
            None,
            _(
                "You have posted several comments in a short time. Wait a few minutes and try "
                "again; your text is kept below."
            ),
        )
    if form.is_valid():
        data = form.cleaned_data
        comment = Comment.objects.create(
            page=data["page"],
            anchor=data["anchor"],
            revision=data["revision"],
            parent=data["parent"],
            author=request.user,
            kind="" if data["parent"] else data["kind"],
            body=data["body"],
            hide_name=data["hide_name"],
        )
        messages.success(request, _("Thank you. Your comment has been posted."))
        return redirect(comment_url(comment))
    page = Page.objects.filter(pk=request.POST.get("page")).first()
    return render(
        request, "feedback/comment_form_page.html", {"form": form, "target": page}, status=400
    )


def page_comments(request, page_id):
    """All comments of a page, grouped by section: works for every page type."""
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not page_viewable(request, page):
        raise Http404  # a restricted page's comments follow the page (issue 13, finding 10)
    form = None
    sections = blocks_of_revision(page.live_revision)
    if can(request.user, "feedback.post_comment"):
        form = CommentForm(initial={"page": page.pk, "revision": page.live_revision_id})
        form.fields["anchor"].widget = section_select(sections)
        form.fields["anchor"].label = _("About which section?")
    threads = PageThreads(page, request.user, getattr(request, "session", None))
    labels = dict(sections)
    groups = [
        (
            anchor,
            labels.get(anchor) or (_("Whole page") if not anchor else _("Removed section")),
            comments,
        )
        for anchor, comments in threads.by_anchor.items()
    ]
    return render(
        request,
        "feedback/page_comments.html",
        {
            "target": page,
            "groups": groups,
            "form": form,
            "can_read": can(request.user, "feedback.view_comments"),
            "can_moderate": can(request.user, "feedback.moderate_comment"),
            "can_report": can(request.user, "feedback.report_comment"),
        },
    )


def section_select(sections):
    from django import forms

    return forms.Select(choices=[("", _("Whole page")), *sections])


def own_comment(request, pk, permission):
    comment = get_object_or_404(Comment.objects.for_user(request.user, request.session), pk=pk)
    if not can(request.user, permission, comment):
        raise PermissionDenied
    return comment


@login_required
def edit_comment(request, pk):
    comment = own_comment(request, pk, "feedback.change_own_comment")
    form = CommentEditForm(request.POST or None, instance=comment)
    if request.method == "POST" and form.is_valid():
        comment = form.save(commit=False)
        comment.edited_at = timezone.now()
        comment.save()
        messages.success(request, _("Your comment has been changed."))
        return redirect(comment_url(comment))
    return render(
        request,
        "feedback/comment_edit.html",
        {"form": form, "comment": comment},
        status=400 if form.errors else 200,
    )


@login_required
def delete_comment(request, pk):
    comment = own_comment(request, pk, "feedback.delete_own_comment")
    if request.method == "POST":
        url = comment.page.specific.url or "/"
        services.delete_comment(comment)
        messages.success(request, _("Your comment has been deleted."))
        return redirect(url)
    return render(request, "feedback/comment_delete.html", {"comment": comment})


@login_required
def report_comment(request, pk):
    comment = get_object_or_404(Comment.objects.for_user(request.user, request.session), pk=pk)
    if not can(request.user, "feedback.report_comment", comment):
        raise PermissionDenied
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report_comment(comment, reporter=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Thank you. An editor will look at this comment."))
        return redirect(comment_url(comment))
    return render(request, "feedback/comment_report.html", {"form": form, "comment": comment})


@login_required
def moderate_comment(request, pk):
    """Hide or restore a comment, with a reason (also reachable from the Wagtail admin)."""
    if not can(request.user, "feedback.moderate_comment"):
        raise PermissionDenied
    comment = get_object_or_404(Comment.objects.for_user(request.user, request.session), pk=pk)
    form = ModerationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        hide = not comment.is_hidden
        services.moderate(comment, hide=hide, reason=form.cleaned_data["reason"], by=request.user)
        messages.success(
            request, _("The comment is hidden.") if hide else _("The comment is visible again.")
        )
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            next_url = comment_url(comment)
        return redirect(next_url)
    return render(
        request,
        "feedback/comment_moderate.html",
        {"form": form, "comment": comment, "next": request.GET.get("next", "")},
    )
