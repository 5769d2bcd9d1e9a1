from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import routing
from .sitemaps import sitemaps
from .views import basics, organisations
from .views.health import healthz
from .views.security import security_policy, security_txt

samenspel_patterns = (
    [
        path("organisaties/", organisations.my_organisations, name="my_organisations"),
        path("organisaties/<slug:slug>/leden/", organisations.members, name="members"),
        path(
            "organisaties/<slug:slug>/leden/<int:user_id>/rollen/",
            organisations.change_member_roles,
            name="change_member_roles",
        ),
        path(
            "organisaties/<slug:slug>/uitnodigingen/<int:pk>/intrekken/",
            organisations.revoke_invitation,
            name="revoke_invitation",
        ),
        path("uitnodiging/<str:token>/", organisations.accept_invitation, name="accept_invitation"),
    ],
    "samenspel",
)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("beveiliging/melden/", security_policy, name="security_policy"),
    path("robots.txt", basics.robots_txt, name="robots_txt"),
    path("favicon.ico", basics.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(samenspel_patterns)),
    path("", include("samenspel.embed.urls")),
    path("", include("samenspel.privacy.urls")),
    path("", include("toolkit.urls")),
    path("", include("learning.urls")),
    path("", include("learning.feedback.urls")),
    path("", include("casebank.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="samenspel_serve"),  # Wagtail's pattern
    path("", include(wagtail_urls)),
]

handler500 = "samenspel.views.errors.server_error"
