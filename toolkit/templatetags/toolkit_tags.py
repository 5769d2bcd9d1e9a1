from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from samenspel.cache import PAGES

from ..services.glossary import GlossaryLinker

BODY_TEMPLATE = "toolkit/includes/building_block_article.html"
BODY_TIMEOUT = 60 * 60

register = template.Library()


class GlossaryNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        if context.get("no_glossary_links"):
            return html
        return mark_safe(GlossaryLinker().link(html))  # noqa: S308 (already-rendered template HTML)


@register.tag
def glossary_links(parser, token):
    """``{% glossary_links %}…{% endglossary_links %}``: link each glossary term's first
    occurrence in the enclosed, rendered HTML to its entry in the glossary."""
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryNode(nodelist)


@register.simple_tag(takes_context=True)
def shared_building_block(context, page):
    """A live building block as every reader sees it (heading, version, body, history), rendered
    once per revision, language and page generation (the costly part: structured sections,
    glossary links, release notes). Each block's comment thread is left as a marker for
    ``{% with_comment_threads %}`` to fill in per reader. Previews are never cached: their page
    is an unsaved draft."""
    request = context["request"]
    if getattr(request, "is_preview", False) or not page.live_revision_id:
        return render_body(request, page)
    key = f"toolkit:body:{PAGES.current()}:{page.pk}:{page.live_revision_id}:{get_language()}"
    body = cache.get(key)
    if body is None:
        body = render_body(request, page)
        cache.set(key, body, BODY_TIMEOUT)
    return mark_safe(body)  # noqa: S308 (our own rendered template)


def render_body(request, page):
    return render_to_string(BODY_TEMPLATE, {"page": page, "comment_markers": True}, request=request)
