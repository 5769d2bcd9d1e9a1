"""Wagtail integration: comment moderation in the admin, a menu link to the feedback dashboard,
recording page visits for 'what changed since I was here', and the toolkit's slots (comment
threads after each step, the changed-page notice, a release's processed items: toolkit.slots,
feedback.slots)."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from samenspel.permissions import can

from . import home, services
from .models import Comment
from .sanitize import visible_text
from .slots import (
    changed_since_last_visit,
    comment_threads,
    comments_need_login,
    follow_button,
    items_for_release,
)
from .visits import record_visit


class ModerationForm(WagtailAdminModelForm):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required; kept in the moderation history and shown to the author."),
        error_messages={"required": _("Give a reason; it is kept in the moderation history.")},
    )

    class Meta:
        model = Comment
        fields = ["is_hidden"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        comment = self.instance
        self.fields["is_hidden"].help_text = _("Comment by %(author)s: “%(text)s”") % {
            "author": comment.author.public_name,
            "text": visible_text(comment.body)[:500],
        }


class ModerationEditView(generic.EditView):
    def save_instance(self):
        comment = Comment.objects.get(pk=self.object.pk)
        services.moderate(
            comment,
            hide=self.form.cleaned_data["is_hidden"],
            reason=self.form.cleaned_data["reason"],
            by=self.request.user,
        )
        return comment


class OpenReportsColumn(Column):
    def get_value(self, instance):
        return sum(1 for report in instance.reports.all() if report.resolved_at is None)


class CommentModerationViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_view_class = ModerationEditView
    list_display = [
        "__str__",
        Column("author", label=_("Author")),
        Column("is_hidden", label=_("Hidden")),
        OpenReportsColumn("reports", label=_("Open reports")),
        DateColumn("created_at", label=_("Posted at")),
    ]
    list_filter = ["is_hidden", "kind"]
    search_fields = ["body"]
    ordering = ["-created_at"]

    def get_form_class(self, for_update=False):
        return ModerationForm

    def get_queryset(self, request):
        return Comment.objects.select_related("author", "page").prefetch_related("reports")


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return CommentModerationViewSet("feedback_comments")


class FeedbackDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "feedback.view_dashboard")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return FeedbackDashboardMenuItem(
        _("Feedback ledger"), reverse("feedback:dashboard"), icon_name="tasks", order=260
    )


@hooks.register("before_serve_page")
def remember_visit(page, request, serve_args, serve_kwargs):
    record_visit(request, page)


hooks.register("toolkit_step_slot", comment_threads)
hooks.register("toolkit_page_notice", comments_need_login)
hooks.register("toolkit_page_notice", changed_since_last_visit)
hooks.register("toolkit_release_extras", items_for_release)
hooks.register("toolkit_page_action", follow_button)
# The site's start page and account hub (samenspel.home, samenspel.views.account).
hooks.register("home_panels", home.followed_changes, order=100)
hooks.register("home_panels", home.remarks, order=250)
hooks.register("home_start_links", home.start_links, order=400)
hooks.register("home_shortcuts", home.shortcuts, order=300)
hooks.register("account_links", home.account_links, order=100)


@hooks.register("samenspel_footer_link")
def feedback_register_in_footer(request):
    """The public feedback register: what became of every remark, for anyone (footer link)."""
    return _("Feedback register"), reverse("feedback:register")
