"""What the toolkit adds to the site's start page (samenspel.home, hooks in wagtail_hooks.py):
the latest method versions with their change notes, and where to start reading."""

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from samenspel.home import Link

from .models import (
    BuildingBlockIndexPage,
    ChangeNote,
    HandbookPage,
    MethodRelease,
    ProductIndexPage,
)

# Releases on the start page; the change log has every one.
RECENT_RELEASES = 2
NOTES_PER_RELEASE = 6


def method_news(request, since):
    """The ``home_panels`` hook: what changed in the method recently (the same for everyone)."""
    releases = list(
        MethodRelease.objects.published().prefetch_related(
            Prefetch(
                "change_notes",
                queryset=ChangeNote.objects.select_related("page").order_by("pk"),
            )
        )[:RECENT_RELEASES]
    )
    if not releases:
        return ""
    rows = [
        {
            "release": release,
            "notes": release.change_notes.all()[:NOTES_PER_RELEASE],
            "more": max(len(release.change_notes.all()) - NOTES_PER_RELEASE, 0),
            "new": since is not None and release.date >= timezone.localdate(since),
        }
        for release in releases
    ]
    return render_to_string("toolkit/includes/home_news.html", {"rows": rows}, request=request)


def start_links(request):
    """The ``home_start_links`` hook: the handbook, the products and the building blocks."""
    pages = {
        type(page): page
        for page in Page.objects.live()
        .public()
        .type(HandbookPage, ProductIndexPage, BuildingBlockIndexPage)
        .specific()
    }
    texts = [
        (
            HandbookPage,
            _(
                "The method step by step: phases, principles and how the local team and the GI work together."
            ),
        ),
        (
            ProductIndexPage,
            _("Products 1, 2a and 2b: what the GI offers and when to choose which one."),
        ),
        (
            BuildingBlockIndexPage,
            _(
                "Practical building blocks such as the weighing, the timeline and family patterns, with worksheets."
            ),
        ),
    ]
    return [
        Link(pages[model].title, pages[model].url, description)
        for model, description in texts
        if model in pages
    ] + [
        Link(
            _("Versions of the method"),
            reverse("toolkit:change_log"),
            _("What changed in which version, page by page."),
        )
    ]
