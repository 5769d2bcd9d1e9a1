"""frame-ancestors: exactly the organisation's origins on embed views, 'none' everywhere else."""

import pytest

from .conftest import INTRANET

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    directives = dict(
        part.strip().split(" ", 1) for part in policy.split(";") if " " in part.strip()
    )
    return directives.get("frame-ancestors")


@pytest.mark.parametrize(
    "path",
    [
        "/embed/delft/bouwstenen/weging/",
        "/embed/delft/bouwstenen/",
        "/embed/delft/handboek/",
        "/embed/delft/handboek/privacy/",
        "/embed/delft/handboek/begrippen/",
    ],
)
def test_embed_views_name_exactly_the_allowed_origins(client, tree, delft_embed, path):
    delft_embed.allowed_origins = [INTRANET, "http://127.0.0.2:8123"]
    delft_embed.save()
    response = client.get(path)
    assert response.status_code == 200
    assert frame_ancestors(response) == f"{INTRANET} http://127.0.0.2:8123"
    assert "X-Frame-Options" not in response  # cannot list origins; CSP governs instead


def test_organisation_without_origins_forbids_framing(client, tree, zoetermeer):
    response = client.get("/embed/zoetermeer/bouwstenen/weging/")
    assert response.status_code == 200
    assert frame_ancestors(response) == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_embed_views_set_no_cookies(client, tree, delft_embed):
    response = client.get("/embed/delft/bouwstenen/weging/")
    assert not response.cookies
    assert "Set-Cookie" not in response


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/bouwstenen/weging/",
        "/handboek/",
        "/handboek/begrippen/",
        "/toegankelijkheid/",
        "/organisaties/delft/intranet/",
        "/oembed/?url=http://testserver/embed/delft/bouwstenen/weging/&format=json",
        "/oembed/?url=http://testserver/embed/delft/bouwstenen/weging/&format=xml",
        "/api/v2/pages/",
        "/api/v2/supplements/",
        "/embed/samenspel-embed.js",
        "/embed/delft/casusbank/",
        "/embed/onbekend/bouwstenen/weging/",
        "/accounts/login/",
        "/bestaat-niet/",
    ],
)
def test_every_other_view_forbids_framing(client, tree, delft_embed, org_admin, path):
    client.force_login(org_admin)
    response = client.get(path)
    assert response.status_code != 500  # 501 is oEmbed's answer for format=xml
    assert frame_ancestors(response) == "'none'"
    assert response["X-Frame-Options"] == "DENY"
