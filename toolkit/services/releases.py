"""Which revision of a page belongs to which method release."""

from ..models import ChangeNote, MethodRelease


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


def history_from_notes(notes_newest_first):
    """Entries for a page's history, newest first: each release note with its pinned revision
    and the revision of the release before it (for "Wat is er veranderd?" links)."""
    notes = list(reversed(notes_newest_first))
    previous_revision_id = None
    entries = []
    for note in notes:
        entries.append(
            {
                "note": note,
                "release": note.release,
                "revision_id": note.revision_id,
                "previous_revision_id": previous_revision_id,
            }
        )
        if note.revision_id:
            previous_revision_id = note.revision_id
    return list(reversed(entries))


def latest_release():
    return MethodRelease.objects.published().order_by("-date", "-pk").first()
