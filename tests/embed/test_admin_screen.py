import pytest

from embed.models import EmbedSettings, EmbedSupplement
from embed.models.settings import hash_api_key
from embed.services import record_view
from samenspel.roles import Role
from tests.site.factories import member

pytestmark = pytest.mark.django_db

SCREEN = "/organisaties/delft/intranet/"


def settings_form(**overrides):
    return {
        "origins": "https://Intranet.Delft.nl:443/\nhttp://localhost:8080",
        "primary_colour": "#0b5c8a",
        "version": "latest",
        "pinned_release": "",
        **overrides,
    }


def test_only_the_organisations_admins_may_open_the_screen(
    client, tree, org_admin, professional, zoetermeer
):
    assert client.get(SCREEN).status_code == 302  # to the login page
    client.force_login(professional)
    assert client.get(SCREEN).status_code == 403
    other_admin = member(zoetermeer, Role.ORG_ADMIN, email="beheer@zoetermeer.example")
    client.force_login(other_admin)
    assert client.get(SCREEN).status_code == 403
    assert client.post(SCREEN, settings_form()).status_code == 403
    client.force_login(org_admin)
    assert client.get(SCREEN).status_code == 200


def test_admin_saves_normalised_origins_and_colour(client, tree, org_admin):
    client.force_login(org_admin)
    response = client.post(SCREEN, settings_form())
    assert response.status_code == 302
    saved = EmbedSettings.objects.get(organisation__slug="delft")
    assert saved.allowed_origins == ["https://intranet.delft.nl", "http://localhost:8080"]
    assert saved.primary_colour == "#0b5c8a"


def test_bad_origin_and_low_contrast_get_dutch_errors_and_keep_the_input(client, tree, org_admin):
    client.force_login(org_admin)
    typed = "https://intranet.delft.nl/handboek\nhttp://intranet.delft.nl"
    response = client.post(SCREEN, settings_form(origins=typed, primary_colour="#FFCC00"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "laat het pad weg" in html
    assert "gebruik https; http mag alleen voor localhost" in html
    assert "De kleur #ffcc00 heeft te weinig contrast met wit (1,5" in html
    assert "https://intranet.delft.nl/handboek" in html and "#FFCC00" in html
    assert not EmbedSettings.objects.exists()


def test_pinning_needs_a_release(client, tree, org_admin):
    client.force_login(org_admin)
    response = client.post(SCREEN, settings_form(version="pinned"))
    assert "Kies de versie die getoond moet worden." in response.content.decode()


def test_snippets_in_three_forms(client, tree, org_admin):
    client.force_login(org_admin)
    html = client.get(SCREEN, {"pagina": tree.weging.pk}).content.decode()
    url = "http://testserver/embed/delft/bouwstenen/weging/"
    assert f"&lt;iframe src=&quot;{url}&quot; title=&quot;Weging – Samenspel&quot;" in html
    assert (
        "&lt;script src=&quot;http://testserver/embed/samenspel-embed.js&quot; "
        f"data-samenspel-embed=&quot;{url}&quot;"
    ) in html
    assert f'id="snippet-url" readonly value="{url}"' in html
    # Never-embeddable pages are not offered.
    assert "Casusbank" not in html and "Leren en LOT" not in html


def test_supplement_is_sanitised_saved_and_removed(client, tree, org_admin):
    client.force_login(org_admin)
    url = f"/organisaties/delft/intranet/aanvullingen/{tree.weging.pk}/"
    response = client.post(url, {"text": "Bel eerst de GI.<script>alert(1)</script>"})
    assert response.status_code == 302
    supplement = EmbedSupplement.objects.get()
    assert supplement.text == "<p>Bel eerst de GI.alert(1)</p>"
    assert supplement.updated_by == org_admin
    assert "Bel eerst de GI." in client.get(SCREEN).content.decode()
    client.post(url, {"text": "  "})
    assert not EmbedSupplement.objects.exists()


def test_supplements_only_for_building_blocks(client, tree, org_admin):
    client.force_login(org_admin)
    for page in (tree.handbook, tree.cases, tree.private_block):
        url = f"/organisaties/delft/intranet/aanvullingen/{page.pk}/"
        assert client.get(url).status_code == 404


def test_usage_counts_are_shown(client, tree, org_admin, delft):
    for _ in range(4):
        record_view(delft, tree.weging)
    client.force_login(org_admin)
    html = client.get(SCREEN).content.decode()
    assert '<tr><th scope="row">Weging</th><td>4</td><td>0</td><td>0</td></tr>' in html


def test_api_key_is_shown_once_and_only_its_hash_is_stored(client, tree, org_admin):
    client.force_login(org_admin)
    response = client.post("/organisaties/delft/intranet/sleutel/")
    html = response.content.decode()
    key = html.split('id="new-key" readonly value="')[1].split('"')[0]
    assert key.startswith("sse_") and len(key) > 40
    assert response["Cache-Control"] == "no-store"
    stored = EmbedSettings.objects.get()
    assert stored.api_key_hash == hash_api_key(key) and key not in str(stored.__dict__)
    assert key not in client.get(SCREEN).content.decode()
    second = client.post("/organisaties/delft/intranet/sleutel/").content.decode()
    assert key not in second
    stored.refresh_from_db()
    assert stored.api_key_hash != hash_api_key(key)
