import pytest

pytestmark = pytest.mark.django_db

EMBED_URL = "http://testserver/embed/delft/bouwstenen/weging/"


def oembed(client, url=EMBED_URL, **params):
    return client.get("/oembed/", {"url": url, **params})


def test_rich_json_response_for_an_embed_url(client, tree, delft_embed):
    response = oembed(client, format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["title"] == "Weging" and data["provider_name"] == "Samenspel"
    assert (data["width"], data["height"]) == (800, 600)
    assert f'src="{EMBED_URL}"' in data["html"]
    assert 'title="Weging – Samenspel"' in data["html"]
    assert 'width="800" height="600"' in data["html"]


def test_format_defaults_to_json(client, tree, delft_embed):
    assert oembed(client).json()["type"] == "rich"


@pytest.mark.parametrize(
    ("params", "size"),
    [
        ({"maxwidth": "400"}, (400, 600)),
        ({"maxheight": "300"}, (800, 300)),
        ({"maxwidth": "320", "maxheight": "240"}, (320, 240)),
        ({"maxwidth": "2000", "maxheight": "2000"}, (800, 600)),
    ],
)
def test_maxwidth_and_maxheight_are_respected(client, tree, delft_embed, params, size):
    data = oembed(client, **params).json()
    assert (data["width"], data["height"]) == size
    assert f'width="{size[0]}" height="{size[1]}"' in data["html"]


@pytest.mark.parametrize("value", ["0", "-5", "groot", "1.5"])
def test_bad_sizes_are_400(client, tree, delft_embed, value):
    assert oembed(client, maxwidth=value).status_code == 400


def test_xml_is_not_implemented(client, tree, delft_embed):
    assert oembed(client, format="xml").status_code == 501


def test_missing_url_is_400(client, tree):
    assert client.get("/oembed/").status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/embed/delft/bouwstenen/bestaat-niet/",
        "http://testserver/embed/onbekend/bouwstenen/weging/",
        "http://testserver/embed/delft/casusbank/",
        "http://testserver/embed/delft/leren/",
        "http://testserver/embed/delft/toegankelijkheid/",
        "http://testserver/casusbank/",
        "http://testserver/leren/",
        "http://testserver/bouwstenen/weging/werkkaart/",  # a sub-route, not a page
        "ftp://testserver/bouwstenen/weging/",
        "javascript:alert(1)//testserver/bouwstenen/weging/",
        "http://[testserver/bouwstenen/weging/",
        "https://elders.example.org/embed/delft/bouwstenen/weging/",
        "niet-eens-een-url",
    ],
)
def test_unknown_or_non_embeddable_urls_are_404(client, tree, delft_embed, url):
    response = oembed(client, url=url)
    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/embed/delft/bouwstenen/besloten/",
        "http://testserver/bouwstenen/besloten/",
    ],
)
def test_private_content_is_401(client, tree, delft_embed, url):
    response = oembed(client, url=url)
    assert response.status_code == 401 and "Weging" not in response.content.decode()
    assert "Besloten" not in response.content.decode()


def test_private_section_is_401_and_never_embeddable(client, tree, delft_embed):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=tree.learning, restriction_type="login")
    assert oembed(client, url="http://testserver/embed/delft/leren/").status_code == 401
    assert client.get("/embed/delft/leren/").status_code == 404


def test_embeddable_pages_carry_a_discovery_link(client, tree, delft_embed):
    html = client.get("/embed/delft/bouwstenen/weging/").content.decode()
    assert (
        '<link rel="alternate" type="application/json+oembed" '
        'href="http://testserver/oembed/?url=http%3A%2F%2Ftestserver%2Fembed%2Fdelft%2F'
        'bouwstenen%2Fweging%2F&amp;format=json" title="Weging">'
    ) in html


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"format": "xml"}, 501),
        ({"format": "json", "maxwidth": "breed"}, 400),
        ({"format": "json", "maxheight": "-1"}, 400),
        ({"format": "json", "url": ""}, 400),
    ],
)
def test_error_answers_carry_the_cors_header(client, tree, delft_embed, params, status):
    """A CMS that fetches oEmbed from the browser must see the message, not a CORS failure."""
    response = client.get("/oembed/", {"url": EMBED_URL, **params})
    assert response.status_code == status
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"]


