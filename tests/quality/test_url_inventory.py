"""The scan behind the URL fuzz test finds each way a view reads the query string, and reports
the ways it cannot follow."""

from django import forms

from samenspel.params import int_param

from .url_inventory import form_fields, query_parameters

PACKAGES = ("tests.",)
FACETS = ("fase", "product")


class FilterForm(forms.Form):
    zoek = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["extra"] = forms.CharField(required=False)


def helper(request):
    return request.GET.getlist("herhaald")


def view(request):
    a = request.GET.get("a", "")
    b = request.GET["b"]
    if "c" in request.GET:
        pass
    number = int_param(request.GET, "d")
    form = FilterForm(request.GET or None)
    chosen = {facet: request.GET.getlist(facet) for facet in FACETS}
    links = request.GET.copy()
    return a, b, number, form, chosen, links, helper(request)


def decorated(view_function):
    def wrapped(request):
        return view_function(request)

    return wrapped


wrapped_view = decorated(view)


def sloppy_view(request):
    key = request.POST.get("key")
    everything = dict(request.GET)
    return request.GET.get(key), everything


class ClassView:
    def get(self, request):
        return self.request.GET.get("klasse")


def test_every_kind_of_read_is_found_and_calls_are_followed():
    result = query_parameters([view], PACKAGES)
    expected = {"a", "b", "c", "d", "zoek", "extra", "fase", "product", "herhaald"}
    assert result.parameters == expected
    assert result.unresolved == []


def test_a_decorated_view_is_scanned_through_its_wrapper():
    assert "zoek" in query_parameters([wrapped_view], PACKAGES).parameters


def test_class_based_views_are_scanned_method_by_method():
    assert query_parameters([ClassView], PACKAGES).parameters == {"klasse"}


def test_reads_the_scan_cannot_follow_are_reported():
    result = query_parameters([sloppy_view], PACKAGES)
    assert result.parameters == set()
    assert len(result.unresolved) == 2
    assert any("passed to dict" in reason for reason in result.unresolved)
    assert any("key the scan cannot read" in reason for reason in result.unresolved)


def test_form_fields_include_those_added_in_init():
    assert form_fields(FilterForm, PACKAGES) == {"zoek", "extra"}
