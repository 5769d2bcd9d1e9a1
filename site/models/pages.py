from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, BodyBlock
from ..pagecache import AnonymousCachedPageMixin
from ..routing import RememberedRoutesMixin


class ContentPage(Page):
    """Fields every content page of the site shares: a short intro and a body from the library."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(RememberedRoutesMixin, AnonymousCachedPageMixin, ContentPage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "toolkit.HandbookPage",
        "toolkit.BuildingBlockIndexPage",
        "casebank.CaseIndexPage",
        "learning.LearningIndexPage",
        "samenspel.StandardPage",
    ]
    page_description = _("The start page of the Beter Samenspel learning network.")
    max_count = 1
    template = "samenspel/home_page.html"

    class Meta:
        verbose_name = _("home page")


class StandardPage(AnonymousCachedPageMixin, ContentPage):
    parent_page_types = ["samenspel.HomePage", "samenspel.StandardPage"]
    subpage_types = ["samenspel.StandardPage"]
    page_description = _(
        "A plain content page, e.g. about the network or the accessibility statement."
    )
    template = "samenspel/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
