"""The chrome-less embed views, the oEmbed provider and the intranet script."""

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string, select_template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from samenspel.cache import EMBED_SETTINGS, EMBED_TIMEOUT, OEMBED_TIMEOUT, PAGES
from samenspel.models import Organisation
from samenspel.pagecache import cache_for_anonymous

from .cache import cached_body
from .colours import darken
from .embeddable import Resolution, is_supplementable, page_path, resolve, site_for
from .forms import RemarkForm
from .headers import allow_framing_by
from .links import LinkRewriter, embed_url
from .origins import valid_origins
from .services import (
    allow_remark,
    page_in_version,
    record_remark,
    record_view,
    settings_for,
    supplement_for,
)

OEMBED_WIDTH = 800
OEMBED_HEIGHT = 600
OEMBED_CARD_HEIGHT = 240  # the card for a page's own address: title, summary, link
OEMBED_CACHE_AGE = 3600
SCRIPT_PATH = "embed/samenspel-embed.js"

# Bodies the toolkit renders without the site chrome; the embed's own bodies are the fallback.
TOOLKIT_BODIES = {
    "buildingblockpage": "toolkit/includes/building_block_body.html",
    "chapterpage": "toolkit/includes/chapter_body.html",
    "handbookpage": "toolkit/includes/handbook_body.html",
    "glossarypage": "toolkit/includes/glossary_body.html",
    "productpage": "toolkit/includes/product_body.html",
    "productindexpage": "toolkit/includes/product_index_body.html",
    "buildingblockindexpage": "toolkit/includes/building_block_index_body.html",
}


def body_template(page):
    name = page._meta.model_name
    candidates = [f"embed/bodies/{name}.html", "embed/bodies/generic.html"]
    if name in TOOLKIT_BODIES:
        candidates.insert(0, TOOLKIT_BODIES[name])
    return select_template(candidates)


def render_body(request, page, organisation, site):
    return mark_safe(  # noqa: S308 (our own rendered template)
        cached_body(
            organisation, page, site, lambda: render_fresh_body(request, page, organisation, site)
        )
    )


def render_fresh_body(request, page, organisation, site):
    context = page.get_context(request)
    context.update(page=page, self=page, embed=True)
    html = body_template(page).render(context, request)
    return mark_safe(LinkRewriter(request, organisation, site)(html))  # noqa: S308 (rendered by us)


def theme(embed_settings):
    logo_url = ""
    if embed_settings.logo_id:
        try:
            logo_url = embed_settings.logo.get_rendition("max-400x96").url
        except Exception:  # noqa: BLE001  (a missing image file must not break the embed)
            logo_url = ""
    return {
        "primary_colour": embed_settings.primary_colour,
        "primary_dark": darken(embed_settings.primary_colour),
        "logo_url": logo_url,
    }


@csrf_exempt  # anonymous, cookie-free form: a signed per-page token and a rate limit instead
@require_http_methods(["GET", "HEAD", "POST"])
def embed_page(request, organisation_slug, page_path_=""):
    organisation = get_object_or_404(Organisation, slug=organisation_slug)
    site = site_for(request)
    resolution = resolve(site, page_path_)
    if resolution.status != Resolution.FOUND:
        raise Http404
    page = resolution.page
    embed_settings = settings_for(organisation)
    self_url = embed_url(organisation, page_path(page, site))

    form = RemarkForm(organisation=organisation, page=page)
    limited = False
    if request.method == "POST":
        form = RemarkForm(request.POST, organisation=organisation, page=page)
        if form.is_valid():
            if allow_remark(request, organisation, page):
                record_remark(
                    organisation, page, form.cleaned_data["helpful"], form.cleaned_data["remark"]
                )
                response = HttpResponseRedirect(f"{self_url}?bedankt=1#feedback")
                response.status_code = 303
                return allow_framing_by(response, embed_settings.allowed_origins)
            limited = True
    counted = request.method == "GET" and "bedankt" not in request.GET
    if counted:
        record_view(organisation, page)

    shown, release = page_in_version(page, embed_settings)
    supplement = supplement_for(organisation, page) if is_supplementable(page) else None
    context = {
        "organisation": organisation,
        "embed_settings": embed_settings,
        "page": shown,
        "release": release,
        "body": render_body(request, shown, organisation, site),
        "supplement": supplement,
        "full_site_url": page.get_full_url(request),
        "self_url": self_url,
        "oembed_url": oembed_discovery_url(request, self_url),
        "form": form,
        "thanked": "bedankt" in request.GET,
        "limited": limited,
        "allowed_origins_json": json.dumps(valid_origins(embed_settings.allowed_origins)),
        **theme(embed_settings),
    }
    response = render(request, "embed/page.html", context, status=429 if limited else 200)
    on_hit = ("embed.services.record_view_by_id", (organisation.pk, page.pk))
    cache_for_anonymous(
        response, PAGES, EMBED_SETTINGS, timeout=EMBED_TIMEOUT, on_hit=on_hit if counted else None
    )
    return allow_framing_by(response, embed_settings.allowed_origins)


