"""Build the comment threads of one page for one reader, in a constant number of queries.

Everything a page needs (all anchors) is loaded at once when a page's step slots are filled
(``feedback.slots``), so a thread per step adds no queries per step. There each section shows
only its ``latest`` threads (with the section's total and a link to the page's full comment
list), so the work per reader does not grow with the page's comments; the full list
(``views.comments.page_comments``) loads every thread.
"""

from collections import defaultdict

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Q, Window
from django.db.models.functions import RowNumber
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.models import Revision

from samenspel.cache import (
    ANCHOR_STATE_TIMEOUT,
    THREADS_TIMEOUT,
    key_anchor_state,
    key_page_threads,
    remembered,
)
from samenspel.permissions import can
from samenspel.querysets import hidden_page_paths

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
    """The threads of ``page`` this reader may read, by anchor, oldest first.

    With ``latest`` set, each anchor keeps only its ``latest`` most recent threads (a thread:
    a top-level comment with its replies); ``total(anchor)`` still counts them all."""

    def __init__(self, page, user, session=None, latest=None):
        self.page = page
        self.user = user
        self.session = session
        self.by_anchor = defaultdict(list)
        self.totals = {}
        self.count = 0
        if can(user, "feedback.view_comments"):
            self._load(latest)

    def _read(self, latest):
        """The comments shown. Every member who passes the page's view restriction reads the
        same threads, except hidden comments: moderators read them all, others only their own.
        So the threads are read once per audience (members, moderators) and shared until the
        next change of a comment or a member's name (``COMMENTS``); a reader who has hidden
        comments of their own on the page reads them from the database."""
        user, page = self.user, self.page
        if not user.is_authenticated or page_hidden_from(page, user, self.session):
            return []
        moderator = can(user, "feedback.moderate_comment")
        audience = "moderators" if moderator else "members"
        key = key_page_threads(page.pk, audience, latest)
        shared = remembered(key, lambda: self._read_shared(moderator, latest), THREADS_TIMEOUT)
        comments, totals, hidden_authors = shared
        if user.pk in hidden_authors:
            return self._read_visible(Comment.objects.for_user(user, self.session), latest)
        self.totals.update(totals)
        return comments

    def _read_shared(self, moderator, latest):
        on_page = Comment.objects.filter(page_id=self.page.pk)
        visible = on_page if moderator else on_page.filter(is_hidden=False)
        comments = self._read_visible(visible, latest)
        totals, self.totals = self.totals, {}
        hidden_authors = (
            frozenset()
            if moderator
            else frozenset(on_page.filter(is_hidden=True).values_list("author_id", flat=True))
        )
        return comments, totals, hidden_authors

    def _read_visible(self, visible, latest):
        """The comments of ``visible`` on this page; with ``latest``, the shown threads only."""
        visible = visible.filter(page_id=self.page.pk)
        if latest is None:
            return list(visible.select_related("author").order_by("created_at", "pk"))
        # Threads shown: top-level comments, except deleted ones without a reply this reader
        # may read (the same rule as below); numbered per anchor, newest first.
        top = (
            visible.filter(parent__isnull=True)
            .filter(Q(deleted_at__isnull=True) | Exists(visible.filter(parent=OuterRef("pk"))))
            .annotate(
                newest_first=Window(
                    RowNumber(),
                    partition_by=[F("anchor")],
                    order_by=[F("created_at").desc(), F("pk").desc()],
                ),
                in_anchor=Window(Count("pk"), partition_by=[F("anchor")]),
            )
            .filter(newest_first__lte=latest)
            .select_related("author")
            .order_by("created_at", "pk")
        )
        top = list(top)
        for comment in top:
            self.totals[comment.anchor] = comment.in_anchor
        if not top:
            return []
        replies = (
            visible.filter(parent_id__in=[comment.pk for comment in top])
            .select_related("author")
            .order_by("created_at", "pk")
        )
        return top + list(replies)

    def _load(self, latest):
        page, user = self.page, self.user
        comments = self._read(latest)
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
        shown = []
        for comment in top:
            comment.thread_replies = replies.get(comment.pk, [])
            if not (comment.is_deleted and not comment.thread_replies):
                shown.append(comment)
        states = anchor_states(page, shown)
        for comment in shown:
            comment.anchor_state = states[comment.pk]
            comment.diff_url = (
                diff_url(page.pk, comment.revision_id, page.live_revision_id)
                if comment.anchor_state != "same"
                else None
            )
            self.by_anchor[comment.anchor].append(comment)
            self.count += 1 + len(comment.thread_replies)
        for anchor, shown_here in self.by_anchor.items():
            self.totals.setdefault(anchor, len(shown_here))

    def for_anchor(self, anchor):
        return self.by_anchor.get(anchor or "", [])

    def total(self, anchor):
        """How many threads this reader may read at ``anchor``, shown or not."""
        return self.totals.get(anchor or "", 0)


def page_hidden_from(page, user, session=None):
    """Whether a view restriction of the page or an ancestor keeps ``user`` out (the rule of
    ``Comment.objects.for_user``, for one page)."""
    return any(page.path.startswith(path) for path in hidden_page_paths(user, session))


def anchor_states(page, comments):
    """{comment id: 'same' | 'changed' | 'removed'} for the block each comment is anchored to,
    between the revision its author saw and the live one. Revisions never change, so a state is
    cached for good; revisions are read (in one query) only for states not known yet."""
    live_id = page.live_revision_id
    keys = {c.pk: key_anchor_state(c.revision_id, live_id, c.anchor) for c in comments}
    states = cache.get_many(list(keys.values()))
    missing = [c for c in comments if keys[c.pk] not in states]
    if missing:
        wanted = {c.revision_id for c in missing if c.revision_id} | (
            {live_id} if live_id else set()
        )
        revisions = Revision.objects.in_bulk(wanted)
        live = revisions.get(live_id)
        found = {
            keys[c.pk]: anchor_state(c.anchor, revisions.get(c.revision_id), live) for c in missing
        }
        cache.set_many(found, ANCHOR_STATE_TIMEOUT)
        states.update(found)
    return {c.pk: states[keys[c.pk]] for c in comments}
