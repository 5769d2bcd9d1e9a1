"""What the embed does: versions, view counts, remarks to the feedback ledger, API keys."""

import logging
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone

from learning.feedback.services import create_feedback_item
from samenspel.cache import key_embed_views
from samenspel.ratelimits import over_limit
from toolkit.models import MethodRelease
from toolkit.services import note_for_release

from .embeddable import is_supplementable
from .models import EmbedDailyViews, EmbedRemark, EmbedSettings, EmbedSupplement
from .models.settings import API_KEY_PREFIX, hash_api_key

logger = logging.getLogger(__name__)

USAGE_DAYS = 30
VIEW_BATCH = 50  # cached views per counter before they are written to the database
VIEW_COUNTER_LIFETIME = timedelta(days=3)  # a counter outlives its day; flushed daily
VIEW_COUNTER_TIMEOUT = int(VIEW_COUNTER_LIFETIME.total_seconds())


def settings_for(organisation):
    """The organisation's embed settings; unsaved defaults when it has none yet."""
    try:
        return organisation.embed_settings
    except EmbedSettings.DoesNotExist:
        return EmbedSettings(organisation=organisation)


# Releases --------------------------------------------------------------------------------------


def published_releases():
    """Published method releases, newest first."""
    return list(MethodRelease.objects.published().order_by("-date", "-pk"))


def release_by_version(version):
    return next((release for release in published_releases() if release.version == version), None)


def newer_release(embed_settings):
    """The newest published release when it is newer than the pinned one, else None."""
    if not embed_settings.is_pinned:
        return None
    releases = published_releases()
    pinned = release_by_version(embed_settings.pinned_release)
    if releases and (pinned is None or releases[0].pk != pinned.pk):
        newest = releases[0]
        if pinned is None or (newest.date, newest.pk) > (pinned.date, pinned.pk):
            return newest
    return None


def page_in_version(page, embed_settings):
    """(page as shown, release or None): the revision fixed by the pinned release when pinned.

    A page that no release up to the pinned one touched has no older text to show, so its
    current live version is shown (pages outside the release process, like the glossary).
    """
    if not embed_settings.is_pinned:
        return page, getattr(page, "current_version", None)
    release = release_by_version(embed_settings.pinned_release)
    if release is None:
        return page, None
    note = note_for_release(page, release)
    if note is None or note.revision is None:
        return page, None
    return note.revision.as_object(), note.release


# Supplements -----------------------------------------------------------------------------------


def supplement_for(organisation, page):
    return EmbedSupplement.objects.filter(organisation=organisation, page_id=page.pk).first()


def save_supplement(organisation, page, text, user):
    """Store the cleaned text; an empty text removes the supplement."""
    if not text:
        EmbedSupplement.objects.filter(organisation=organisation, page=page).delete()
        return None
    supplement, _created = EmbedSupplement.objects.update_or_create(
        organisation=organisation, page=page, defaults={"text": text, "updated_by": user}
    )
    return supplement


# Usage counts ----------------------------------------------------------------------------------


def record_view(organisation, page, day=None):
    record_view_by_id(organisation.pk, page.pk, day)


def view_key(organisation_id, page_id, day):
    return key_embed_views(organisation_id, page_id, day)


def record_view_by_id(organisation_id, page_id, day=None):
    """Count one view. By id, because the page cache counts the views it answers without
    loading the organisation or the page.

    Every view of a popular page would update the same database row, one round trip each; so
    views are counted in the cache (one atomic increment) and added to the day's row in batches
    of ``VIEW_BATCH``, and whenever the counts are read. The first view of a day creates the
    row, which is what tells the flush which counters exist."""
    day = day or timezone.localdate()
    key = view_key(organisation_id, page_id, day)
    try:
        pending = cache.incr(key)
    except ValueError:  # the day's first view here (or the counter expired): make sure of the row
        EmbedDailyViews.objects.get_or_create(
            organisation_id=organisation_id, page_id=page_id, date=day
        )
        cache.add(key, 0, timeout=VIEW_COUNTER_TIMEOUT)
        pending = cache.incr(key)
    if pending >= VIEW_BATCH:
        flush_counter(organisation_id, page_id, day)


