"""Database outages answer 503 with a Dutch page; other errors keep Django's 500."""

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import path

from samenspel import urls as project_urls


def broken_database(request):
    raise OperationalError("connection refused")


def broken_code(request):
    raise ValueError("a bug")


urlpatterns = [
    path("database/", broken_database),
    path("code/", broken_code),
    *project_urls.urlpatterns,
]
handler500 = project_urls.handler500


@pytest.fixture
def failing_client(settings):
    settings.ROOT_URLCONF = __name__
    return Client(raise_request_exception=False)


def test_database_outage_answers_503_in_dutch(failing_client):
    response = failing_client.get("/database/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "tijdelijk niet bereikbaar" in response.content.decode()


def test_other_errors_answer_500(failing_client):
    response = failing_client.get("/code/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
