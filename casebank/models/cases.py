"""A case: one de-identified practice story, from draft (in review) to published.

Cases are plain Django models rendered by the case bank's own views, not Wagtail pages: that
keeps them out of Wagtail's search index, the sitemap, the pages API and the intranet embeds by
construction, and lets every view check membership on the server.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from toolkit.vocabulary import Cluster, FactorLevel

from .. import text
from ..choices import (
    OPEN_STATUSES,
    PRODUCT_CHOICES,
    CaseForm,
    CaseType,
    Implementation,
    Kader,
    LegalStep,
    Outcome,
    Polarity,
    Region,
    Status,
)
from ..querysets import CaseQuerySet
from ..toolkit_links import building_block_links

# Free-text fields a submitter writes; each one passes through the de-identifier.
TEXT_SECTIONS = (
    "title",
    "family",
    "local_team_context",
    "trigger",
    "course",
    "without_method",
    "looking_back",
    "quotes",
    "outcome",
    "lessons",
)


class Case(models.Model):
    # Workflow
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DEIDENTIFYING
    )
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_cases",
        verbose_name=_("submitter"),
    )
    organisation = models.ForeignKey(
        "samenspel.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("organisation of the submitter"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(_("confirmed by submitter at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="approved_cases",
        verbose_name=_("approved by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    # What the de-identifier replaced: offsets into the raw text, kind and replacement (never
    # the original). Emptied together with the raw story; only the counts per kind remain.
    findings = models.JSONField(default=dict, blank=True)
    finding_counts = models.JSONField(default=dict, blank=True)
    risk_warnings = models.JSONField(default=list, blank=True)
    # The background de-identification: attempts since the last (re)submission, and when the
    # running attempt started or the next one is due. ``recover_stuck_cases`` uses both.
    deidentify_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    deidentify_due_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Structured description
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    form = models.CharField(
        _("form"), max_length=10, choices=CaseForm.choices, default=CaseForm.CASE
    )
    case_type = models.CharField(_("case type"), max_length=30, choices=CaseType.choices)
    outcome_kind = models.CharField(
        _("how did it go?"), max_length=10, choices=Outcome.choices, default=Outcome.MIXED
    )
    region = models.CharField(
        _("region"), max_length=30, choices=Region.choices, default=Region.HAAGLANDEN
    )
    kader = models.CharField(
        _("framework (kader)"), max_length=12, choices=Kader.choices, blank=True
    )
    implementation = models.CharField(
        _("how far the method was implemented"),
        max_length=10,
        choices=Implementation.choices,
        blank=True,
    )
    period = models.CharField(
        _("period"),
        max_length=40,
        blank=True,
        help_text=_("A period, never a date: e.g. 2021–2022 or voorjaar 2023."),
    )
    building_blocks = models.JSONField(_("building blocks used"), default=list, blank=True)
    products = models.JSONField(_("products used"), default=list, blank=True)
    legal_steps = models.JSONField(_("legal steps"), default=list, blank=True)
    hours_lt = models.PositiveSmallIntegerField(
        _("hours spent by the local team"), null=True, blank=True
    )
    hours_gi = models.PositiveSmallIntegerField(_("hours spent by the GI"), null=True, blank=True)

    # Text (de-identified)
    family = models.TextField(_("the family"), blank=True)
    local_team_context = models.TextField(_("local team and method"), blank=True)
    trigger = models.TextField(_("trigger"), blank=True)
    course = models.TextField(_("course"), blank=True)
    side_box = models.TextField(_("explanation"), blank=True)
    without_method = models.TextField(_("without the method"), blank=True)
    looking_back = models.TextField(_("looking back"), blank=True)
    quotes = models.TextField(_("quotes"), blank=True)
    outcome = models.TextField(_("outcome"), blank=True)
    lessons = models.TextField(_("lessons"), blank=True)
    why_tense = models.TextField(_("why it was tense"), blank=True)

    # Search: a plain document (every text field) for SQLite, and on PostgreSQL a stored
    # tsvector with the Dutch configuration (GIN-indexed, see migration 0003).
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    # The combination the re-identification check compares with the published cases
    # (casebank/risk_score.py), kept by services.sync_index so that the comparison is one
    # indexed COUNT instead of reading every case of the region.
    family_key = models.CharField(max_length=120, blank=True, default="", editable=False)
    period_from = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    period_to = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(
                fields=["region", "family_key", "status", "period_from"],
                name="case_risk_combination_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("casebank:case_detail", args=[self.slug])

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    # Structured views of the conventional text formats
    def course_paragraphs(self):
        return text.paragraphs(self.course)

    def looking_back_themes(self):
        return text.themes(self.looking_back)

    def quote_list(self):
        return text.quotes(self.quotes)

    def lesson_list(self):
        return text.lines(self.lessons)

    def building_block_links(self):
        return building_block_links(self.building_blocks)

    def product_labels(self):
        labels = dict(PRODUCT_CHOICES)
        return [labels[value] for value in self.products if value in labels]

    def legal_step_labels(self):
        return [LegalStep(value).label for value in self.legal_steps if value in LegalStep.values]


class CaseFactor(models.Model):
    """A helping (green) or hindering (red) factor of a case or moment of truth."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="factors")
    polarity = models.CharField(_("helping or hindering"), max_length=10, choices=Polarity.choices)
    cluster = models.CharField(_("cluster"), max_length=30, choices=Cluster.choices)
    level = models.CharField(_("level"), max_length=20, choices=FactorLevel.choices, blank=True)
    text = models.TextField(_("factor"))
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("factor")
        verbose_name_plural = _("factors")

    def __str__(self):
        return self.text[:60]


class CaseFacetValue(models.Model):
    """One (facet, value) pair of a case: the table the faceted search filters and counts on.

    Single- and multi-valued facets alike get a row per value, so filtering is an EXISTS per
    facet and the counts are one GROUP BY in the database. Rebuilt by ``indexing.sync_index``.
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=80)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "case"])]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "facet", "value"], name="casebank_one_facet_value"
            )
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"
