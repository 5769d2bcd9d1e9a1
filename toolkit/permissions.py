"""Toolkit permission rules and the page-visibility check used by the public version views."""

import rules
from django.http import Http404
from wagtail.models import Page

from samenspel.permissions import is_method_owner

rules.add_perm("toolkit.edit_method", is_method_owner)
# Page changes reach a release only through the task team's approval step in the "Redactie
# werkwijze" workflow, so editors may publish the release that bundles them, as the task team may.
rules.add_perm("toolkit.publish_release", is_method_owner)


def visible_page(request, page_id):
    """The live page with this id if the visitor may see it; else 404 (existence is private).

    Anyone who may see the live page may see its published history: the same view
    restrictions (login, password, groups) apply.
    """
    # depth > 1: Wagtail's invisible root node is no page of the site (the URL fuzz test found
    # its history crashing Wagtail's user bar, which looks for the page's parent).
    page = Page.objects.live().filter(pk=page_id, depth__gt=1).first()
    if page is None:
        raise Http404
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    return page
