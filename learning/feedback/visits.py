"""'What changed since I was here': one row per reader and page, kept up to date as they read.

The ``before_serve_page`` hook (wagtail_hooks.py) calls :func:`record_visit` for logged-in
readers. A visit is written (INSERT/UPDATE) only when the reader sees a new revision or has not
been here for a while (``REFRESH``); what was last written is also kept in the cache for that
long, so reading the same page again and again costs no query at all. The previous visit is
kept on the request for the page notice.
"""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from samenspel.cache import key_visit

from .models import PageVisit
from .threads import diff_url

REFRESH = timedelta(minutes=15)


def record_visit(request, page):
    user = request.user
    if not user.is_authenticated:
        return None
    now = timezone.now()
    key = key_visit(user.pk, page.pk)
    seen = cache.get(key)  # (revision id, seen at) of a visit written in the last REFRESH
    if seen is not None and seen[0] == page.live_revision_id and now - seen[1] <= REFRESH:
        previous = PageVisit(user=user, page_id=page.pk, revision_id=seen[0], seen_at=seen[1])
        request._feedback_previous_visit = previous
        return previous
    previous = PageVisit.objects.filter(user=user, page_id=page.pk).first()
    request._feedback_previous_visit = previous
    if previous is None:
        PageVisit.objects.create(
            user=user, page_id=page.pk, revision_id=page.live_revision_id, seen_at=now
        )
    elif previous.revision_id != page.live_revision_id or now - previous.seen_at > REFRESH:
        PageVisit.objects.filter(pk=previous.pk).update(
            revision_id=page.live_revision_id, seen_at=now
        )
    else:
        now = previous.seen_at
    cache.set(key, (page.live_revision_id, now), int(REFRESH.total_seconds()))
    return previous


def changed_pages_for(user):
    """Pages this reader has seen whose live revision changed since, most recent first."""
    visits = PageVisit.objects.filter(user=user).select_related("page")
    changed = []
    for visit in visits:
        page = visit.page
        if not page.live or not page.live_revision_id or visit.revision_id is None:
            continue
        if page.live_revision_id != visit.revision_id:
            changed.append(
                {
                    "page": page,
                    "seen_at": visit.seen_at,
                    "changed_at": page.last_published_at,
                    "diff_url": diff_url(page.pk, visit.revision_id, page.live_revision_id),
                }
            )
    changed.sort(key=lambda row: row["changed_at"] or row["seen_at"], reverse=True)
    return changed
