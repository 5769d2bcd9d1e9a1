from django.urls import path

from .feeds import ReleaseFeed
from .views import search, versions

app_name = "toolkit"

urlpatterns = [
    path("zoeken/", search.search_page, name="search"),
    path("zoeken/resultaten/", search.search_results, name="search_results"),
    path("versies/", versions.change_log, name="change_log"),
    path("versies/atom.xml", ReleaseFeed(), name="release_feed"),
    path("versies/<str:version>/", versions.release_detail, name="release_detail"),
    path(
        "versies/<str:version>/pagina/<int:page_id>/",
        versions.page_at_release,
        name="page_at_release",
    ),
    path(
        "wat-is-er-veranderd/<int:page_id>/",
        versions.compare_versions,
        name="compare_versions",
    ),
    path(
        "wat-is-er-veranderd/<int:page_id>/<int:from_revision_id>/<int:to_revision_id>/",
        versions.page_diff,
        name="page_diff",
    ),
]
