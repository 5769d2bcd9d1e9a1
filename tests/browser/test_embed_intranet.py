"""A fake intranet on a second loopback origin embeds a building block by iframe and by script.

The live server runs on localhost; the intranet pages are served by a tiny http.server on
127.0.0.2 (allowed) and 127.0.0.3 (not allowed), each a different origin for the browser.
"""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from embed.models import EmbedSettings
from tests.embed.conftest import delft_supplement, tree  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

INTRANET_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet Delft</title></head>
<body>
<h1>Intranet gemeente Delft</h1>
<iframe id="by-iframe" src="{embed}" title="Weging – Samenspel" width="100%" height="300"
        style="border:0"></iframe>
<div id="by-script"><script src="{script}" data-samenspel-embed="{embed}"
        data-samenspel-title="Weging" data-samenspel-height="200"></script></div>
<p id="below">Onder de bouwsteen.</p>
</body></html>
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def intranet(tmp_path, live_server):
    """Start fake intranets on 127.0.0.2 and 127.0.0.3; yields {host: origin}."""
    embed = f"{live_server.url}/embed/delft/bouwstenen/weging/"
    (tmp_path / "index.html").write_text(
        INTRANET_PAGE.format(embed=embed, script=f"{live_server.url}/embed/samenspel-embed.js"),
        encoding="utf-8",
    )
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    servers, origins = [], {}
    for host in ("127.0.0.2", "127.0.0.3"):
        server = ThreadingHTTPServer((host, 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        origins[host] = f"http://{host}:{server.server_address[1]}"
    yield origins
    for server in servers:
        server.shutdown()
        server.server_close()


def test_intranet_embeds_building_block_in_theme_and_resizes(
    page,
    live_server,
    delft,
    tree,  # noqa: F811
    delft_supplement,  # noqa: F811
    intranet,
):
    EmbedSettings.objects.create(
        organisation=delft, allowed_origins=[intranet["127.0.0.2"]], primary_colour="#6a1b9a"
    )
    page.goto(intranet["127.0.0.2"] + "/index.html")

    for selector in ("#by-iframe", "iframe.samenspel-embed"):
        frame = page.frame_locator(selector)
        heading = frame.get_by_role("heading", level=1, name="Weging")
        heading.wait_for()
        assert heading.evaluate("el => getComputedStyle(el).color") == "rgb(106, 27, 154)"
        supplement = frame.get_by_role("complementary", name="Zo doen wij dit in Delft")
        assert supplement.is_visible()
        assert "casuscoördinator" in supplement.inner_text()
        assert frame.get_by_role("link", name="Openen op de volledige site").first.is_visible()

    script_frame = page.locator("iframe.samenspel-embed")
    assert script_frame.get_attribute("title") == "Weging – Samenspel"
    # The script reserved 200px; the embed reports its real height through postMessage.
    page.wait_for_function(
        "() => parseInt(document.querySelector('iframe.samenspel-embed').style.height) > 400"
    )
    content_height = (
        page.frame_locator("iframe.samenspel-embed")
        .locator("html")
        .evaluate("el => Math.ceil(el.getBoundingClientRect().height)")
    )
    frame_height = script_frame.evaluate("el => el.getBoundingClientRect().height")
    assert abs(frame_height - content_height) <= 2


def test_origin_not_on_the_list_is_refused_by_the_browser(
    page,
    live_server,
    delft,
    tree,  # noqa: F811
    intranet,
):
    EmbedSettings.objects.create(organisation=delft, allowed_origins=[intranet["127.0.0.2"]])
    page.goto(intranet["127.0.0.3"] + "/index.html")
    page.wait_for_load_state("load")
    page.wait_for_timeout(1000)
    embedded = [frame for frame in page.frames if frame != page.main_frame]
    assert len(embedded) == 2
    for frame in embedded:
        # Chromium replaces a frame refused by frame-ancestors with its error page.
        assert frame.url.startswith("chrome-error://"), frame.url
    # The script's frame keeps its reserved height: no message from a refused frame.
    assert page.locator("iframe.samenspel-embed").evaluate("el => el.style.height") == "200px"
