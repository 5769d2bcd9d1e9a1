"""What feedback puts into the toolkit's slots (toolkit.slots, registered in wagtail_hooks.py):
the comment threads after each step, the "changed since your last visit" notice, the
"Volgen"/"Niet meer volgen" button under a followable page's heading (per reader, never in the
shared rendering: the toolkit leaves that place open, like a step slot), and on a method
release's page the feedback items that release processed.

A :class:`ThreadRenderer` is made once per page rendering (the toolkit's ``{% step_slots %}``)
and fills every step slot of that page for one reader: permissions and comments are worked out
once; the new-comment form, the same for every reader of a page revision, is rendered once and
shared through the cache (CSRF token and anchor filled in per use); a block without comments
(most of them) reuses one rendering. Each step shows its ``THREADS_PER_STEP`` most recent
threads, with the step's total and a link to the page's full comment list, so a reader's
rendering costs the same however many comments a page collects.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, pgettext
from wagtail.fields import StreamField

from samenspel.cache import COMMENT_FORM_TIMEOUT, key_comment_form, remembered
from samenspel.permissions import can

from .follows import is_followable, is_following
from .forms import CommentForm
from .models import FeedbackItem
from .threads import PageThreads, diff_url

THREAD_TEMPLATE = "feedback/includes/comments_for.html"
FORM_TEMPLATE = "feedback/includes/comment_form.html"
NOTICE_TEMPLATE = "feedback/includes/changed_notice.html"
LOGIN_NOTICE_TEMPLATE = "feedback/includes/comments_login_notice.html"
RELEASE_ITEMS_TEMPLATE = "feedback/includes/release_items.html"
FOLLOW_TEMPLATE = "feedback/includes/follow_button.html"
# Stands for the anchor (and the CSRF token) in the one shared rendering of the comment form.
ANCHOR_PLACEHOLDER = "samenspel-anchor-placeholder"
CSRF_PLACEHOLDER = "samenspel-csrf-placeholder"
REGION_PLACEHOLDER = "samenspel-region-placeholder"
# Threads shown per step; older ones are on the page's full comment list.
THREADS_PER_STEP = 5


class ThreadRenderer:
    def __init__(self, context, page):
        self.context = context
        self.request = context["request"]
        self.page = page
        user = self.request.user
        self.threads = PageThreads(
            page, user, getattr(self.request, "session", None), latest=THREADS_PER_STEP
        )
        self.can_post = can(user, "feedback.post_comment")
        self.flags = {
            "can_read": can(user, "feedback.view_comments"),
            "can_moderate": can(user, "feedback.moderate_comment"),
            "can_report": can(user, "feedback.report_comment"),
        }
        self.empty_thread = None

    @cached_property
    def region_names(self):
        """Each slot's name for assistive technology, "Reacties bij stap 3: Samen wegen", so
        the dozen comment regions of a building block can be told apart."""
        return region_names(self.page)

    def values(self, comments, total=0):
        return {
            "total": total,
            "all_comments_url": reverse("feedback:page_comments", args=(self.page.pk,))
            if total > len(comments)
            else "",
            "request": self.request,
            "user": self.request.user,
            "page": self.page,
            "anchor": ANCHOR_PLACEHOLDER,
            "region_name": REGION_PLACEHOLDER,
            "comments": comments,
            "form": self.can_post,
            "form_html": self.form_html,
            **self.flags,
        }

    def __call__(self, anchor):
        if not self.flags["can_read"]:
            return ""  # one invitation to log in above the page, not one after every step
        comments = self.threads.for_anchor(anchor)
        if comments:
            total = self.threads.total(anchor)
            html = self.render_template(THREAD_TEMPLATE, self.values(comments, total))
        else:
            if self.empty_thread is None:
                self.empty_thread = self.render_template(THREAD_TEMPLATE, self.values([]))
            html = self.empty_thread
        html = html.replace(REGION_PLACEHOLDER, escape(self.region_name(anchor)))
        return mark_safe(html.replace(ANCHOR_PLACEHOLDER, anchor))  # noqa: S308 (rendered template)

    def region_name(self, anchor):
        return self.region_names.get(anchor) or pgettext("comment region", "Comments")

    @cached_property
    def form_html(self):
        if not self.can_post:
            return ""
        page = self.page
        key = key_comment_form(page.pk, page.live_revision_id, get_language())
        html = remembered(key, self.render_shared_form, COMMENT_FORM_TIMEOUT)
        token = str(self.context.get("csrf_token"))
        return mark_safe(html.replace(CSRF_PLACEHOLDER, token))  # noqa: S308 (rendered template)

    def render_shared_form(self):
        form = CommentForm(
            initial={
                "page": self.page.pk,
                "revision": self.page.live_revision_id,
                "anchor": ANCHOR_PLACEHOLDER,
            },
            auto_id=f"id_comment_{ANCHOR_PLACEHOLDER}_%s",
        )
        return self.render_template(FORM_TEMPLATE, {"form": form}, csrf_token=CSRF_PLACEHOLDER)

    def render_template(self, name, values, csrf_token=None):
        new_context = self.context.new(values)
        if (csrf_token := csrf_token or self.context.get("csrf_token")) is not None:
            new_context["csrf_token"] = csrf_token
        return self.context.template.engine.get_template(name).render(new_context)


def region_names(page):
    """Block id → the name of its comment region: the kind and number of the block in its
    stream ("stap 3", "tip 2"), then its title or the first words of its text."""
    kinds = {
        "steps": pgettext("comment region", "step"),
        "worksheets": pgettext("comment region", "worksheet"),
        "tips": pgettext("comment region", "tip"),
        "pitfalls": pgettext("comment region", "pitfall"),
    }
    names = {}
    for field in type(page)._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        for number, block in enumerate(getattr(page, field.name) or [], start=1):
            value = block.value
            title = ""
            if hasattr(value, "get"):
                title = value.get("title") or value.get("heading") or ""
            elif isinstance(value, str):
                title = value
            title = Truncator(strip_tags(str(title)).strip()).words(8)
            kind = kinds.get(field.name)
            where = f"{kind} {number}: {title}" if kind and title else (kind and f"{kind} {number}")
            where = where or title
            if where:
                names[block.id] = pgettext("comment region", "Comments on %(where)s") % {
                    "where": where
                }
    return names


def comment_threads(context, page):
    """The ``toolkit_step_slot`` hook: the comment thread (and form) after each step."""
    return ThreadRenderer(context, page)


def comments_need_login(context, page):
    """The ``toolkit_page_notice`` hook for readers who may not read comments (not logged in):
    one line above the page saying where the comments from practice are."""
    request = context["request"]
    if can(request.user, "feedback.view_comments"):
        return ""
    return mark_safe(  # noqa: S308 (rendered template)
        render_to_string(LOGIN_NOTICE_TEMPLATE, {"next": request.get_full_path()})
    )


def changed_since_last_visit(context, page):
    """The ``toolkit_page_notice`` hook: a notice when the page changed since this reader's
    previous visit (recorded on the request by the ``before_serve_page`` hook)."""
    previous = getattr(context["request"], "_feedback_previous_visit", None)
    changed = (
        previous is not None
        and previous.page_id == page.pk
        and previous.revision_id
        and page.live_revision_id
        and previous.revision_id != page.live_revision_id
    )
    if not changed:
        return ""
    return mark_safe(  # noqa: S308 (rendered template)
        render_to_string(
            NOTICE_TEMPLATE,
            {
                "changed": True,
                "previous": previous,
                "diff_url": diff_url(page.pk, previous.revision_id, page.live_revision_id),
            },
        )
    )


def items_for_release(context, release):
    """The ``toolkit_release_extras`` hook: the feedback items a method release processed (public
    register wording only)."""
    items = list(FeedbackItem.objects.public().filter(release=release).order_by("title"))
    if not items:
        return ""
    return mark_safe(  # noqa: S308 (rendered template)
        render_to_string(RELEASE_ITEMS_TEMPLATE, {"items": items, "release": release})
    )


def follow_button(context, page):
    """The ``toolkit_page_action`` hook: follow or unfollow this page (members only; a POST
    form with this reader's CSRF token, so it works without JavaScript)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not can(user, "feedback.follow_page", page) or not is_followable(page):
        return ""
    return mark_safe(  # noqa: S308 (rendered template)
        render_to_string(
            FOLLOW_TEMPLATE,
            {"page": page, "following": is_following(user, page), "next": request.get_full_path()},
            request=request,
        )
    )
