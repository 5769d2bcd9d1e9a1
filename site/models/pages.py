from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, BodyBlock
from ..home import start_context
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
    # Not a list: the page types that name the home page in their own ``parent_page_types`` (each
    # app's section page, and StandardPage), see clean_subpage_models. The shell names no domain
    # page (docs/architecture.md).
    subpage_types = None
    page_description = _("The start page of the Beter Samenspel learning network.")
    max_count = 1
    template = "samenspel/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        # The start page per person: the apps' panels, start links and shortcuts (hooks).
        return {**super().get_context(request, *args, **kwargs), **start_context(request)}

    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                model
                for model in get_page_models()
                if getattr(model, "parent_page_types", None)
                and cls in model.clean_parent_page_models()
            ]
        return cls._clean_subpage_models


class StandardPage(AnonymousCachedPageMixin, ContentPage):
    parent_page_types = ["samenspel.HomePage", "samenspel.StandardPage"]
    subpage_types = ["samenspel.StandardPage"]
    page_description = _(
        "A plain content page, e.g. about the network or the accessibility statement."
    )
    template = "samenspel/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
