from django.template.response import TemplateResponse

from ..forms import SearchForm
from ..services.search import search


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
    return TemplateResponse(
        request, "toolkit/search.html", {"form": form, "query": query, "hits": hits}
    )


def search_results(request):
    """Just the results list, for search-as-you-type."""
    form, query, hits = _results(request)
    return TemplateResponse(
        request, "toolkit/includes/search_results.html", {"query": query, "hits": hits}
    )
