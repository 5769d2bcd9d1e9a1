from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import accounts
from .sitemaps import sitemap_view
from .views import account, basics, language, organisations, search
from .views.health import healthz, readyz
from .views.login import gone, to_allauth
from .views.security import security_policy, security_txt

samenspel_patterns = (
    [
        path("account/", account.account_hub, name="account"),
        path("account/profiel/", account.profile, name="profile"),
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
        path("zoeken/alles/", search.search_page, name="search"),
        path("zoeken/suggesties/", search.suggestions, name="search_suggestions"),
    ],
    "samenspel",
)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("beveiliging/melden/", security_policy, name="security_policy"),
    path("robots.txt", basics.robots_txt, name="robots_txt"),
    path("favicon.ico", basics.favicon, name="favicon"),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("taal/<str:language>/", language.switch_language, name="switch_language"),
    # allauth is the only way in: the Wagtail admin's own login and password reset send the
    # visitor to allauth's pages (nothing they post there is read).
    path("admin/login/", to_allauth("account_login"), name="admin_login_redirect"),
    re_path(
        r"^admin/password_reset/",
        to_allauth("account_reset_password"),
        name="admin_password_reset_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/2fa/totp/activate/", accounts.activate_totp, name="mfa_activate_totp"),
    path("accounts/", include("allauth.urls")),
    # Wagtail's shared page and collection passwords are switched off (settings): their forms
    # would be password checks outside allauth, without lockout.
    path("documents/authenticate_with_password/<int:restriction_id>/", gone),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(samenspel_patterns)),
    # The apps' own URLconfs, named in settings (the composition root), not here.
    *[path("", include(urlconf)) for urlconf in settings.SAMENSPEL_URLCONFS],
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's log-in for view-restricted pages: allauth's, like every other.
    path("_util/login/", to_allauth("account_login"), name="wagtail_login_redirect"),
    path("_util/authenticate_with_password/<int:restriction_id>/<int:page_id>/", gone),
    path("", include(wagtail_urls)),
]

handler500 = "samenspel.views.errors.server_error"
