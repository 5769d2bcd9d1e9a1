from django.urls import include, path, re_path

from . import admin_views, api, views

app_name = "embed"

urlpatterns = [
    path("embed/samenspel-embed.js", views.intranet_script, name="script"),
    re_path(
        r"^embed/(?P<organisation_slug>[-a-zA-Z0-9_]+)/(?P<page_path_>(?:[-\w]+/)*)$",
        views.embed_page,
        name="page",
    ),
    path("oembed/", views.oembed, name="oembed"),
    path("organisaties/<slug:slug>/intranet/", admin_views.embed_settings, name="settings"),
    path(
        "organisaties/<slug:slug>/intranet/aanvullingen/<int:page_id>/",
        admin_views.edit_supplement,
        name="supplement",
    ),
    path("organisaties/<slug:slug>/intranet/sleutel/", admin_views.rotate_api_key, name="api_key"),
    path("api/v2/supplements/", api.supplements, name="api_supplements"),
    path("api/v2/", include((api.api_router.get_urlpatterns(), "api"), namespace="api")),
]
