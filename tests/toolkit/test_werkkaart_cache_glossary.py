"""The printable work card and PDF, the anonymous page cache, and glossary linking."""

import io
import json

import pytest
from pypdf import PdfReader

from toolkit.glossary import GlossaryLinker

from .factories import BuildingBlockPageFactory, ChangeNoteFactory, MethodReleaseFactory, publish

ENTRIES = {
    "url": "/handboek/begrippenlijst/",
    "terms": [
        ("ondertoezichtstelling", False, "ots", "Ondertoezichtstelling", "Een maatregel.", False),
        ("OTS", True, "ots", "Ondertoezichtstelling", "Een maatregel.", True),
        ("Lokaal Team", False, "lt", "Lokaal Team", "Het team.", False),
    ],
}


def test_glossary_links_first_occurrence_outside_links_and_headings():
    linker = GlossaryLinker(ENTRIES)
    html = linker.link(
        '<h2>OTS voorkomen</h2><p><a href="/x">OTS</a> en een OTS, nog een OTS.</p>'
        "<p>Het lokaal team en het Lokaal Team.</p>"
    )
    assert "<h2>OTS voorkomen</h2>" in html
    assert '<a href="/x">OTS</a>' in html
    assert html.count('class="glossary-link"') == 2
    assert '<abbr title="Ondertoezichtstelling">OTS</abbr></a>, nog een OTS.' in html
    assert 'href="/handboek/begrippenlijst/#begrip-lt"' in html
    # The same linker (one page) links a term only once across several parts.
    assert "glossary-link" not in linker.link("<p>Nog een OTS en het Lokaal Team.</p>")


@pytest.fixture
def released_block(site_tree):
    """The building block "Tijdslijn" with a worksheet, new in release 1.0, amended in 1.1."""
    from toolkit.models import BuildingBlockIndexPage

    worksheet = {
        "kind": "timeline",
        "title": "Tijdslijn",
        "instructions": "Vul samen met het gezin in.",
        "fields": [
            {"label": "Gebeurtenis", "help": "", "family_view": False},
            {"label": "Hoe het gezin het zag", "help": "", "family_view": True},
        ],
    }
    block = publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Tijdslijn",
            slug="tijdslijn",
            worksheets=json.dumps([{"type": "worksheet", "value": worksheet}]),
        )
    )
    ChangeNoteFactory(release=MethodReleaseFactory(version="1.0"), page=block, kind="new")
    ChangeNoteFactory(release=MethodReleaseFactory(version="1.1"), page=block)
    return block


@pytest.mark.django_db
def test_werkkaart_print_view_and_pdf_carry_version_and_url(released_block, client):
    page = released_block
    html = client.get(page.url + "werkkaart/").content.decode()
    assert "Versie 1.1 van de werkwijze" in html
    assert "http://testserver/bouwstenen/tijdslijn/" in html
    assert "worksheet--paper" in html and "worksheet__blank" in html
    response = client.get(page.url + "werkkaart/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Versie 1.1" in text
    assert "bouwstenen/tijdslijn" in text.replace("\n", "")


@pytest.mark.django_db
def test_anonymous_pages_are_cached_until_a_publish(building_block, client, professional):
    page = building_block
    first = client.get(page.url)
    assert "X-Samenspel-Cache" not in first
    second = client.get(page.url)
    assert second["X-Samenspel-Cache"] == "hit"
    assert second.content.count(b"csrfmiddlewaretoken") == first.content.count(
        b"csrfmiddlewaretoken"
    )
    assert b"__samenspel_csrf__" not in second.content
    # Another query string is another cache entry.
    assert "X-Samenspel-Cache" not in client.get(page.url + "?x=1")

    # Publishing clears the cache: the new title shows at once.
    page.title = "Weging (herzien)"
    page.save_revision().publish()
    third = client.get(page.url)
    assert "X-Samenspel-Cache" not in third
    assert "Weging (herzien)" in third.content.decode()

    # Logged-in users never get (or fill) the cache.
    client.force_login(professional)
    assert "X-Samenspel-Cache" not in client.get(page.url)
    assert "X-Samenspel-Cache" not in client.get(page.url)
