from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from samenspel.cache import ARTICLE_TIMEOUT, key_article, remembered

from ..glossary import GlossaryLinker
from ..slots import SharedRendering, StepSlots
from ..slots import page_head as head_for_page
from ..slots import page_notices as notices_for_page
from ..slots import release_extras as extras_for_release

ARTICLE_TEMPLATE = "toolkit/includes/building_block_article.html"

register = template.Library()


class GlossaryNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        if context.get("no_glossary_links"):
            return html
        page = context.get("page")
        current_url = getattr(page, "url", "") or "" if page is not None else ""
        linker = GlossaryLinker(current_url=current_url)
        return mark_safe(linker.link(html))  # noqa: S308 (already-rendered template HTML)


@register.tag
def glossary_links(parser, token):
    """``{% glossary_links %}…{% endglossary_links %}``: link each glossary term's first
    occurrence in the enclosed, rendered HTML to its entry in the glossary, and each building
    block's first mention to its page (not on the page itself)."""
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryNode(nodelist)


@register.simple_tag(takes_context=True)
def step_slots(context, page):
    """``{% step_slots page as step_slots %}``: this reader's fillers of the page's step slots
    (toolkit.slots), for ``{% step_slot %}`` and ``{% fill_slots %}`` below."""
    return StepSlots(context, page)


@register.simple_tag(takes_context=True)
def step_slot(context, anchor):
    """The slot after one step or section: left open in a shared rendering, filled otherwise;
    nothing where the page has no ``step_slots`` (intranet embeds, print views)."""
    slots = context.get("step_slots")
    return slots.slot(anchor) if slots is not None else ""


@register.simple_tag(takes_context=True)
def shared_building_block(context, page):
    """A live building block as every reader sees it (heading, version, body, history), as
    :class:`~toolkit.slots.Segments`: rendered once per revision, language and page generation
    (the costly part: structured sections, glossary links, release notes), with each step's slot
    left open for ``{% fill_slots %}``. Previews are never cached: their page is an unsaved
    draft."""
    request = context["request"]
    if getattr(request, "is_preview", False) or not page.live_revision_id:
        return render_article(request, page)
    key = key_article(page.pk, page.live_revision_id, get_language())
    return remembered(key, lambda: render_article(request, page), ARTICLE_TIMEOUT)


@register.simple_tag(takes_context=True)
def page_notices(context, page):
    """Per-reader notices above a page's content, from the ``toolkit_page_notice`` hooks."""
    return notices_for_page(context, page)


@register.simple_tag(takes_context=True)
def page_head(context, page=None):
    """Elements for the ``<head>`` of a toolkit page, from the ``toolkit_page_head`` hooks;
    nothing on views without a page (search, change log) or without a request."""
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_url"):
        return ""
    return head_for_page(request, page)


@register.simple_tag(takes_context=True)
def release_extras(context, release):
    """What other apps add below a method release's changes (``toolkit_release_extras`` hooks)."""
    return extras_for_release(context, release)


@register.simple_tag(takes_context=True)
def page_actions(context):
    """The reader's actions under a page's heading (``toolkit_page_action`` hooks): left open in
    a shared rendering, filled otherwise; nothing where the page has no ``step_slots``."""
    slots = context.get("step_slots")
    return slots.actions() if slots is not None else ""


@register.simple_tag
def fill_slots(segments, slots):
    """The second rendering step: shared segments with this reader's slot contents."""
    return segments.render(slots)


def render_article(request, page):
    rendering = SharedRendering()
    html = render_to_string(
        ARTICLE_TEMPLATE, {"page": page, "step_slots": rendering}, request=request
    )
    return rendering.segments(html)
