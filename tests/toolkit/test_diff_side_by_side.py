"""The side-by-side layout of "Wat is er veranderd?" (``?weergave=naast``).

Decision: unchanged sections are shown once, folded in a ``<details>`` (as in the inline
layout), never as two identical columns.
"""

from collections import Counter

import pytest
from bs4 import BeautifulSoup  # Wagtail's own dependency
from django.urls import reverse

from toolkit.diff import SectionDiff, diff_pages, published_revisions, word_diff
from toolkit.models import BuildingBlockPage, ChangeNote

SIDE_BY_SIDE = {"weergave": "naast"}


def test_columns_rebuild_the_old_and_the_new_text():
    old, new = "het gezin tekent het plan", "het hele gezin tekent niet"
    section = SectionDiff("Stap", "changed", word_diff(old, new))
    assert "".join(text for _op, text in section.old_segments) == old
    assert "".join(text for _op, text in section.new_segments) == new
    assert {op for op, _text in section.old_segments} == {"same", "del"}
    assert {op for op, _text in section.new_segments} == {"same", "ins"}


def privacy_diff_url():
    page = BuildingBlockPage.objects.get(slug="privacy")
    old, new = (
        note.revision_id for note in ChangeNote.objects.filter(page=page).order_by("release__date")
    )
    return page, old, new, reverse("toolkit:page_diff", args=[page.pk, old, new])


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def marked(html, tag):
    """The words inside every <ins> or <del>, without the screen-reader text around them."""
    hidden = {id(span) for span in html.select(f"main {tag} .visually-hidden")}
    return Counter(
        "".join(child.get_text() for child in element.children if id(child) not in hidden)
        for element in html.select(f"main {tag}")
    )


@pytest.mark.django_db
def test_both_layouts_show_the_same_changes(privacy_in_two_releases, client):
    page, old, new, url = privacy_diff_url()
    inline = soup(client.get(url))
    side = soup(client.get(url, SIDE_BY_SIDE))

    assert not inline.select("table.diff-table")
    assert side.select("table.diff-table")
    # Same insertions and deletions, word for word, in both layouts.
    assert marked(inline, "ins") and marked(inline, "ins") == marked(side, "ins")
    assert marked(inline, "del") == marked(side, "del")
    # Same sections, in the same order.
    headings = [h.get_text(" ", strip=True) for h in inline.select("main section h2")]
    assert headings == [h.get_text(" ", strip=True) for h in side.select("main section h2")]

    # Deletions only in the left column, insertions only in the right one.
    for table in side.select("table.diff-table"):
        assert not table.select("td.diff-old ins") and not table.select("td.diff-new del")
    # Screen readers hear what was added or removed, not only colour or strike-through.
    for ins in side.select("main ins"):
        assert ins.select_one(".visually-hidden").get_text().startswith("[toegevoegd")
    for deletion in side.select("main del"):
        assert deletion.select_one(".visually-hidden").get_text().startswith("[verwijderd")


@pytest.mark.django_db
def test_side_by_side_is_a_labelled_dutch_table(privacy_in_two_releases, client):
    page, old, new, url = privacy_diff_url()
    side = soup(client.get(url, SIDE_BY_SIDE))
    assert "De vorige versie, met de verwijderde tekst, staat links" in side.get_text()
    sections = diff_pages(*(r.as_object() for r in published_revisions(page)))
    changed = [section for section in sections if section.changed]
    tables = side.select("table.diff-table")
    assert len(tables) == len(changed)
    for table, section in zip(tables, changed, strict=True):
        assert section.label in table.caption.get_text()
        headers = table.select("thead th[scope=col]")
        assert [th.contents[0].strip() for th in headers] == ["Vorige versie", "Nieuwe versie"]
        # The column names are also in the cells, for the stacked layout on narrow screens.
        labels = [p.contents[0].strip() for p in table.select("td .diff-column-label")]
        assert labels == ["Vorige versie", "Nieuwe versie"]
        old_cell, new_cell = table.select("td")
        if section.status == "added":
            assert old_cell.get_text().strip().endswith("Niet in deze versie.")
        if section.status == "removed":
            assert new_cell.get_text().strip().endswith("Niet in deze versie.")
    # The step added in 1.1 is in the right column only.
    added = next(s for s in changed if s.status == "added" and "weigeren" in s.label)
    table = tables[changed.index(added)]
    assert "Het recht om te weigeren bespreken" in table.select_one("td.diff-new ins").get_text()


@pytest.mark.django_db
def test_unchanged_sections_are_shown_once_and_folded(privacy_in_two_releases, client):
    page, old, new, url = privacy_diff_url()
    sections = diff_pages(*(r.as_object() for r in published_revisions(page)))
    unchanged = [section for section in sections if not section.changed]
    assert unchanged, "the page should have unchanged parts"
    side = soup(client.get(url, SIDE_BY_SIDE))
    folded = side.select("main section.diff-section--same")
    assert len(folded) == len(unchanged)
    for element, section in zip(folded, unchanged, strict=True):
        assert not element.select("table")
        texts = [p.get_text() for p in element.select("details p.diff-text")]
        assert texts == [section.segments[0][1]]


@pytest.mark.django_db
def test_the_toggle_keeps_the_revisions(privacy_in_two_releases, client):
    page, old, new, url = privacy_diff_url()
    inline = soup(client.get(url))
    link = inline.find("a", string="naast elkaar")
    assert link["href"] == f"{url}?weergave=naast"
    assert inline.find("a", string="in de tekst")["aria-current"] == "page"
    assert not link.has_attr("aria-current")

    side = soup(client.get(link["href"]))
    back = side.find("a", string="in de tekst")
    assert back["href"] == url
    assert side.find("a", string="naast elkaar")["aria-current"] == "page"
    # An unknown layout falls back to the inline diff.
    assert not soup(client.get(url, {"weergave": "onzin"})).select("table.diff-table")

    # Comparing other versions from the side-by-side page keeps the layout.
    form = side.select_one("form.filters")
    assert form.select_one("input[type=hidden][name=weergave]")["value"] == "naast"
    assert not inline.select("form.filters input[name=weergave]")
    compare = reverse("toolkit:compare_versions", args=[page.pk])
    response = client.get(compare, {"from_revision": old, "to_revision": new, **SIDE_BY_SIDE})
    assert response.status_code == 302 and response["Location"] == f"{url}?weergave=naast"
    response = client.get(compare, {"from_revision": old, "to_revision": new})
    assert response["Location"] == url
