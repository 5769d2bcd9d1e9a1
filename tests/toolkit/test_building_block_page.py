"""A building block renders its structured fields, with anchors and hooks, in constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samenspel.cache import PAGES
from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage, GlossaryTerm, HandbookPage

from .factories import BuildingBlockPageFactory, GlossaryPageFactory, publish, stream


@pytest.mark.django_db
def test_demo_block_shows_structured_fields_and_step_anchors(toolkit_site, client):
    page = BuildingBlockPage.objects.get(slug="tijdslijn")
    html = client.get(page.url).content.decode()
    step = page.steps[0]
    assert f'id="blok-{step.id}"' in html and f'data-block-id="{step.id}"' in html
    for section in ("doel", "wanneer", "wie", "stappen", "werkbladen", "tips"):
        assert f'id="{section}"' in html, section
    for heading in ("Wanneer inzetten", "Stappen", "Werkbladen", "Valkuilen"):
        assert heading in html, heading
    # The worksheet prints a place for the family's own view.
    assert "Eigen visie van het gezin" in html
    # "When to use it" links to the weighing building block.
    assert 'href="/bouwstenen/weging/"' in html
    assert page.current_version.version == "1.1"
    assert "Gewijzigd in 1.1" in html


def make_block(index, slug, steps, related, terms):
    for number in range(terms):
        GlossaryTerm.objects.get_or_create(
            term=f"Testbegrip{number}",
            defaults={
                "slug": f"testbegrip-{number}",
                "abbreviation": f"TB{number}",
                "definition": "x",
            },
        )
    text = " ".join(f"TB{number}" for number in range(terms))
    page = BuildingBlockPage(
        title=f"Blok {slug}",
        slug=slug,
        summary=text,
        purpose=f"<p>{text}</p>",
        when_to_use="<p>Altijd.</p>",
        involved=["lt", "gi"],
        lead="lt",
        phases=["weigh"],
        products=["2a"],
        status="adopted",
        last_reviewed=datetime.date(2026, 1, 1),
        steps=stream(
            (
                "step",
                {
                    "title": f"Stap {n}",
                    "what": text,
                    "how": "h",
                    "who": "w",
                    "when": "t",
                    "where": "p",
                },
                f"step-{slug}-{n}",
            )
            for n in range(steps)
        ),
        related=stream(
            ("building_block", target.pk, f"rel-{slug}-{target.pk}") for target in related
        ),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_building_block_renders_in_constant_queries(site_tree, client):
    index = BuildingBlockIndexPage.objects.get()
    publish(GlossaryPageFactory(parent=HandbookPage.objects.get()))
    others = [BuildingBlockPageFactory(parent=index) for _ in range(8)]
    small = make_block(index, "klein", steps=1, related=others[:1], terms=1)
    large = make_block(index, "groot", steps=12, related=others, terms=15)
    client.get(small.url)  # warm the glossary cache and site root paths
    # Rendering the body (first reader after a publish: no shared body or menu yet) ...
    PAGES.bump()
    small_count = count_queries(client, small.url + "?n=1")
    PAGES.bump()
    large_count = count_queries(client, large.url + "?n=1")
    assert small_count == large_count, (small_count, large_count)
    # ... and serving the shared body to the next readers.
    client.get(small.url + "?n=3")
    small_count = count_queries(client, small.url + "?n=2")
    large_count = count_queries(client, large.url + "?n=2")
    assert small_count == large_count, (small_count, large_count)
    html = client.get(large.url).content.decode()
    assert html.count('class="step"') == 12
    assert html.count("glossary-link") >= 15
