"""The site chrome's template tags: breadcrumbs on every page below the home page, the footer's
links that apps add through a hook, and the "Op deze pagina" contents list of long pages."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import template
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, Site

from ..cache import BREADCRUMBS_TIMEOUT, key_breadcrumbs, remembered

register = template.Library()

# Apps add a link to the footer's "Over deze site" list: a hook function returning
# (label, url), or None to add nothing for this request.
FOOTER_LINK_HOOK = "samenspel_footer_link"

# A contents list is worth it from this many headings on.
MIN_CONTENTS = 3

H2 = re.compile(r"<h2(?P<attrs>[^>]*)>(?P<text>.*?)</h2>", re.DOTALL | re.IGNORECASE)
ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def ancestors_of(request, page):
    """The live pages from the site's home page down to ``page``'s parent, remembered until the
    next publish, move or rename (``PAGES``): logged-in pages render the trail on every request."""

    def read():
        return [
            Crumb(ancestor.title, ancestor.get_url(request))
            for ancestor in page.get_ancestors().live().filter(depth__gt=1).specific()
        ]

    return remembered(key_breadcrumbs(page.pk, request.get_host()), read, BREADCRUMBS_TIMEOUT)


def section_of(request, site):
    """For a view that is not a Wagtail page: the deepest live page whose address is a prefix of
    the request's path (``/leren/lot/3/`` lies in the page ``/leren/``), or None."""
    parts = [part for part in request.path.split("/") if part]
    candidates = [
        site.root_page.url_path + "/".join(parts[:length]) + "/" for length in range(1, len(parts))
    ]
    if not candidates:
        return None
    return (
        Page.objects.live()
        .filter(url_path__in=candidates, path__startswith=site.root_page.path)
        .order_by("-depth")
        .first()
    )


@register.inclusion_tag("samenspel/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, *extra):
    """The trail above the current page (GOV.UK and NL Design System: the current page itself is
    its heading, not a crumb). Wagtail pages: their ancestors, and the page itself on its
    sub-routes (a work card, a comparison). Other views: the home page and the section page
    they live under. The home page has no trail. ``extra``: (title, url) pairs a template adds
    at the end: ``{% block breadcrumbs %}{% breadcrumbs title url %}{% endblock %}``."""
    request = context.get("request")
    site = request and Site.find_for_request(request)
    if site is None:
        return {"crumbs": []}
    page = context.get("page")
    if isinstance(page, Page):
        crumbs = [] if page.depth <= site.root_page.depth else ancestors_of(request, page)
        url = page.get_url(request)
        if url and urlsplit(url).path != request.path:
            crumbs.append(Crumb(page.title, url))
    elif request.path == "/":
        crumbs = []
    else:
        section = section_of(request, site)
        home = Crumb(site.root_page.title, site.root_page.get_url(request))
        crumbs = [home, *(ancestors_of(request, section)[1:] if section else [])]
        if section is not None:
            crumbs.append(Crumb(section.title, section.get_url(request)))
    crumbs += [Crumb(title, url) for title, url in zip(extra[::2], extra[1::2], strict=False)]
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def footer_links(context):
    """(label, url) pairs that apps registered for the footer."""
    request = context.get("request")
    links = (make(request) for make in hooks.get_hooks(FOOTER_LINK_HOOK))
    return [link for link in links if link]


def with_ids(html):
    """Gives every h2 without an id one made from its text; returns the html and the list of
    (id, text) pairs in order."""
    entries, used = [], set(ID.findall(html))

    def add_id(match):
        attrs, inner = match.group("attrs"), match.group("text")
        text = " ".join(strip_tags(inner).split())
        found = ID.search(attrs)
        if found:
            anchor = found.group(1)
        else:
            anchor = base = "kop-" + (slugify(text) or "onderdeel")
            counter = 2
            while anchor in used:
                anchor, counter = f"{base}-{counter}", counter + 1
            used.add(anchor)
            attrs = f' id="{anchor}"{attrs}'
        if text:
            entries.append((anchor, text))
        return f"<h2{attrs}>{inner}</h2>"

    return H2.sub(add_id, html), entries


class ContentsListNode(template.Node):
    def __init__(self, nodelist, layout):
        self.nodelist, self.layout = nodelist, layout

    def render(self, context):
        html, entries = with_ids(self.nodelist.render(context))
        if len(entries) < MIN_CONTENTS:
            return html
        items = format_html_join(
            "",
            '<li class="utrecht-table-of-contents__list-item"><a href="#{}">{}</a></li>',
            entries,
        )
        nav = format_html(
            '<nav class="contents-list utrecht-table-of-contents" aria-labelledby="op-deze-pagina">'
            '<p class="contents-list__heading" id="op-deze-pagina">{}</p>'
            '<ol class="contents-list__list utrecht-table-of-contents__list">{}</ol></nav>',
            _("On this page"),
            items,
        )
        if self.layout == "inline":
            return mark_safe(nav + html)  # noqa: S308 - both parts are rendered templates
        return mark_safe(  # noqa: S308 - both parts are rendered templates
            f'<div class="with-contents">{nav}<div class="with-contents__body">{html}</div></div>'
        )


@register.tag
def contents_list(parser, token):
    """``{% contents_list %}…{% endcontents_list %}``: renders its body and, when it has at least
    three h2 headings, puts an "Op deze pagina" list of links to them before it (each h2 without
    an id gets one). ``{% contents_list "inline" %}`` keeps the list in the flow of the text; the
    default places it in a side column on wide screens (sticky) and above the text on small ones.
    """
    bits = token.split_contents()
    layout = escape(bits[1].strip("\"'")) if len(bits) > 1 else "side"
    nodelist = parser.parse(("endcontents_list",))
    parser.delete_first_token()
    return ContentsListNode(nodelist, layout)
