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


CHARACTERS = "een adres bestaat alleen uit een protocol, een hostnaam"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("https://a.example;script-src 'unsafe-inline' 'self'", CHARACTERS),
        ("https://a.example https:", CHARACTERS),
        ("https://a.example\r\nscript-src *", "jokertekens zijn niet toegestaan"),
        ("https://a.example\r\n'self'", CHARACTERS),
    ],
)
def test_the_reported_csp_injections_are_refused_and_never_reach_the_header(
    client, tree, delft_embed, org_admin, typed, message
):
    """Issue 13, finding 2: the form refuses them with a Dutch message and keeps the text."""
    client.force_login(org_admin)
    response = client.post(
        "/organisaties/delft/intranet/",
        {"origins": typed, "primary_colour": "#0b5c8a", "version": "latest"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert typed.split("\r")[0].replace("'", "&#x27;") in html
    delft_embed.refresh_from_db()
    assert delft_embed.allowed_origins == [INTRANET]
    assert frame_ancestors(client.get("/embed/delft/bouwstenen/weging/")) == INTRANET


def test_invalid_origins_stored_before_the_fix_are_left_out_of_the_header(
    client, tree, delft_embed
):
    delft_embed.allowed_origins = [
        "https://a.example;script-src 'unsafe-inline' 'self'",
        "https://a.example https:",
        INTRANET,
    ]
    delft_embed.save()
    response = client.get("/embed/delft/bouwstenen/weging/")
    policy = response["Content-Security-Policy"]
    assert "a.example" not in policy and "script-src 'self';" in policy + ";"
    assert frame_ancestors(response) == INTRANET
    assert f'data-allowed-origins="[&quot;{INTRANET}&quot;]"' in response.content.decode()


def test_the_migration_drops_stored_invalid_origins(tree, delft_embed):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("embed.migrations.0002_drop_invalid_origins")
    delft_embed.allowed_origins = ["https://a.example https:", "https://Intranet.Example:443"]
    delft_embed.save()
    migration.drop_invalid_origins(apps, None)
    delft_embed.refresh_from_db()
    assert delft_embed.allowed_origins == ["https://intranet.example"]