def flush_counter(organisation_id, page_id, day, pending=None):
    """Move the cached count of one day's counter into its row (safe against concurrent views:
    only what was read is subtracted)."""
    key = view_key(organisation_id, page_id, day)
    pending = cache.get(key, 0) if pending is None else pending
    if pending <= 0:
        return
    cache.decr(key, pending)
    EmbedDailyViews.objects.filter(
        organisation_id=organisation_id, page_id=page_id, date=day
    ).update(views=F("views") + pending)


def flush_view_counts(organisation=None, since=None):
    """Move the cached counts of every counter since ``since`` (default: as far back as a
    counter lives) into the rows, with one cache read for all of them."""
    since = since or timezone.localdate() - VIEW_COUNTER_LIFETIME
    rows = EmbedDailyViews.objects.filter(date__gte=since)
    if organisation is not None:
        rows = rows.filter(organisation=organisation)
    counters = {
        view_key(*row): row for row in rows.values_list("organisation_id", "page_id", "date")
    }
    for key, pending in cache.get_many(list(counters)).items():
        flush_counter(*counters[key], pending=pending)


def usage_per_page(organisation, days=USAGE_DAYS, today=None):
    """[(page title, page id, views in the period)], most viewed first."""
    today = today or timezone.localdate()
    since = today - timedelta(days=days - 1)
    flush_view_counts(organisation, since)
    rows = (
        EmbedDailyViews.objects.filter(organisation=organisation, date__gte=since, date__lte=today)
        .values("page_id", "page__title")
        .annotate(total=Sum("views"))
        .order_by("-total", "page__title")
    )
    return [(row["page__title"], row["page_id"], row["total"]) for row in rows]


def helpfulness_per_page(organisation, days=USAGE_DAYS):
    since = timezone.now() - timedelta(days=days)
    tallies = {}
    for page_id, helpful in EmbedRemark.objects.filter(
        organisation=organisation, created_at__gte=since
    ).values_list("page_id", "helpful"):
        yes, no = tallies.get(page_id, (0, 0))
        tallies[page_id] = (yes + (helpful is True), no + (helpful is False))
    return tallies


# Remarks ---------------------------------------------------------------------------------------


def allow_remark(request, organisation, page):
    """True while this visitor stays under both remark limits; counts the attempt.

    Two limits per client address (``samenspel.ratelimits``): a few remarks per page, and a cap
    over every page of every organisation, so one address cannot post hundreds of remarks by
    moving from page to page. The address only exists inside a keyed hash in the cache.
    """
    per_page = over_limit(request, "embed-remark-page", scope=f"{organisation.pk}:{page.pk}")
    overall = over_limit(request, "embed-remark")
    return not (per_page or overall)


def record_remark(organisation, page, helpful, remark):
    """Store the remark; one with text also goes to the task team's feedback ledger."""
    item = EmbedRemark.objects.create(
        organisation=organisation, page_id=page.pk, helpful=helpful, remark=remark
    )
    if remark:
        transaction.on_commit(lambda: forward_to_ledger(item.pk))
    return item


def forward_to_ledger(remark_id):
    """Create a feedback item (source "embed", no person) for a remark."""
    remark = EmbedRemark.objects.select_related("organisation", "page").get(pk=remark_id)
    if remark.feedback_item_id:
        return remark.feedback_item_id
    page = remark.page.specific
    verdict = {True: "Geholpen: ja", False: "Geholpen: nee", None: ""}[remark.helpful]
    item = create_feedback_item(
        title=f"Reactie via intranet {remark.organisation.name}: {page.title}",
        summary="\n\n".join(part for part in (remark.remark, verdict) if part),
        created_by=None,
        source_kind="embed",
        source_object=remark,
        organisation=remark.organisation,
        building_blocks=[page] if is_supplementable(page) else (),
    )
    EmbedRemark.objects.filter(pk=remark.pk).update(feedback_item_id=item.pk)
    return item.pk


# API keys --------------------------------------------------------------------------------------


def organisation_for_key(key):
    """The organisation whose current API key this is, or None."""
    if not key or not key.startswith(API_KEY_PREFIX):
        return None
    found = (
        EmbedSettings.objects.filter(api_key_hash=hash_api_key(key))
        .select_related("organisation")
        .first()
    )
    return found.organisation if found else None


def key_from_request(request):
    header = request.headers.get("Authorization", "")
    scheme, _space, key = header.partition(" ")
    if scheme.lower() == "bearer" and key.strip():
        return key.strip()
    return None
