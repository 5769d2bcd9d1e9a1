from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers, patch_cache_control

from samenspel.permissions import can

from ..models import Case
from ..permissions import can_read_cases


def member_required(view):
    """Logged in (else to the login page) and a member of a participating organisation."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_read_cases(request.user):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        # Case content is for members only: never in a shared cache.
        patch_cache_control(response, private=True)
        return response

    return wrapper


def no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


def case_or_404(user, permission, **lookup):
    """The case, if ``user`` has ``permission`` on it; otherwise a 404 (existence is private)."""
    case = get_object_or_404(Case, **lookup)
    if not can(user, permission, case):
        raise Http404
    return case


def own_case_or_404(user, pk):
    """A case the user submitted; even superusers never open someone else's raw story."""
    case = get_object_or_404(Case, pk=pk)
    if case.submitter_id != user.pk:
        raise Http404
    return case
