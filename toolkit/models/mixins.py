from django.utils.functional import cached_property
from wagtail.models import Page

from samenspel.pagecache import AnonymousCachedPageMixin

from .releases import ChangeNote, history_from_notes

# The toolkit's name for the site's page-cache mixin; the migrations refer to it.
CachedPageMixin = AnonymousCachedPageMixin


class ReleasedPageMixin:
    """What the method releases say about this page: its history and current version."""

    @cached_property
    def release_notes(self):
        if not self.pk:
            return []
        return list(
            ChangeNote.objects.filter(page_id=self.pk, release__published=True)
            .select_related("release")
            .order_by("-release__date", "-release_id")
        )

    @property
    def release_history(self):
        return history_from_notes(self.release_notes)

    @property
    def current_version(self):
        """The latest published MethodRelease this page appears in, or None."""
        notes = self.release_notes
        return notes[0].release if notes else None


class HandbookTreeMixin:
    """Table of contents and previous/next navigation over the handbook in tree order."""

    @cached_property
    def handbook_pages(self):
        # The handbook root sits at depth 3 (root → home → handbook).
        ancestor_path = self.path[: Page.steplen * 3]
        pages = (
            Page.objects.live()
            .public()
            .filter(path__startswith=ancestor_path, depth__gte=3)
            .order_by("path")
        )
        return list(pages)

    def _neighbour(self, offset):
        pages = self.handbook_pages
        for index, page in enumerate(pages):
            if page.pk == self.pk:
                target = index + offset
                return pages[target] if 0 <= target < len(pages) else None
        return None

    @property
    def previous_page(self):
        return self._neighbour(-1)

    @property
    def next_page(self):
        return self._neighbour(1)

    def toc(self):
        """Nested (page, children) tuples below the handbook root, in tree order."""
        pages = self.handbook_pages
        if not pages:
            return []
        root = pages[0]
        children = {}
        for page in pages[1:]:
            parent_path = page.path[: -page.steplen]
            children.setdefault(parent_path, []).append(page)

        def build(path):
            return [(page, build(page.path)) for page in children.get(path, [])]

        return build(root.path)