def test_a_pages_own_address_gives_a_card(client, tree):
    """What a reader copies from the address bar: no organisation, so no themed iframe, but a
    card with the title, the summary and a link to the page."""
    response = oembed(client, url="http://testserver/bouwstenen/weging/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["type"] == "rich" and data["title"] == "Weging"
    assert (data["width"], data["height"]) == (800, 240)
    assert "<iframe" not in data["html"]
    assert '<a href="http://testserver/bouwstenen/weging/">Weging</a>' in data["html"]
    assert "Wegen of de uitgebreide werkwijze nodig is." in data["html"]
    assert "Lees verder op Samenspel" in data["html"]
    # Without the trailing slash or with a query string, as browsers and people copy it.
    for url in ("http://testserver/bouwstenen/weging", "http://testserver/bouwstenen/weging/?a=1"):
        assert oembed(client, url=url).json()["title"] == "Weging"
    assert oembed(client, url="http://testserver/handboek/").json()["title"] == "Handboek"


def test_the_card_escapes_page_text(client, tree):
    tree.weging.title = 'Weging <script>alert("x")</script>'
    tree.weging.summary = "Wegen & <b>besluiten</b>"
    tree.weging.save_revision().publish()
    html = oembed(client, url="http://testserver/bouwstenen/weging/").json()["html"]
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "Wegen &amp; &lt;b&gt;besluiten&lt;/b&gt;" in html


def test_drafts_and_unpublished_pages_are_never_embeddable(client, tree, delft_embed):
    from toolkit.models import BuildingBlockPage

    draft = tree.blocks.add_child(
        instance=BuildingBlockPage(
            title="Concept", slug="concept", summary="Nog niet af.", live=False
        )
    )
    draft.save_revision()
    for url in (
        "http://testserver/bouwstenen/concept/",
        "http://testserver/embed/delft/bouwstenen/concept/",
    ):
        assert oembed(client, url=url).status_code == 404
    # A published page's unpublished draft changes do not show either.
    page = tree.weging
    page.title = "Geheime nieuwe titel"
    page.save_revision()
    assert oembed(client, url="http://testserver/bouwstenen/weging/").json()["title"] == "Weging"
    tree.weging.unpublish()
    assert oembed(client, url="http://testserver/bouwstenen/weging/").status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"url": "http://testserver/" + "a/" * 2000},
        {"url": "http://testserver/bouwstenen/weging/", "maxwidth": "9" * 500},
        {"url": "http://testserver/bouwstenen/weging/", "maxheight": "1e9"},
        {"url": "http://testserver/%00/bouwstenen/"},
        {"url": "http://testserver/bouwstenen/wég%ff/"},
        {"url": "http://TESTSERVER:80/bouwstenen/weging/"},
        {"url": "//testserver/bouwstenen/weging/"},
        {"url": "http://user:pw@testserver/bouwstenen/weging/"},
        {"url": ["http://testserver/bouwstenen/weging/", "http://elders/"]},
        {"url": "http://testserver/bouwstenen/weging/", "format": "JSON"},
    ],
)
def test_hostile_parameters_never_break_the_provider(client, tree, params):
    response = client.get("/oembed/", params)
    assert response.status_code in (200, 400, 404, 501)
    assert response["Access-Control-Allow-Origin"] == "*"
    if response.status_code == 200:
        assert response.json()["title"] == "Weging"


def test_embeddable_full_site_pages_carry_a_discovery_link(client, tree):
    link = (
        '<link rel="alternate" type="application/json+oembed" '
        'href="http://testserver/oembed/?url=http%3A%2F%2Ftestserver%2Fbouwstenen%2Fweging%2F'
        '&amp;format=json" title="Weging">'
    )
    assert link in client.get("/bouwstenen/weging/").content.decode()
    for path in ("/handboek/", "/handboek/privacy/", "/handboek/begrippen/", "/bouwstenen/"):
        assert "application/json+oembed" in client.get(path).content.decode(), path


def test_no_discovery_link_where_nothing_can_be_embedded(client, tree, professional):
    # Sub-routes of an embeddable page, and pages that are never embeddable.
    for path in ("/bouwstenen/weging/werkkaart/", "/toegankelijkheid/", "/zoeken/?q=weging"):
        assert "json+oembed" not in client.get(path).content.decode(), path
    # A private page, even for a reader who may see it.
    client.force_login(professional)
    response = client.get("/bouwstenen/besloten/")
    assert response.status_code == 200
    assert "json+oembed" not in response.content.decode()
