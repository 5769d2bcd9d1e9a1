"""Site search. Results depend only on the query and the published pages (never on the
reader), so anonymous answers are shared like pages until the next publish (samenspel.pagecache,
keyed by the whole query string)."""

from django.template.response import TemplateResponse

from samenspel.cache import PAGES, SEARCH_TIMEOUT
from samenspel.pagecache import cache_for_anonymous

from ..forms import SearchForm
from ..search import search


def _results(request):
    form = SearchForm(request.GET or None)
    hits, query = [], ""
    if form.is_valid():
        query = form.cleaned_data["q"]
        hits = search(query, form.cleaned_data["kind"], form.cleaned_data["phase"])
    return form, query, hits


def search_page(request):
    """The search page: a plain GET form; search-as-you-type enhances it (toolkit/search.js)."""
    form, query, hits = _results(request)
    response = TemplateResponse(
        request, "toolkit/search.html", {"form": form, "query": query, "hits": hits}
    )
    return cache_for_anonymous(response, PAGES, timeout=SEARCH_TIMEOUT)


def search_results(request):
    """Just the results list, for search-as-you-type."""
    form, query, hits = _results(request)
    response = TemplateResponse(
        request, "toolkit/includes/search_results.html", {"query": query, "hits": hits}
    )
    return cache_for_anonymous(response, PAGES, timeout=SEARCH_TIMEOUT)
