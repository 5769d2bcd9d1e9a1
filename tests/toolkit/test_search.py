"""Search in Dutch across handbook, building blocks and glossary."""

import pytest
from django.urls import reverse

from toolkit.search import highlight
from toolkit.stemming import stem


def test_dutch_stemming_joins_plural_and_singular():
    assert stem("gezinspatronen") == stem("gezinspatroon")
    assert "<mark>gezinspatroon</mark>" in highlight("Het gezinspatroon tekenen", "gezinspatronen")
    assert highlight("<b>", "b") == "&lt;<mark>b</mark>&gt;"


@pytest.mark.django_db
def test_search_finds_singular_for_plural_and_filters(site_tree, client):
    from toolkit.models import BuildingBlockIndexPage

    from .factories import BuildingBlockPageFactory, GlossaryTermFactory, publish

    page = publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Het gezinspatroon",
            slug="gezinspatronen",
            summary="Samen met het gezin zien welk patroon steeds terugkomt.",
        )
    )
    GlossaryTermFactory(
        term="Ondertoezichtstelling",
        abbreviation="OTS",
        definition="Een maatregel van de kinderrechter waarbij een gezinsvoogd het gezin steunt.",
    )
    response = client.get(reverse("toolkit:search"), {"q": "gezinspatronen"})
    urls = [hit["url"] for hit in response.context["hits"]]
    assert page.url in urls
    html = response.content.decode()
    assert "<mark>gezinspatroon</mark>" in html
    assert 'data-live-search="search-results"' in html  # enhanced by search.js

    # Filters: only building blocks; only glossary terms.
    blocks = client.get(reverse("toolkit:search"), {"q": "gezin", "kind": "building_block"})
    assert blocks.context["hits"] and {h["kind"] for h in blocks.context["hits"]} == {
        "building_block"
    }
    terms = client.get(
        reverse("toolkit:search"), {"q": "ondertoezichtstelling", "kind": "glossary"}
    )
    assert any("OTS" in hit["title"] for hit in terms.context["hits"])

    # The results fragment for search-as-you-type has no page chrome.
    fragment = client.get(reverse("toolkit:search_results"), {"q": "gezinspatronen"})
    assert "<html" not in fragment.content.decode() and page.url in fragment.content.decode()
    assert client.get(reverse("toolkit:search"), {"q": "x" * 500}).status_code == 200


@pytest.mark.django_db
def test_search_query_count_does_not_grow_with_hits(site_tree, client):
    """Every hit comes from the queries of its kind: more matching glossary terms and building
    blocks (content growth) add no query (the glossary's address was once read per term)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage, GlossaryTerm

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("toolkit:search"), {"q": "groeitoets"})
        return response, len(captured)

    client.get(reverse("toolkit:search"), {"q": "opwarmen"})  # the site's root paths, once
    GlossaryTerm.objects.create(term="Groeitoets 0", slug="groeitoets-0", definition="Groeitoets.")
    first, before = queries()
    assert [hit["kind"] for hit in first.context["hits"]] == ["glossary"]

    index = BuildingBlockIndexPage.objects.get()
    for number in range(1, 6):
        GlossaryTerm.objects.create(
            term=f"Groeitoets {number}", slug=f"groeitoets-{number}", definition="Groeitoets."
        )
        block = index.add_child(
            instance=BuildingBlockPage(title=f"Groeitoets {number}", slug=f"groeitoets-{number}")
        )
        block.save_revision().publish()
    grown, after = queries()
    kinds = [hit["kind"] for hit in grown.context["hits"]]
    assert kinds.count("glossary") == 6 and kinds.count("building_block") == 5
    assert after == before


def test_an_anonymous_search_is_shared_until_the_next_publish(
    site_tree, client, django_assert_num_queries
):
    from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage

    from .factories import BuildingBlockPageFactory, publish

    publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Gezinspatronen",
            slug="gezinspatronen",
        )
    )
    url = reverse("toolkit:search") + "?q=gezinspatronen"
    client.get(url)
    with django_assert_num_queries(0):
        repeat = client.get(url)
    assert repeat["X-Samenspel-Cache"] == "hit"
    assert "public" in repeat["Cache-Control"]
    page = BuildingBlockPage.objects.get(slug="gezinspatronen")
    page.title = "Gezinspatronen in beeld"
    page.save_revision().publish()
    fresh = client.get(url)
    assert "X-Samenspel-Cache" not in fresh
    assert "in beeld" in " ".join(str(hit["title"]) for hit in fresh.context["hits"])
