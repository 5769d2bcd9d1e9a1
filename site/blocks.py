"""The one shared block library. Every app builds its StreamFields from these blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "samenspel/blocks/heading.html"
        label = _("Heading")
        preview_value = "Samen optrekken met het gezin"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "samenspel/blocks/paragraph.html"
        label = _("Paragraph")
        preview_value = (
            "<p>Het lokale team en de jeugdbeschermer werken vanaf het begin samen, "
            "met het gezin aan tafel.</p>"
        )


class CalloutKind(models.TextChoices):
    INFO = "info", _("Information")
    TIP = "tip", _("Tip")
    WARNING = "warning", _("Pay attention")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CalloutKind.choices, default=CalloutKind.INFO)
    title = blocks.CharBlock(required=False)
    text = ParagraphBlock()

    class Meta:
        icon = "help"
        template = "samenspel/blocks/callout.html"
        label = _("Callout")
        preview_value = {
            "kind": "tip",
            "title": "Tip",
            "text": "<p>Vraag ouders altijd eerst om toestemming.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    """A quote from practice, attributed by role only, never by name."""

    text = blocks.TextBlock()
    role = blocks.CharBlock(help_text=_("A role, never a name: e.g. jeugdbeschermer, moeder."))

    class Meta:
        icon = "openquote"
        template = "samenspel/blocks/quote.html"
        label = _("Quote")
        preview_value = {
            "text": "Doordat we samen aan tafel zaten, hoefde het gezin maar één keer te vertellen.",
            "role": "gezinscoach",
        }


class LinkCardBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    title = blocks.CharBlock(required=False, help_text=_("Defaults to the page title."))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "link"
        template = "samenspel/blocks/link_card.html"
        label = _("Link card")


class LinkCardsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(LinkCardBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "samenspel/blocks/link_cards.html"
        label = _("Link cards")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    cards = LinkCardsBlock()
