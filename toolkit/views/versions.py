"""Method releases, the change log, pages as they were in a release, and the public diff."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from ..diff import diff_pages, published_revisions
from ..forms import CompareVersionsForm
from ..models import BuildingBlockPage, ChapterPage, MethodRelease, ProductPage
from ..permissions import visible_page
from ..services import latest_release, note_for_release


def change_log(request):
    releases = MethodRelease.objects.published().prefetch_related("change_notes__page")
    return TemplateResponse(request, "toolkit/change_log.html", {"releases": releases})


def release_detail(request, version):
    release = get_object_or_404(MethodRelease.objects.published(), version=version)
    notes = release.change_notes.select_related("page").order_by("kind", "page__title")
    return TemplateResponse(
        request,
        "toolkit/release_detail.html",
        {"release": release, "notes": notes, "current_release": latest_release()},
    )


def page_at_release(request, version, page_id):
    """A stable address for a page as it was in a release (404 if it was not in it yet)."""
    release = get_object_or_404(MethodRelease.objects.published(), version=version)
    page = visible_page(request, page_id)
    note = note_for_release(page, release)
    if note is None or note.revision is None:
        raise Http404(_("This page was not part of this version of the method."))
    old_page = note.revision.as_object()
    current = latest_release()
    return TemplateResponse(
        request,
        "toolkit/page_at_release.html",
        {
            "page": old_page,
            "live_page": page,
            "release": release,
            "note": note,
            "removed": note.kind == note.Kind.REMOVED,
            "current_release": current,
            "is_current": current is not None and current.pk == release.pk,
            "body_template": body_template_for(page),
            "no_cache": True,
        },
    )


def body_template_for(page):
    specific_class = page.specific_class
    if issubclass(specific_class, BuildingBlockPage):
        return "toolkit/includes/building_block_body.html"
    if issubclass(specific_class, ChapterPage):
        return "toolkit/includes/chapter_body.html"
    if issubclass(specific_class, ProductPage):
        return "toolkit/includes/product_body.html"
    return "toolkit/includes/generic_body.html"


def version_choices(page, revisions):
    """(revision id, label) for a page's published revisions, named after their release."""
    by_revision = {}
    for note in page.method_change_notes.filter(release__published=True).select_related("release"):
        if note.revision_id:
            by_revision[note.revision_id] = note.release
    choices = []
    for revision in revisions:
        release = by_revision.get(revision.pk)
        date = date_format(timezone.localtime(revision.created_at), "j F Y")
        label = (
            _("Version %(version)s (%(date)s)") % {"version": release.version, "date": date}
            if release
            else _("Published %(date)s") % {"date": date}
        )
        choices.append((revision.pk, label))
    return choices


# ?weergave=naast shows the diff side by side; without it (the default) the diff is inline.
LAYOUT_PARAMETER = "weergave"
SIDE_BY_SIDE = "naast"


def diff_url(page_id, from_revision_id, to_revision_id, side_by_side=False):
    url = reverse("toolkit:page_diff", args=[page_id, from_revision_id, to_revision_id])
    return f"{url}?{urlencode({LAYOUT_PARAMETER: SIDE_BY_SIDE})}" if side_by_side else url


def compare_versions(request, page_id):
    """Pick two published versions of a page; a plain GET form that leads to the diff."""
    page = visible_page(request, page_id)
    revisions = list(published_revisions(page))
    choices = version_choices(page, revisions)
    form = CompareVersionsForm(choices, request.GET or None)
    if form.is_valid():
        return redirect(
            diff_url(
                page.pk,
                form.cleaned_data["from_revision"],
                form.cleaned_data["to_revision"],
                side_by_side=request.GET.get(LAYOUT_PARAMETER) == SIDE_BY_SIDE,
            )
        )
    return TemplateResponse(
        request, "toolkit/compare_versions.html", {"page": page.specific, "form": form}
    )


def page_diff(request, page_id, from_revision_id, to_revision_id):
    """ "Wat is er veranderd?": two published revisions of a page, compared section by section."""
    page = visible_page(request, page_id)
    revisions = {revision.pk: revision for revision in published_revisions(page)}
    if from_revision_id not in revisions or to_revision_id not in revisions:
        raise Http404(_("Only published versions can be compared."))
    old_revision, new_revision = revisions[from_revision_id], revisions[to_revision_id]
    old_page, new_page = old_revision.as_object(), new_revision.as_object()
    if not hasattr(new_page, "diff_sections"):
        raise Http404(_("Changes of this page cannot be shown."))
    labels = dict(version_choices(page, revisions.values()))
    sections = diff_pages(old_page, new_page)
    return TemplateResponse(
        request,
        "toolkit/page_diff.html",
        {
            "page": page.specific,
            "old_label": labels[old_revision.pk],
            "new_label": labels[new_revision.pk],
            "sections": sections,
            "changed_count": sum(1 for section in sections if section.changed),
            "side_by_side": request.GET.get(LAYOUT_PARAMETER) == SIDE_BY_SIDE,
            "layout_parameter": LAYOUT_PARAMETER,
            "side_by_side_value": SIDE_BY_SIDE,
            "inline_url": diff_url(page.pk, old_revision.pk, new_revision.pk),
            "side_by_side_url": diff_url(
                page.pk, old_revision.pk, new_revision.pk, side_by_side=True
            ),
            "form": CompareVersionsForm(
                list(labels.items()),
                initial={"from_revision": old_revision.pk, "to_revision": new_revision.pk},
            ),
        },
    )
