from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from samenspel.models.pages import ContentPage

from ..blocks import ChapterBodyBlock
from ..diff import stream_sections, text_of
from .mixins import CachedPageMixin, HandbookTreeMixin, ReleasedPageMixin
from .search import StemmedSearchMixin


class HandbookPage(CachedPageMixin, HandbookTreeMixin, StemmedSearchMixin, ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = ["toolkit.ChapterPage", "toolkit.ProductIndexPage", "toolkit.GlossaryPage"]
    page_description = _("The root of the method handbook.")
    max_count = 1
    template = "toolkit/handbook_page.html"

    search_fields = [*ContentPage.search_fields, index.SearchField("search_stems")]

    class Meta:
        verbose_name = _("handbook")

    def stem_source(self):
        return [self.title, self.intro]


class ChapterPage(
    CachedPageMixin, ReleasedPageMixin, HandbookTreeMixin, StemmedSearchMixin, ContentPage
):
    """A handbook chapter; chapters nest."""

    body = StreamField(ChapterBodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["toolkit.HandbookPage", "toolkit.ChapterPage"]
    subpage_types = ["toolkit.ChapterPage"]
    page_description = _("A chapter of the handbook, e.g. roles or privacy and consent.")
    template = "toolkit/chapter_page.html"

    search_fields = [*ContentPage.search_fields, index.SearchField("search_stems")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("handbook chapter")

    def stem_source(self):
        return [self.title, self.intro, *[block.render_as_block() for block in self.body]]

    def diff_sections(self):
        return [
            ("title", _("Title"), self.title),
            ("intro", _("Introduction"), text_of(self.intro)),
            *stream_sections(self.body),
        ]
