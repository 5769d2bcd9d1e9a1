from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from samenspel.models.pages import ContentPage

from ..blocks import ToolkitBodyBlock
from ..stemming import index_stems
from .mixins import CachedPageMixin, HandbookTreeMixin
from .search import StemmedSearchMixin


class GlossaryTerm(index.Indexed, models.Model):
    """A term of the method with its definition, abbreviation and synonyms."""

    term = models.CharField(_("term"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    definition = models.TextField(_("definition"))
    synonyms = models.TextField(
        _("synonyms"), blank=True, help_text=_("One per line: other words for the same thing.")
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("abbreviation"),
        FieldPanel("definition"),
        FieldPanel("synonyms"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("abbreviation"),
        index.SearchField("definition"),
        index.SearchField("synonyms"),
        index.SearchField("search_stems"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    @property
    def synonym_list(self):
        return [line.strip() for line in self.synonyms.splitlines() if line.strip()]

    @property
    def anchor(self):
        return f"begrip-{self.slug}"

    def search_stems(self):
        return index_stems(" ".join([self.term, self.definition, *self.synonym_list]))


class GlossaryPage(CachedPageMixin, HandbookTreeMixin, StemmedSearchMixin, ContentPage):
    """Lists every glossary term with an anchor per term; text elsewhere links here."""

    body = StreamField(ToolkitBodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["toolkit.HandbookPage"]
    subpage_types = []
    page_description = _("The glossary: terms, abbreviations and synonyms.")
    max_count = 1
    template = "toolkit/glossary_page.html"

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = GlossaryTerm.objects.all()
        return context
