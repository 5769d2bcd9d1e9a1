import pytest

from embed.models import EmbedSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_key(delft_embed):
    return delft_embed.rotate_api_key()


def listed_titles(client, **params):
    response = client.get("/api/v2/pages/", {"limit": 20, **params})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_pages_endpoint_lists_only_embeddable_public_live_pages(client, tree):
    tree.tijdslijn.unpublish()
    assert listed_titles(client) == {
        "Handboek",
        "Privacy en toestemming",
        "Begrippen",
        "Bouwstenen",
        "Weging",
    }


@pytest.mark.parametrize("kind", ["casebank.CaseIndexPage", "learning.LearningIndexPage"])
def test_cases_and_learning_are_never_served(client, tree, kind):
    assert listed_titles(client, type=kind) == set()


def test_details_of_never_embeddable_or_private_pages_are_404(client, tree):
    for page in (tree.cases, tree.learning, tree.private_block, tree.home):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_detail_includes_the_supplement_with_the_organisations_key(
    client, tree, delft_supplement, api_key
):
    url = f"/api/v2/pages/{tree.weging.pk}/"
    assert "local_supplement" not in client.get(url).json()
    data = client.get(url, HTTP_AUTHORIZATION=f"Bearer {api_key}").json()
    assert data["title"] == "Weging"
    assert data["local_supplement"]["organisation"] == "delft"
    assert "casuscoördinator" in data["local_supplement"]["html"]
    assert client.get(url, HTTP_AUTHORIZATION="Bearer sse_fout").status_code == 401


def test_supplements_endpoint_with_a_key_needs_a_current_key(
    client, tree, delft_supplement, api_key
):
    assert (
        client.get("/api/v2/supplements/", HTTP_AUTHORIZATION="Bearer sse_fout").status_code == 401
    )
    response = client.get("/api/v2/supplements/", HTTP_AUTHORIZATION=f"Bearer {api_key}")
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["page_id"] == tree.weging.pk and "casuscoördinator" in item["html"]
    EmbedSettings.objects.get().rotate_api_key()
    old = client.get("/api/v2/supplements/", HTTP_AUTHORIZATION=f"Bearer {api_key}")
    assert old.status_code == 401


def test_supplements_are_public_in_the_embed_and_the_api_alike(client, tree, delft_supplement):
    """Issue 13, finding 7: the embed page shows a supplement to anyone, so the API does too."""
    text = "In Delft doet de casuscoördinator de weging samen met de GI."
    embed = client.get("/embed/delft/bouwstenen/weging/")
    assert embed.status_code == 200 and text in embed.content.decode()
    listing = client.get("/api/v2/supplements/", {"organisation": "delft"})
    assert listing.status_code == 200
    [item] = listing.json()["items"]
    assert item["page_id"] == tree.weging.pk and text in item["html"]
    detail = client.get(f"/api/v2/pages/{tree.weging.pk}/", {"organisation": "delft"}).json()
    assert detail["local_supplement"]["html"] == item["html"] == delft_supplement.text


def test_supplements_without_an_organisation_or_for_an_unknown_one(client, tree):
    assert client.get("/api/v2/supplements/").status_code == 400
    assert client.get("/api/v2/supplements/", {"organisation": "onbekend"}).status_code == 404
    detail = client.get(f"/api/v2/pages/{tree.weging.pk}/", {"organisation": "onbekend"})
    assert detail.status_code == 404


def test_the_supplement_editor_says_the_text_is_public(client, tree, org_admin):
    client.force_login(org_admin)
    html = client.get(f"/organisaties/delft/intranet/aanvullingen/{tree.weging.pk}/").content
    assert "Openbaar: iedereen die de ingebedde pagina of de API opent" in html.decode()
