"""Other login and password-reset addresses lead to allauth's."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt


def to_allauth(url_name):
    """A view that answers every method with a redirect to allauth's ``url_name``, keeping a
    safe ``next``. It never reads a posted password (and so never logs anyone in)."""

    @csrf_exempt
    def view(request, *args, **kwargs):
        target = reverse(url_name)
        next_url = request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            target += "?" + urlencode({"next": next_url})
        return HttpResponseRedirect(target)

    return view


def gone(request, *args, **kwargs):
    """Where Wagtail would check a shared page or collection password (switched off)."""
    raise Http404
