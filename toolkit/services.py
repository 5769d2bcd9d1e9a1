"""Which revision of a page belongs to which method release."""

from .models import ChangeNote, MethodRelease
from .models.releases import history_from_notes  # noqa: F401  (part of this module's API)


def note_for_release(page, release):
    """The change note that fixed the page's content as of ``release`` (this release or the
    latest earlier one that touched the page), or None when the page was not yet released."""
    releases = MethodRelease.objects.published().up_to(release)
    return (
        ChangeNote.objects.filter(page_id=page.pk, release__in=releases)
        .select_related("release", "revision")
        .order_by("-release__date", "-release_id")
        .first()
    )


def latest_release():
    return MethodRelease.objects.published().order_by("-date", "-pk").first()
