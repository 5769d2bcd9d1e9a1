from django import template
from django.utils.safestring import mark_safe

from ..services.glossary import GlossaryLinker

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


@register.filter
def diff_class(op):
    return {"ins": "diff-ins", "del": "diff-del"}.get(op, "")


@register.simple_tag(takes_context=True)
def routable_url(context, page, name, *args):
    return page.reverse_subpage(name, args=args) if args else page.reverse_subpage(name)
