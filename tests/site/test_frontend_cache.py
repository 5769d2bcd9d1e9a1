"""Publishing purges the page from the front cache or CDN (wagtail.contrib.frontend_cache), which
may keep anonymous pages because they say ``Cache-Control: public`` (samenspel.pagecache).

The purge goes through the same backend production configures (``HTTPBackend``, settings
``FRONTEND_CACHE_PURGE_URL``) to a real HTTP server on loopback that records what it is asked."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client, override_settings
from wagtail.models import Page, Site

from samenspel.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db(transaction=True)


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache():
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


@pytest.fixture
def about(db):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Samenspel", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    return home.add_child(instance=StandardPage(title="Over ons", slug="over"))


def test_an_anonymous_page_may_be_kept_by_a_front_cache_and_is_purged_on_publish(
    about, front_cache
):
    response = Client().get("/over/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "s-maxage=" in response["Cache-Control"]
    about.title = "Over het netwerk"
    about.save_revision().publish()
    assert ("testserver", "/over/") in front_cache
    front_cache.clear()
    about.unpublish()
    assert ("testserver", "/over/") in front_cache
