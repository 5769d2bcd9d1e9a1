"""The project's URLs plus the privacy views, for tests that run before samenspel.urls includes
them."""

from django.urls import include, path

from samenspel.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("", include("samenspel.privacy.urls")), *project_urlpatterns]
