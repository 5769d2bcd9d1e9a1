"""Building blocks named in the method's text link to their page (toolkit.glossary)."""

import pytest

from toolkit.models import BuildingBlockIndexPage, HandbookPage

from .factories import BuildingBlockPageFactory, ChapterPageFactory, GlossaryTermFactory, publish

pytestmark = pytest.mark.django_db


def test_a_chapter_links_the_first_mention_of_each_building_block(site_tree, client):
    index = BuildingBlockIndexPage.objects.get()
    timeline = publish(BuildingBlockPageFactory(parent=index, title="Tijdslijn"))
    weighing = publish(BuildingBlockPageFactory(parent=index, title="Weging"))
    GlossaryTermFactory(term="Weging", definition="Samen bepalen wat nodig is.")
    chapter = publish(
        ChapterPageFactory(
            parent=HandbookPage.objects.get(),
            intro=(
                "<p>Begin met de tijdslijn. Daarna volgt de weging.</p>"
                "<p>De tijdslijn helpt ook later. <a href='/elders/'>Tijdslijn</a></p>"
            ),
        )
    )
    html = client.get(chapter.url).content.decode()
    assert html.count(f'class="building-block-link" href="{timeline.url}"') == 1
    assert (
        f'href="{timeline.url}" title="Een korte samenvatting van de bouwsteen.">tijdslijn</a>'
        in html
    )
    # A building block wins over a glossary term of the same name.
    assert f'class="building-block-link" href="{weighing.url}"' in html
    assert "#begrip-weging" not in html
    # Existing links are left alone.
    assert "<a href='/elders/'>Tijdslijn</a>" in html or '<a href="/elders/">Tijdslijn</a>' in html


def test_a_building_block_does_not_link_to_itself_and_a_rename_shows(site_tree, client):
    index = BuildingBlockIndexPage.objects.get()
    timeline = publish(
        BuildingBlockPageFactory(
            parent=index, title="Tijdslijn", purpose="<p>Maak de tijdslijn met het genogram.</p>"
        )
    )
    other = publish(
        BuildingBlockPageFactory(parent=index, title="Genogram", purpose="<p>Naast elkaar.</p>")
    )
    own = client.get(timeline.url).content.decode()
    assert f'class="building-block-link" href="{timeline.url}"' not in own
    assert f'class="building-block-link" href="{other.url}"' in own
    # Renaming a building block is a publish: the links on other pages follow.
    other.title = "Stamboom"
    publish(other)
    again = client.get(timeline.url).content.decode()
    assert f'class="building-block-link" href="{other.url}"' not in again
