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
def test_building_blocks_filter_by_phase_product_and_status(site_tree, client):
    from .factories import BuildingBlockPageFactory

    index = BuildingBlockIndexPage.objects.get()
    for slug, phases, products, status in [
        ("borgen-een", ["secure"], ["1"], "adopted"),
        ("wegen-en-borgen", ["weigh", "secure"], ["2a"], "concept"),
        ("wegen-een", ["weigh"], ["1"], "concept"),
    ]:
        BuildingBlockPageFactory(
            parent=index, slug=slug, phases=phases, products=products, status=status
        )

    def shown(**query):
        return {page.slug for page in client.get(index.url, query).context["building_blocks"]}

    assert shown() == {"borgen-een", "wegen-en-borgen", "wegen-een"}
    assert shown(phase="secure") == {"borgen-een", "wegen-en-borgen"}
    assert shown(product="1", status="adopted") == {"borgen-een"}
    # Links from before the stored keys became English still filter the same way.
    assert shown(phase="borgen") == {"borgen-een", "wegen-en-borgen"}
    assert shown(product="1", status="vastgesteld") == {"borgen-een"}
    response = client.get(index.url, {"phase": "nonsense"})
    assert response.status_code == 200
