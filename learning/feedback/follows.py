"""Following pages of the method: which pages can be followed, and what changed in them.

A member follows a building block, a handbook chapter or a product (the "Volgen" button that
feedback puts into the toolkit's page-action slot, ``slots.follow_button``). What they follow
feeds the start page ("changed since your last visit") and the weekly digest (``digest``).
Every list here costs a fixed number of queries, however many pages a member follows: the
follows with their pages, and the member's visits of those pages.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Page

from samenspel.querysets import hidden_page_paths
from toolkit.models import BuildingBlockPage, ChapterPage, ProductPage

from .models import PageFollow, PageVisit

FOLLOWABLE = (BuildingBlockPage, ChapterPage, ProductPage)


def is_followable(page):
    return page.live and issubclass(page.specific_class or Page, FOLLOWABLE)


def followable_page(page_id):
    """The live page with this id when it can be followed, else None."""
    page = Page.objects.live().filter(pk=page_id).first()
    return page if page is not None and is_followable(page) else None


def is_following(user, page):
    return user.is_authenticated and PageFollow.objects.filter(user=user, page=page).exists()


def follow(user, page):
    """Idempotent: following twice keeps one row."""
    try:
        with transaction.atomic():
            PageFollow.objects.get_or_create(user=user, page=page)
    except IntegrityError:  # the same request twice at once; the other one made the row
        pass


def unfollow(user, page):
    PageFollow.objects.filter(user=user, page=page).delete()


@dataclass(frozen=True)
class FollowedPage:
    page: Page
    followed_at: datetime
    # When the page was last published after the reader started following, else None.
    changed_at: datetime | None
    # The reader has not seen the live version yet (no visit since it changed).
    unseen: bool
    diff_url: str | None


def followed_pages(user, since=None):
    """What ``user`` follows and may still read, most recently changed first. With ``since``,
    only pages published after it (and after the follow began)."""
    hidden = tuple(hidden_page_paths(user))
    follows = [
        follow
        for follow in PageFollow.objects.filter(user=user, page__live=True).select_related("page")
        if not follow.page.path.startswith(hidden)
    ]
    visits = {
        visit.page_id: visit
        for visit in PageVisit.objects.filter(user=user, page__in=[f.page_id for f in follows])
    }
    rows = []
    for follow in follows:
        page = follow.page
        published = page.last_published_at
        changed = published if published and published > follow.created_at else None
        if since is not None and not (changed and changed > since):
            continue
        visit = visits.get(page.pk)
        seen_revision = visit.revision_id if visit else None
        unseen = bool(changed and seen_revision != page.live_revision_id)
        rows.append(
            FollowedPage(
                page=page,
                followed_at=follow.created_at,
                changed_at=changed,
                unseen=unseen,
                diff_url=reverse(
                    "toolkit:page_diff", args=(page.pk, seen_revision, page.live_revision_id)
                )
                if unseen and seen_revision
                else None,
            )
        )
    rows.sort(key=lambda row: (row.changed_at is not None, row.changed_at or row.followed_at))
    rows.reverse()
    return rows
