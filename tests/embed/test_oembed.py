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
        "http://testserver/bouwstenen/weging/",  # full-site URL: no organisation, no embed
        "https://elders.example.org/embed/delft/bouwstenen/weging/",
        "niet-eens-een-url",
    ],
)
def test_unknown_or_non_embeddable_urls_are_404(client, tree, delft_embed, url):
    assert oembed(client, url=url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/embed/delft/bouwstenen/besloten/",
        "http://testserver/bouwstenen/besloten/",
    ],
)
def test_private_content_is_401(client, tree, delft_embed, url):
    assert oembed(client, url=url).status_code == 401


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
