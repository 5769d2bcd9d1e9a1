import re

from django import template
from django.core.cache import cache
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from samenspel.pagecache import with_csrf_token, without_csrf_tokens
from samenspel.permissions import can

from ..forms import CommentForm
from ..threads import threads_for

register = template.Library()


THREAD_TEMPLATE = "feedback/includes/comments_for.html"
FORM_TEMPLATE = "feedback/includes/comment_form.html"
FORM_TIMEOUT = 60 * 60
# Where a cached page body wants a block's comment thread (see toolkit's building_block_body).
MARKER = re.compile(r"<!--samenspel:comments ([\w-]+)-->")
ANCHOR_PLACEHOLDER = "samenspel-anchor-placeholder"


class ThreadRenderer:
    """Renders the comment threads of one page for one reader. Permissions and comments are
    worked out once per page and request; the new-comment form, the same for every reader of a
    page revision, is rendered once and shared through the cache (CSRF token and anchor filled
    in per use); a block without comments (most of them) reuses one rendering."""

    def __init__(self, context, page):
        self.context = context
        self.request = context["request"]
        self.page = page
        user = self.request.user
        self.threads = threads_for(self.request, page)
        self.can_post = can(user, "feedback.post_comment")
        self.flags = {
            "can_read": can(user, "feedback.view_comments"),
            "can_moderate": can(user, "feedback.moderate_comment"),
            "can_report": can(user, "feedback.report_comment"),
        }
        self.empty_thread = None

    @classmethod
    def for_page(cls, context, page):
        renderers = context["request"].__dict__.setdefault("_feedback_thread_renderers", {})
        if page.pk not in renderers:
            renderers[page.pk] = cls(context, page)
        return renderers[page.pk]

    def values(self, comments):
        return {
            "request": self.request,
            "user": self.request.user,
            "page": self.page,
            "anchor": ANCHOR_PLACEHOLDER,
            "comments": comments,
            "form": self.can_post,
            "form_html": self.form_html,
            **self.flags,
        }

    def render(self, anchor):
        anchor = str(anchor or "")
        comments = self.threads.for_anchor(anchor)
        if comments:
            html = self.render_template(THREAD_TEMPLATE, self.values(comments))
        else:
            if self.empty_thread is None:
                self.empty_thread = self.render_template(THREAD_TEMPLATE, self.values([]))
            html = self.empty_thread
        return html.replace(ANCHOR_PLACEHOLDER, anchor)

    @cached_property
    def form_html(self):
        if not self.can_post:
            return ""
        page = self.page
        key = f"feedback:comment-form:{get_language()}:{page.pk}:{page.live_revision_id}"
        html = cache.get(key)
        if html is None:
            form = CommentForm(
                initial={
                    "page": page.pk,
                    "revision": page.live_revision_id,
                    "anchor": ANCHOR_PLACEHOLDER,
                },
                auto_id=f"id_comment_{ANCHOR_PLACEHOLDER}_%s",
            )
            html = without_csrf_tokens(self.render_template(FORM_TEMPLATE, {"form": form}))
            cache.set(key, html, FORM_TIMEOUT)
        return mark_safe(with_csrf_token(html, str(self.context.get("csrf_token"))))  # noqa: S308

    def render_template(self, name, values):
        new_context = self.context.new(values)
        if (csrf_token := self.context.get("csrf_token")) is not None:
            new_context["csrf_token"] = csrf_token
        return self.context.template.engine.get_template(name).render(new_context)


@register.simple_tag(takes_context=True)
def comments_for(context, page, anchor=""):
    """The comment thread of one section or step (``anchor`` = the block id) plus a form.

    Usage in a page template, per step: ``{% load feedback_tags %}{% comments_for page block.id %}``
    """
    return mark_safe(ThreadRenderer.for_page(context, page).render(anchor))  # noqa: S308 (rendered template)


@register.simple_tag(takes_context=True)
def with_comment_threads(context, html, page):
    """``html`` (a cached body) with every comment marker replaced by that block's thread."""
    renderer = ThreadRenderer.for_page(context, page)
    return mark_safe(MARKER.sub(lambda match: renderer.render(match.group(1)), str(html)))  # noqa: S308


@register.inclusion_tag("feedback/includes/release_items.html")
def feedback_items_for_release(release):
    """The feedback items a method release resolved (public register wording only)."""
    from ..models import FeedbackItem

    items = []
    if release is not None:
        items = list(FeedbackItem.objects.public().filter(release=release).order_by("title"))
    return {"items": items, "release": release}


@register.inclusion_tag("feedback/includes/changed_notice.html", takes_context=True)
def changed_since_last_visit(context, page):
    """A notice when the page changed since this reader's previous visit (recorded by the
    ``before_serve_page`` hook)."""
    request = context["request"]
    previous = getattr(request, "_feedback_previous_visit", None)
    changed = (
        previous is not None
        and previous.page_id == page.pk
        and previous.revision_id
        and page.live_revision_id
        and previous.revision_id != page.live_revision_id
    )
    from ..threads import diff_url

    return {
        "changed": changed,
        "previous": previous,
        "diff_url": diff_url(page.pk, previous.revision_id, page.live_revision_id)
        if changed
        else None,
    }
