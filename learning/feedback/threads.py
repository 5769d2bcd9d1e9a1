"""Build the comment threads of one page for one reader, in a constant number of queries.

Everything a page needs (all anchors) is loaded once per request and cached on the request, so
calling ``{% comments_for page anchor %}`` for every step does not add queries per step.
"""

from collections import defaultdict

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.models import Revision

from samenspel.permissions import can

from .anchors import anchor_state
from .models import Comment
from .services import can_still_edit


def diff_url(page_id, from_revision_id, to_revision_id):
    try:
        return reverse("toolkit:page_diff", args=(page_id, from_revision_id, to_revision_id))
    except NoReverseMatch:
        return None


def author_label(comment, user, sees_authors):
    """Name shown to this reader: anonymous comments show no name except to method owners and
    to their own author."""
    name = comment.author.public_name
    if not comment.hide_name:
        return name
    if sees_authors or comment.author_id == user.pk:
        return _("%(name)s (name hidden from other readers)") % {"name": name}
    return _("A professional (name hidden)")


class PageThreads:
    def __init__(self, page, user):
        self.page = page
        self.user = user
        self.by_anchor = defaultdict(list)
        self.live_revision = None
        self.count = 0
        if can(user, "feedback.view_comments"):
            self._load()

    def _load(self):
        page, user = self.page, self.user
        if page.live_revision_id:
            self.live_revision = Revision.objects.filter(pk=page.live_revision_id).first()
        comments = list(
            Comment.objects.for_user(user)
            .filter(page_id=page.pk)
            .select_related("author", "revision")
            .order_by("created_at", "pk")
        )
        sees_authors = can(user, "feedback.see_author")
        replies = defaultdict(list)
        top = []
        for comment in comments:
            comment.author_label = author_label(comment, user, sees_authors)
            comment.can_edit = (
                comment.author_id == user.pk
                and can_still_edit(comment)
                and not comment.is_hidden
                and not comment.is_deleted
            )
            (replies[comment.parent_id] if comment.parent_id else top).append(comment)
        for comment in top:
            comment.thread_replies = replies.get(comment.pk, [])
            if comment.is_deleted and not comment.thread_replies:
                continue
            comment.anchor_state = anchor_state(
                comment.anchor, comment.revision, self.live_revision
            )
            comment.diff_url = (
                diff_url(page.pk, comment.revision_id, self.live_revision.pk)
                if comment.anchor_state != "same"
                else None
            )
            self.by_anchor[comment.anchor].append(comment)
            self.count += 1 + len(comment.thread_replies)

    def for_anchor(self, anchor):
        return self.by_anchor.get(anchor or "", [])


def threads_for(request, page):
    cache = request.__dict__.setdefault("_feedback_threads", {})
    if page.pk not in cache:
        cache[page.pk] = PageThreads(page, request.user)
    return cache[page.pk]
