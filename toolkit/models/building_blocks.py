from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from samenspel.blocks import RICH_TEXT_FEATURES
from samenspel.models.pages import ContentPage

from ..blocks import RelatedBlocksBlock, StepsBlock, TextItemsBlock, WorksheetsBlock
from ..diff import stream_sections, stream_text, text_of
from ..views.werkkaart import werkkaart_html, werkkaart_pdf
from .choices import Phase, Product, Role, Status, labels
from .fields import MultiChoiceField, choice_regex
from .mixins import CachedPageMixin, ReleasedPageMixin
from .products import ProductPage
from .search import StemmedSearchMixin


class BuildingBlockIndexPage(CachedPageMixin, StemmedSearchMixin, ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = ["toolkit.BuildingBlockPage"]
    page_description = _("Lists the building blocks of the method, filterable.")
    max_count = 1
    template = "toolkit/building_block_index_page.html"

    search_fields = [*ContentPage.search_fields, index.SearchField("search_stems")]

    class Meta:
        verbose_name = _("building block index")

    def get_context(self, request, *args, **kwargs):
        # deferred: toolkit.forms imports toolkit.models.choices, i.e. this package.
        from ..forms import BuildingBlockFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = BuildingBlockFilterForm(request.GET or None)
        blocks = BuildingBlockPage.objects.child_of(self).live().public().order_by("title")
        if form.is_valid():
            blocks = filter_building_blocks(blocks, **form.cleaned_data)
        context.update(filter_form=form, building_blocks=blocks)
        return context


def filter_building_blocks(queryset, phase="", product="", status="", **_ignored):
    if phase:
        queryset = queryset.filter(phases__regex=choice_regex(phase))
    if product:
        queryset = queryset.filter(products__regex=choice_regex(product))
    if status:
        queryset = queryset.filter(status=status)
    return queryset


class BuildingBlockPage(
    CachedPageMixin, ReleasedPageMixin, StemmedSearchMixin, RoutablePageMixin, Page
):
    """A building block of the method: structured fields, never one rich-text blob."""

    summary = models.TextField(_("summary"), blank=True)
    purpose = RichTextField(_("purpose"), blank=True, features=RICH_TEXT_FEATURES)
    when_to_use = RichTextField(
        _("when to use it"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The weighing (building block 'weging') is linked below this text."),
    )
    involved = MultiChoiceField(_("who is involved"), choices=Role.choices)
    lead = models.CharField(_("who leads"), max_length=40, choices=Role.choices, blank=True)
    steps = StreamField(StepsBlock(), blank=True, verbose_name=_("steps"))
    worksheets = StreamField(WorksheetsBlock(), blank=True, verbose_name=_("worksheets"))
    tips = StreamField(TextItemsBlock(), blank=True, verbose_name=_("tips"))
    pitfalls = StreamField(TextItemsBlock(), blank=True, verbose_name=_("pitfalls"))
    phases = MultiChoiceField(_("phases"), choices=Phase.choices)
    products = MultiChoiceField(_("products"), choices=Product.choices)
    related = StreamField(
        RelatedBlocksBlock(), blank=True, verbose_name=_("related building blocks")
    )
    status = models.CharField(
        _("maturity status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    method_owner = models.CharField(
        _("owner"), max_length=120, default="Opgaveteam", help_text=_("A person or the task team.")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(_("next review"), null=True, blank=True)
    foundation = models.BooleanField(
        _("foundation building block"),
        default=False,
        help_text=_("One of the four building blocks the method rests on."),
    )

    parent_page_types = ["toolkit.BuildingBlockIndexPage"]
    subpage_types = []
    page_description = _("A building block: purpose, who, steps, worksheets, tips and pitfalls.")
    template = "toolkit/building_block_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("when_to_use"),
        MultiFieldPanel([FieldPanel("involved"), FieldPanel("lead")], heading=_("Who is involved")),
        FieldPanel("steps"),
        FieldPanel("worksheets"),
        FieldPanel("tips"),
        FieldPanel("pitfalls"),
        MultiFieldPanel(
            [FieldPanel("phases"), FieldPanel("products"), FieldPanel("foundation")],
            heading=_("Place in the method"),
        ),
        FieldPanel("related"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("method_owner"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review"),
            ],
            heading=_("Maintenance"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("when_to_use"),
        index.SearchField("steps"),
        index.SearchField("worksheets"),
        index.SearchField("tips"),
        index.SearchField("pitfalls"),
        index.SearchField("search_stems"),
        index.FilterField("status"),
        index.FilterField("phases"),
        index.FilterField("products"),
    ]

    class Meta:
        verbose_name = _("building block")

    @property
    def involved_labels(self):
        return labels(Role, self.involved)

    @property
    def phase_labels(self):
        return labels(Phase, self.phases)

    @property
    def product_labels(self):
        return labels(Product, self.products)

    @cached_property
    def weging_page(self):
        """The weighing building block, linked from "when to use it"."""
        if self.slug == "weging":
            return None
        return BuildingBlockPage.objects.live().public().filter(slug="weging").first()

    @cached_property
    def product_pages(self):
        if not self.products:
            return []
        pages = ProductPage.objects.live().public().filter(code__in=self.products)
        return sorted(pages, key=lambda page: page.code)

    def stem_source(self):
        return [
            self.title,
            self.summary,
            self.purpose,
            self.when_to_use,
            stream_text(self.steps),
            stream_text(self.worksheets),
            stream_text(self.tips),
            stream_text(self.pitfalls),
        ]

    def diff_sections(self):
        return [
            ("title", _("Title"), self.title),
            ("summary", _("Summary"), self.summary),
            ("purpose", _("Purpose"), text_of(self.purpose)),
            ("when_to_use", _("When to use it"), text_of(self.when_to_use)),
            ("involved", _("Who is involved"), ", ".join(map(str, self.involved_labels))),
            ("lead", _("Who leads"), str(self.get_lead_display()) if self.lead else ""),
            *stream_sections(self.steps),
            *stream_sections(self.worksheets),
            *stream_sections(self.tips, label=_("Tip")),
            *stream_sections(self.pitfalls, label=_("Pitfall")),
            ("phases", _("Phases"), ", ".join(map(str, self.phase_labels))),
            ("products", _("Products"), ", ".join(map(str, self.product_labels))),
            ("status", _("Maturity status"), str(self.get_status_display())),
            ("owner", _("Owner"), self.method_owner),
        ]

    @path("werkkaart/", name="werkkaart")
    def werkkaart(self, request):
        """The printable work card of this building block."""
        return werkkaart_html(request, self)

    @path("werkkaart/pdf/", name="werkkaart_pdf")
    def werkkaart_pdf(self, request):
        return werkkaart_pdf(request, self)
