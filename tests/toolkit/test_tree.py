"""Tree rules of the toolkit pages and navigation in tree order."""

import pytest

from samenspel.models import HomePage
from toolkit.models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChapterPage,
    GlossaryPage,
    HandbookPage,
    ProductIndexPage,
    ProductPage,
)


def test_handbook_holds_chapters_products_and_glossary():
    assert set(HandbookPage.allowed_subpage_models()) == {
        ChapterPage,
        ProductIndexPage,
        GlossaryPage,
    }
    assert HandbookPage.allowed_parent_page_models() == [HomePage]


def test_chapters_nest_only_in_the_handbook():
    assert set(ChapterPage.allowed_parent_page_models()) == {HandbookPage, ChapterPage}
    assert ChapterPage.allowed_subpage_models() == [ChapterPage]


def test_building_blocks_live_only_under_the_index():
    assert BuildingBlockPage.allowed_parent_page_models() == [BuildingBlockIndexPage]
    assert BuildingBlockPage.allowed_subpage_models() == []
    assert BuildingBlockIndexPage.allowed_subpage_models() == [BuildingBlockPage]


def test_products_live_under_the_navigator():
    assert ProductPage.allowed_parent_page_models() == [ProductIndexPage]
    assert ProductIndexPage.allowed_parent_page_models() == [HandbookPage]
    assert ProductIndexPage.max_count == 1 and GlossaryPage.max_count == 1


@pytest.mark.django_db
def test_demo_handbook_table_of_contents_and_previous_next(toolkit_site, client):
    handbook = HandbookPage.objects.get()
    top = [page.slug for page, _children in handbook.toc()]
    assert top[:3] == ["inleiding", "werkwijze-in-het-kort", "rollen-en-verantwoordelijkheden"]
    assert {"producten", "begrippenlijst", "privacy-en-toestemming"} <= set(top)
    phases = ChapterPage.objects.get(slug="fasen")
    # Depth first: the phases chapter is followed by its first child, "wegen".
    assert phases.next_page.slug == "wegen"
    wegen = ChapterPage.objects.get(slug="wegen")
    assert wegen.previous_page.slug == "fasen"
    response = client.get(wegen.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'rel="prev" href="/handboek/fasen/"' in html
    assert 'rel="next" href="/handboek/fasen/onderzoeken/"' in html


@pytest.mark.django_db
def test_building_blocks_filter_by_phase_product_and_status(toolkit_site, client):
    index = BuildingBlockIndexPage.objects.get()
    response = client.get(index.url, {"phase": "borgen"})
    shown = {page.slug for page in response.context["building_blocks"]}
    expected = {page.slug for page in BuildingBlockPage.objects.live() if "borgen" in page.phases}
    assert shown == expected and shown
    assert shown != {page.slug for page in BuildingBlockPage.objects.live()}
    response = client.get(index.url, {"product": "1", "status": "vastgesteld"})
    for page in response.context["building_blocks"]:
        assert "1" in page.products and page.status == "vastgesteld"
    response = client.get(index.url, {"phase": "nonsense"})
    assert response.status_code == 200
