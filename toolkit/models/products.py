from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from samenspel.models.pages import ContentPage

from ..blocks import DecisionAidBlock, TextItemsBlock, ToolkitBodyBlock
from ..diff import stream_sections, stream_text, text_of
from .choices import Product
from .mixins import CachedPageMixin, HandbookTreeMixin, ReleasedPageMixin
from .search import StemmedSearchMixin


class ProductIndexPage(
    CachedPageMixin, HandbookTreeMixin, StemmedSearchMixin, RoutablePageMixin, ContentPage
):
    """The products navigator: one page per product plus the decision aid "Wanneer 2a?"."""

    body = StreamField(ToolkitBodyBlock(), blank=True, verbose_name=_("body"))
    decision_aid = StreamField(
        DecisionAidBlock(),
        blank=True,
        verbose_name=_("decision aid 'When product 2a?'"),
        help_text=_("The first question is where the decision aid starts."),
    )

    parent_page_types = ["toolkit.HandbookPage"]
    subpage_types = ["toolkit.ProductPage"]
    page_description = _("The products navigator with the decision aid 'When product 2a?'.")
    max_count = 1
    template = "toolkit/product_index_page.html"

    content_panels = [*ContentPage.content_panels, FieldPanel("decision_aid")]
    search_fields = [*ContentPage.search_fields, index.SearchField("search_stems")]

    class Meta:
        verbose_name = _("products navigator")

    def stem_source(self):
        return [self.title, self.intro]

    @path("wanneer-product-2a/", name="decision_aid")
    def decision_aid_view(self, request):
        # deferred: the view's form imports toolkit.models.choices, i.e. this package.
        from ..views.decision_aid import decision_aid

        return decision_aid(request, self)


class ProductPage(
    CachedPageMixin, ReleasedPageMixin, HandbookTreeMixin, StemmedSearchMixin, ContentPage
):
    body = StreamField(ToolkitBodyBlock(), blank=True, verbose_name=_("body"))
    code = models.CharField(_("product code"), max_length=4, choices=Product.choices, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    rules = StreamField(TextItemsBlock(), blank=True, verbose_name=_("rules"))
    who_leads = models.CharField(_("who leads"), max_length=255, blank=True)
    consent_required = models.BooleanField(_("parental consent required"), default=False)
    jbt_needed = models.BooleanField(_("decision of the JBT needed"), default=False)
    max_hours = models.PositiveIntegerField(_("maximum hours per family"), null=True, blank=True)

    parent_page_types = ["toolkit.ProductIndexPage"]
    subpage_types = []
    page_description = _("One GI product (1, 2a or 2b) with its rules.")
    template = "toolkit/product_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [
                FieldPanel("who_leads"),
                FieldPanel("consent_required"),
                FieldPanel("jbt_needed"),
                FieldPanel("max_hours"),
            ],
            heading=_("Conditions"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("rules"),
        index.SearchField("search_stems"),
    ]

    class Meta:
        verbose_name = _("product")

    def stem_source(self):
        return [
            self.title,
            self.summary,
            self.intro,
            stream_text(self.rules),
            stream_text(self.body),
        ]

    def diff_sections(self):
        yes, no = _("yes"), _("no")
        return [
            ("title", _("Title"), self.title),
            ("summary", _("Summary"), self.summary),
            ("intro", _("Introduction"), text_of(self.intro)),
            *stream_sections(self.rules, label=_("Rule")),
            ("who_leads", _("Who leads"), self.who_leads),
            ("consent", _("Parental consent required"), str(yes if self.consent_required else no)),
            ("jbt", _("Decision of the JBT needed"), str(yes if self.jbt_needed else no)),
            ("hours", _("Maximum hours per family"), str(self.max_hours or "")),
            *stream_sections(self.body),
        ]
