"""Site basics: robots.txt and /favicon.ico."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Areas that are private, per person, or endless for a crawler (every pair of revisions).
DISALLOWED = [
    "/admin/",
    "/accounts/",
    "/casusbank/",
    "/embed/",
    "/oembed/",
    "/api/",
    "/leren/lot/",
    "/leren/bijeenkomst/",
    "/leren/agendapunt/",
    "/leren/uitkomst/",
    "/leren/actie/",
    "/leren/meting/",
    "/leren/metingen/",
    "/leren/gast/",
    "/vragenlijst/",
    "/uitnodiging/",
    "/organisaties/",
    "/mijn-gegevens/",
    "/meldingen/",
    "/reacties/",
    "/volgen/",
    "/feedback/beheer/",
    "/wat-is-er-veranderd/",
    "/zoeken/resultaten/",
    "/zoeken/suggesties/",
    "/privacy/verwerkingsregister",
]


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    return redirect(static("favicon.png"))