def oembed_discovery_url(request, url):
    query = urlencode({"url": request.build_absolute_uri(url), "format": "json"})
    return request.build_absolute_uri(reverse("embed:oembed")) + "?" + query


def oembed_error(status, message):
    return allow_any_origin(JsonResponse({"error": message}, status=status))


def allow_any_origin(response):
    """Intranet CMSs may fetch oEmbed from the browser: every answer, errors included, may be
    read by any origin (it holds nothing private), so a CMS shows the message, not a CORS
    failure."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def positive_int(value):
    number = int(value)
    if number <= 0:
        raise ValueError(value)
    return number


def oembed_html(request, page, site, organisation, width, height):
    """An organisation's embed URL gives its themed iframe. A page's own address (what a reader
    copies from the browser) has no organisation, so no theme and no framing permission: it
    gives a card with the title, the summary and a link, which needs no frame."""
    if organisation is not None:
        src = request.build_absolute_uri(embed_url(organisation, page_path(page, site)))
        context = {"src": src, "title": page.title, "width": width, "height": height}
        return render_to_string("embed/oembed_iframe.html", context).strip()
    context = {
        "url": request.build_absolute_uri(page.get_url(request)),
        "title": page.title,
        "summary": getattr(page, "summary", "") or page.search_description,
        "width": width,
    }
    return render_to_string("embed/oembed_card.html", context).strip()


@require_GET
def oembed(request):
    """oEmbed provider (JSON only): a rich iframe for an embed URL of an organisation, a rich
    card for a page's own address."""
    response_format = request.GET.get("format", "json")
    if response_format != "json":
        return oembed_error(501, "Only format=json is supported.")
    url = request.GET.get("url", "")
    if not url:
        return oembed_error(400, "The url parameter is required.")
    try:
        max_width = positive_int(request.GET["maxwidth"]) if "maxwidth" in request.GET else None
        max_height = positive_int(request.GET["maxheight"]) if "maxheight" in request.GET else None
    except ValueError:
        return oembed_error(400, "maxwidth and maxheight must be positive integers.")

    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return oembed_error(404, "Not a page of this site.")
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.get_host().lower():
        return oembed_error(404, "Not a page of this site.")
    site = site_for(request)
    segments = [segment for segment in parts.path.split("/") if segment]
    is_embed_url = len(segments) >= 2 and segments[0] == "embed"
    page_segments = segments[2:] if is_embed_url else segments
    resolution = resolve(site, "/".join(page_segments))
    if resolution.status == Resolution.PRIVATE:
        return oembed_error(401, "This page is not public.")
    if resolution.status == Resolution.MISSING:
        return oembed_error(404, "Not an embeddable page.")
    organisation = None
    if is_embed_url:
        organisation = Organisation.objects.filter(slug=segments[1]).first()
        if organisation is None:
            return oembed_error(404, "Unknown organisation.")

    page = resolution.page
    default_height = OEMBED_HEIGHT if organisation is not None else OEMBED_CARD_HEIGHT
    width = min(OEMBED_WIDTH, max_width or OEMBED_WIDTH)
    height = min(default_height, max_height or default_height)
    response = allow_any_origin(
        JsonResponse(
            {
                "version": "1.0",
                "type": "rich",
                "title": page.title,
                "provider_name": "Samenspel",
                "provider_url": request.build_absolute_uri("/"),
                "cache_age": OEMBED_CACHE_AGE,
                "width": width,
                "height": height,
                "html": oembed_html(request, page, site, organisation, width, height),
            }
        )
    )
    # The same for everyone who asks for this URL and size: cached like a page.
    return cache_for_anonymous(response, PAGES, EMBED_SETTINGS, timeout=OEMBED_TIMEOUT)


@cache
def script_source():
    return Path(finders.find(SCRIPT_PATH)).read_bytes()


@require_GET
def intranet_script(request):
    """The snippet's script at a stable URL (static file names are hashed per deploy)."""
    response = HttpResponse(script_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response
