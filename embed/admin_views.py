"""The organisation admin's intranet screen: settings, snippets, supplements, usage, API key."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.models import Organisation
from samenspel.params import int_param
from samenspel.permissions import can

from .embeddable import embeddable_pages, page_path, site_for, supplementable_pages
from .forms import EmbedSettingsForm, SupplementForm
from .links import embed_url
from .models import EmbedSettings, EmbedSupplement
from .services import (
    helpfulness_per_page,
    newer_release,
    save_supplement,
    settings_for,
    usage_per_page,
)

PERMISSION = "embed.manage_embed"


def administered_organisation(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can(request.user, PERMISSION, organisation):
        raise PermissionDenied
    return organisation


@login_required
def embed_settings(request, slug):
    organisation = administered_organisation(request, slug)
    instance = settings_for(organisation)
    form = EmbedSettingsForm(instance=instance)
    if request.method == "POST":
        form = EmbedSettingsForm(request.POST, request.FILES, instance=instance)
        if form.is_valid():
            form.save()
            messages.success(request, _("The intranet settings have been saved."))
            return redirect("embed:settings", slug=slug)
    return render(request, "embed/admin/settings.html", screen_context(request, organisation, form))


def screen_context(request, organisation, form, new_key=None):
    instance = settings_for(organisation)
    site = site_for(request)
    pages = list(embeddable_pages(site))
    chosen = snippet_page(request, pages)
    supplements = {
        supplement.page_id: supplement
        for supplement in EmbedSupplement.objects.filter(organisation=organisation)
    }
    helpfulness = helpfulness_per_page(organisation)
    usage = [
        (title, views, *helpfulness.get(page_id, (0, 0)))
        for title, page_id, views in usage_per_page(organisation)
    ]
    return {
        "organisation": organisation,
        "embed_settings": instance,
        "form": form,
        "newer_release": newer_release(instance),
        "pages": pages,
        "snippet": snippet_for(request, organisation, chosen, site) if chosen else None,
        "supplement_rows": [
            (page, supplements.get(page.pk)) for page in supplementable_pages(site).specific()
        ],
        "usage": usage,
        "new_key": new_key,
    }


def snippet_page(request, pages):
    wanted = int_param(request.GET, "pagina")
    return next((page for page in pages if page.pk == wanted), None)


def snippet_for(request, organisation, page, site):
    url = request.build_absolute_uri(embed_url(organisation, page_path(page, site)))
    script = request.build_absolute_uri("/embed/samenspel-embed.js")
    title, url_attr = escape(page.title), escape(url)
    return {
        "page": page,
        "url": url,
        "iframe": (
            f'<iframe src="{url_attr}" title="{title} – Samenspel" width="100%" height="600" '
            f'style="border:0;max-width:100%" loading="lazy"></iframe>'
        ),
        "script": (
            f'<script src="{script}" data-samenspel-embed="{url_attr}" '
            f'data-samenspel-title="{title}"></script>'
        ),
    }


@login_required
def edit_supplement(request, slug, page_id):
    organisation = administered_organisation(request, slug)
    page = supplementable_pages(site_for(request)).filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    existing = EmbedSupplement.objects.filter(organisation=organisation, page=page).first()
    form = SupplementForm(initial={"text": existing.text if existing else ""})
    if request.method == "POST":
        form = SupplementForm(request.POST)
        if form.is_valid():
            saved = save_supplement(organisation, page, form.cleaned_data["text"], request.user)
            if saved:
                messages.success(request, _("The supplement has been saved."))
            else:
                messages.success(request, _("The supplement has been removed."))
            return redirect("embed:settings", slug=slug)
    return render(
        request,
        "embed/admin/supplement.html",
        {"organisation": organisation, "page": page, "form": form, "existing": existing},
    )


@login_required
@require_POST
def rotate_api_key(request, slug):
    """Show the new key on this response only; it is never stored or shown again."""
    organisation = administered_organisation(request, slug)
    instance, _created = EmbedSettings.objects.get_or_create(organisation=organisation)
    key = instance.rotate_api_key()
    organisation.embed_settings = instance
    form = EmbedSettingsForm(instance=instance)
    response = render(
        request,
        "embed/admin/settings.html",
        screen_context(request, organisation, form, new_key=key),
    )
    response["Cache-Control"] = "no-store"
    return response
