import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from samenspel.csvexport import csv_response
from samenspel.permissions import can

from . import register, registry
from .forms import DeleteAccountForm


def privacy_statement(request):
    """The privacy statement (privacyverklaring): the fixed parts in the template, what is kept
    from the registry, so a new registration shows up here without editing the page."""
    return render(
        request,
        "privacy/statement.html",
        {
            "activities": registry.processing_activities(),
            "contact": settings.SAMENSPEL_PRIVACY_CONTACT,
            "may_download_register": can(request.user, "privacy.view_processing_register"),
        },
    )


def _register_filename(request, extension):
    if not can(request.user, "privacy.view_processing_register"):
        raise PermissionDenied
    return f"samenspel-verwerkingsregister-{timezone.localdate():%Y-%m-%d}.{extension}"


@never_cache
@login_required
def processing_register_csv(request):
    response, writer = csv_response(_register_filename(request, "csv"))
    register.write_csv(writer)
    return response


@never_cache
@login_required
def processing_register_md(request):
    filename = _register_filename(request, "md")
    response = HttpResponse(register.as_markdown(), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def my_data(request):
    return render(
        request,
        "privacy/my_data.html",
        {
            "sections": registry.exporters(),
            "retention_rules": registry.retention_rules(),
            "may_delete": may_delete_own_account(request.user),
        },
    )


@never_cache
@login_required
def download(request):
    data = registry.export_user_data(request.user)
    filename = f"samenspel-mijn-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def may_delete_own_account(user):
    # Site administrators are removed by another administrator, so the site never loses its
    # last one by accident.
    return not (user.is_superuser or user.is_staff)


@never_cache
@login_required
def delete_account(request):
    user = request.user
    if not may_delete_own_account(user):
        return render(request, "privacy/delete_account.html", {"may_delete": False}, status=403)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            registry.erase_user(user)
        logout(request)
        messages.success(request, _("Your account has been deleted. Thank you for taking part."))
        return redirect("/")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "privacy/delete_account.html",
        {"form": form, "may_delete": True},
        status=status,
    )
