"""Domain blocks of the method toolkit, built from the shared block library.

Every block renders its element with ``id="blok-<block.id>"`` (see the templates) so that
comments can anchor to a page + block id + revision.
"""

from django.utils.encoding import force_str
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import RichText

from samenspel.blocks import BodyBlock, CalloutBlock, ParagraphBlock, QuoteBlock

from .vocabulary import Product, WorksheetKind
from .worksheets import WorksheetForm


class SourceRichText(RichText):
    """RichText whose repr shows its source. Wagtail's RichText has no __repr__, so two loads of
    the same StreamField printed differently (object addresses), which broke data snapshots
    such as the seed_demo idempotency test."""

    def __repr__(self):
        return f"<RichText {self.source!r}>"


class TextParagraphBlock(ParagraphBlock):
    """The shared paragraph block, with a stable repr (see SourceRichText)."""

    def to_python(self, value):
        return SourceRichText(value)

    def normalize(self, value):
        source = value.source if isinstance(value, RichText) else value and force_str(value)
        return SourceRichText(source)

    def value_from_form(self, value):
        return SourceRichText(value)


class StepBlock(blocks.StructBlock):
    """One step of a building block: what, how, who, when and where."""

    title = blocks.CharBlock(label=_("Title"))
    what = blocks.TextBlock(label=_("What"))
    how = blocks.TextBlock(label=_("How"), required=False)
    who = blocks.TextBlock(label=_("Who"), required=False)
    when = blocks.TextBlock(label=_("When"), required=False)
    where = blocks.TextBlock(label=_("Where"), required=False)

    class Meta:
        icon = "list-ol"
        template = "toolkit/blocks/step.html"
        label = _("Step")
        preview_value = {
            "title": "Samen starten met het gezin",
            "what": "Stel je samen voor aan het gezin.",
            "how": "In eenvoudige taal, met ruimte voor vragen.",
            "who": "Medewerker LT en jeugdbeschermer.",
            "when": "Binnen twee weken.",
            "where": "Bij het gezin thuis.",
        }


class WorksheetFieldBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"))
    help = blocks.TextBlock(label=_("Help text"), required=False)
    family_view = blocks.BooleanBlock(
        label=_("The family's own view"),
        required=False,
        help_text=_("Filled in with or by the family, in their own words."),
    )

    class Meta:
        icon = "form"
        label = _("Worksheet field")


class WorksheetValue(blocks.StructValue):
    def kind_label(self):
        """The kind's name for readers ("VTO-checklist"), never its stored code."""
        return dict(WorksheetKind.choices).get(self.get("kind"), self.get("kind"))


class WorksheetBlock(blocks.StructBlock):
    """A structured worksheet (timeline, family pattern, VTO checklist) that prints as a form."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=WorksheetKind.choices, default=WorksheetKind.CHECKLIST
    )
    title = blocks.CharBlock(label=_("Title"))
    instructions = blocks.TextBlock(label=_("Instructions"), required=False)
    fields = blocks.ListBlock(WorksheetFieldBlock(), label=_("Fields"))

    def get_context(self, value, parent_context=None):
        """Per field, a form-field name that is stable and readable in exported form data:
        ``<worksheet>-<n>-<label>``, e.g. ``tijdslijn-2-datum``."""
        context = super().get_context(value, parent_context=parent_context)
        sheet = slugify(value["title"]) or "werkblad"
        context["fields"] = [
            (f"{sheet}-{number}-{slugify(field['label'])}".rstrip("-"), field)
            for number, field in enumerate(value["fields"], start=1)
        ]
        if (parent_context or {}).get("fillable"):
            form = WorksheetForm(context["fields"])
            context["form_fields"] = [
                (form[name], field["family_view"]) for name, field in context["fields"]
            ]
        return context

    class Meta:
        icon = "doc-full"
        template = "toolkit/blocks/worksheet.html"
        label = _("Worksheet")
        value_class = WorksheetValue
        preview_value = {
            "kind": WorksheetKind.TIMELINE,
            "title": "Tijdslijn",
            "instructions": "Vul samen met het gezin in.",
            "fields": [
                {"label": "Datum", "help": "Wanneer gebeurde het?", "family_view": False},
                {"label": "Hoe zag het gezin het?", "help": "", "family_view": True},
            ],
        }


class TextItemBlock(blocks.TextBlock):
    """A single tip or pitfall."""

    class Meta:
        icon = "pick"
        template = "toolkit/blocks/text_item.html"
        label = _("Item")
        preview_value = "Plan de overleggen meteen in."


class RelatedBuildingBlock(blocks.PageChooserBlock):
    """A link to another building block; resolved for all links at once (bulk_to_python)."""

    def __init__(self, **kwargs):
        super().__init__(page_type="toolkit.BuildingBlockPage", **kwargs)

    class Meta:
        icon = "link"
        template = "toolkit/blocks/related.html"
        label = _("Building block")


class SectionBlock(blocks.StructBlock):
    """A handbook section: a heading and its text. Anchored by its block id."""

    heading = blocks.CharBlock(label=_("Heading"))
    text = TextParagraphBlock(label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "toolkit/blocks/section.html"
        label = _("Section")
        preview_value = {
            "heading": "Voor wie",
            "text": "<p>Voor medewerkers van de Lokale Teams en de GI's.</p>",
        }


class ToolkitBodyBlock(BodyBlock):
    """The shared body blocks, with the stable-repr paragraph."""

    paragraph = TextParagraphBlock()


class ChapterBodyBlock(ToolkitBodyBlock):
    section = SectionBlock()


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class WorksheetsBlock(blocks.StreamBlock):
    worksheet = WorksheetBlock()


class TextItemsBlock(blocks.StreamBlock):
    item = TextItemBlock()


class RelatedBlocksBlock(blocks.StreamBlock):
    building_block = RelatedBuildingBlock()


class DecisionQuestionBlock(blocks.StructBlock):
    node_id = blocks.CharBlock(label=_("Node id"))
    question = blocks.CharBlock(label=_("Question"))
    help = blocks.TextBlock(label=_("Help text"), required=False)
    answers = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("label", blocks.CharBlock(label=_("Answer"))),
                ("next", blocks.CharBlock(label=_("Next node id"))),
            ]
        ),
        label=_("Answers"),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        template = "toolkit/blocks/text_item.html"
        preview_value = {"node_id": "start", "question": "Zijn er zorgen?", "answers": []}


class DecisionAdviceBlock(blocks.StructBlock):
    node_id = blocks.CharBlock(label=_("Node id"))
    advice = blocks.CharBlock(label=_("Advice"))
    product = blocks.ChoiceBlock(
        label=_("Product"),
        required=False,
        choices=Product.choices,
    )
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "tick"
        label = _("Advice")
        template = "toolkit/blocks/text_item.html"
        preview_value = {"node_id": "advies", "advice": "Product 2a past.", "explanation": ""}


class DecisionAidBlock(blocks.StreamBlock):
    question = DecisionQuestionBlock()
    advice = DecisionAdviceBlock()


__all__ = [
    "CalloutBlock",
    "ChapterBodyBlock",
    "DecisionAidBlock",
    "QuoteBlock",
    "RelatedBlocksBlock",
    "StepsBlock",
    "TextItemsBlock",
    "WorksheetsBlock",
]
