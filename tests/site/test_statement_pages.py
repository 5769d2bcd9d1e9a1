"""The accessibility statement and the colophon: seeded from site/content/pages.json."""

import json

import pytest

from samenspel import demo
from samenspel.models import StandardPage

pytestmark = pytest.mark.django_db


def test_the_data_file_has_the_parts_the_seed_needs():
    pages = demo.standard_pages()
    assert {page["slug"] for page in pages} >= {"toegankelijkheid", "colofon"}
    for page in pages:
        assert page["title"] and page["intro"].startswith("<p>")
        for kind, value in page["body"]:
            assert kind in {"heading", "paragraph"} and value


def test_accessibility_statement_follows_the_dutch_model(client):
    demo.seed_pages()
    html = client.get("/toegankelijkheid/").content.decode()
    assert "Status: C – eerste maatregelen genomen" in html  # no audit yet, so not B
    for part in [
        "WCAG 2.1",
        "axe-core",  # what was tested and how
        "alleen het toetsenbord",
        "uiterlijk op 1 juli 2027",  # known problems with a planned date
        "mailto:toegankelijkheid@samenspel.example",
        "Nationale ombudsman",
        "klachtenregeling",
    ]:
        assert part in html, part


def test_colophon_names_owner_licence_and_how_to_report(client):
    demo.seed_pages()
    html = client.get("/colofon/").content.decode()
    for part in ["EUPL-1.2", "/.well-known/security.txt", "Programmabureau Jeugd Haaglanden"]:
        assert part in html, part


def test_reseeding_brings_a_changed_data_file_to_the_page(monkeypatch, tmp_path):
    demo.seed_pages()
    data = json.loads(demo.STANDARD_PAGES_FILE.read_text(encoding="utf-8"))
    data["pages"][0]["body"][0][1] = "Status: B – voldoet gedeeltelijk"
    changed = tmp_path / "pages.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(demo, "STANDARD_PAGES_FILE", changed)
    demo.seed_pages()
    page = StandardPage.objects.get(slug=data["pages"][0]["slug"])
    assert page.body.raw_data[0]["value"] == "Status: B – voldoet gedeeltelijk"
    assert page.live and not page.has_unpublished_changes
    revisions = page.revisions.count()
    demo.seed_pages()  # idempotent: no new revision when nothing changed
    assert page.revisions.count() == revisions
