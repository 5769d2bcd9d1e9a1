"""The site search (samenspel.search): a results page grouped by kind, and suggestions while
typing as JSON for the header's combobox (static/js/site-search.js).

Both answer anonymous readers from the shared page cache until the next publish: for them only
the method is searched, which changes only with a publish (``PAGES``). Members' answers depend
on who asks (cases, their LOTs), so they are never shared (``samenspel.pagecache`` keeps only
answers to requests without a session, and marks every other answer private).
"""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..cache import PAGES, SEARCH_TIMEOUT
from ..forms import SiteSearchForm
from ..pagecache import cache_for_anonymous
from ..ratelimits import CLIENT, USER, over_limit
from ..search import search_everything

PER_GROUP = 5
SUGGESTIONS_PER_GROUP = 3
MIN_SUGGEST = 2  # characters typed before suggestions are looked up


def _shared_for_anonymous(request, response):
    if request.user.is_authenticated:
        return response
    return cache_for_anonymous(response, PAGES, timeout=SEARCH_TIMEOUT)


def _query(request):
    form = SiteSearchForm(request.GET or None)
    return form, (form.cleaned_data["q"] if form.is_valid() else "")


def search_page(request):
    """The grouped results page; a plain GET form, the target of the header's search box."""
    form, query = _query(request)
    groups = search_everything(request, query, PER_GROUP)
    context = {
        "form": form,
        "query": query,
        "site_search_query": query,
        "groups": groups,
        "total": sum(group.total for group in groups),
    }
    response = TemplateResponse(request, "samenspel/search.html", context)
    return _shared_for_anonymous(request, response)


def suggestions(request):
    """``{"groups": [{"kind", "label", "total", "more", "url", "items": [{"title", "url"}]}]}``, the first few hits of each kind. Rate limited per address (anonymous) or
    member."""
    key = USER if request.user.is_authenticated else CLIENT
    if over_limit(request, "search-suggest", key=key):
        return JsonResponse({"error": _("Too many searches. Wait a moment.")}, status=429)
    _form, query = _query(request)
    groups = (
        search_everything(request, query, SUGGESTIONS_PER_GROUP)
        if len(query) >= MIN_SUGGEST
        else []
    )
    data = {  # not the question itself: nothing a reader typed is echoed back
        "groups": [
            {
                "kind": group.kind,
                "label": str(group.label),
                "total": group.total,
                "more": group.more,
                "url": group.more_url,
                "items": [{"title": hit.title, "url": hit.url} for hit in group.hits],
            }
            for group in groups
        ],
    }
    response = JsonResponse(data)
    return _shared_for_anonymous(request, response)
