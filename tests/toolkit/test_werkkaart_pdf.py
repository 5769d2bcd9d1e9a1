"""The work card PDF as a reader meets it: nothing overprints, the worksheets can be filled in,
it says where the live version is and until when to trust paper, and it is tagged."""

import datetime
import io
import json

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from pypdf import PdfReader

from toolkit.views.werkkaart import (
    REVIEW_MONTHS,
    add_months,
    local_only_fetcher,
    werkkaart_document,
)

from .factories import BuildingBlockPageFactory, publish

pytestmark = pytest.mark.django_db

STEP = {
    "title": "Casus voorbereiden",
    "what": "Zet op een rij wat bekend is.",
    "how": "Gebruik de informatie uit de screening.",
    "who": "Medewerker LT.",
    "when": "Vóór het casuïstiekoverleg, bij voorkeur binnen een week na het signaal.",
    "where": "In het eigen dossier.",
}
WORKSHEET = {
    "kind": "timeline",
    "title": "Tijdslijn",
    "instructions": "Vul samen met het gezin in.",
    "fields": [
        {"label": "Gebeurtenis", "help": "Wat gebeurde er, en wanneer?", "family_view": False},
        {"label": "Hoe het gezin het zag", "help": "", "family_view": True},
    ],
}


@pytest.fixture
def block(site_tree):
    from toolkit.models import BuildingBlockIndexPage

    return publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Tijdslijn",
            slug="tijdslijn",
            steps=json.dumps([{"type": "step", "value": STEP}] * 2),
            worksheets=json.dumps([{"type": "worksheet", "value": WORKSHEET}]),
        )
    )


def pdf_of(client, page):
    response = client.get(page.url + "werkkaart/pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text_rectangles(box, owner=None, found=None):
    """(owner tag, owner element, page-space rectangle) of every piece of text in a laid-out box
    tree, where the owner is the nearest enclosing <dt> or <dd>."""
    found = [] if found is None else found
    if getattr(box, "element_tag", None) in ("dt", "dd"):
        owner = (box.element_tag, box.element)
    if type(box).__name__ == "TextBox" and owner and box.text.strip():
        x, y = box.position_x, box.position_y
        found.append((*owner, (x, y, x + box.width, y + box.height)))
    for child in getattr(box, "children", ()):
        text_rectangles(child, owner, found)
    return found


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_no_step_label_overprints_its_text(block, rf):
    request = rf.get(block.url + "werkkaart/pdf/")
    document = werkkaart_document(request, block)
    labels_seen = set()
    for page in document.pages:
        pieces = text_rectangles(page._page_box)
        labels = [(element, rect) for tag, element, rect in pieces if tag == "dt"]
        texts = [rect for tag, _, rect in pieces if tag == "dd"]
        labels_seen |= {element.text for element, _ in labels}
        for element, label in labels:
            clashes = [text for text in texts if overlap(label, text)]
            assert not clashes, f"the label {element.text!r} overprints its text"
    assert {"Wat", "Hoe", "Wie", "Wanneer", "Waar"} <= labels_seen


def test_worksheets_are_fillable_form_fields(block, client):
    fields = pdf_of(client, block).get_fields()
    assert set(fields) == {"tijdslijn-1-gebeurtenis", "tijdslijn-2-hoe-het-gezin-het-zag"}
    event = fields["tijdslijn-1-gebeurtenis"]
    assert event["/FT"] == "/Tx" and event["/TU"] == "Gebeurtenis"
    assert event["/Ff"] & 1 << 12, "a multi-line text field"


def test_the_worksheet_form_on_screen_has_labelled_fields(block, client):
    html = client.get(block.url + "werkkaart/").content.decode()
    assert '<label for="veld-tijdslijn-1-gebeurtenis">Gebeurtenis</label>' in html
    assert 'name="tijdslijn-1-gebeurtenis"' in html
    # The help text is read out with the field (the one field template's ids).
    assert 'aria-describedby="veld-tijdslijn-1-gebeurtenis_helptext"' in html
    assert 'id="veld-tijdslijn-1-gebeurtenis_helptext">Wat gebeurde er, en wanneer?' in html
    assert 'id="veld-tijdslijn-2-hoe-het-gezin-het-zag_helptext">Eigen visie van het gezin' in html
    # The building block page itself lists the fields, with no empty answer column.
    page_html = client.get(block.url).content.decode()
    assert "Hoe het gezin het zag" in page_html and "<textarea" not in page_html
    assert '<span class="badge">Tijdslijn</span>' in page_html


def test_pdf_is_tagged_for_screen_readers(block, client):
    reader = pdf_of(client, block)
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a PDF boolean object)
    assert catalog["/Lang"] == "nl"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert reader.metadata.title.startswith("Werkkaart: Tijdslijn")

    kinds, alts = set(), []

    def walk(node):
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif hasattr(node, "get"):
            kinds.add(node.get("/S"))
            if node.get("/S") == "/Figure":
                alts.append(node.get("/Alt"))
            if node.get("/K") is not None:
                walk(node["/K"])

    walk(catalog["/StructTreeRoot"])
    assert {"/H1", "/H2", "/L", "/Form", "/Link"} <= kinds
    assert alts == ["QR-code naar de actuele versie van deze bouwsteen"]


def test_card_links_the_live_version_and_says_when_to_check_online(block, client):
    url = "http://testserver/bouwstenen/tijdslijn/"
    check = date_format(add_months(timezone.localdate(), REVIEW_MONTHS), "j F Y")
    html = client.get(block.url + "werkkaart/").content.decode()
    assert f'<a href="{url}">{url}</a>' in html
    assert 'class="werkkaart__qr" src="data:image/svg+xml;base64,' in html
    assert f"Controleer online na {check}</strong> of deze werkkaart nog klopt." in html
    text = " ".join(page.extract_text() for page in pdf_of(client, block).pages)
    assert f"Controleer online na {check}" in " ".join(text.split())
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in pdf_of(client, block).pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    assert url in links


@pytest.mark.parametrize(
    ("printed", "check"),
    [
        (datetime.date(2026, 12, 2), datetime.date(2027, 6, 2)),
        (datetime.date(2026, 8, 31), datetime.date(2027, 2, 28)),
        (datetime.date(2027, 7, 1), datetime.date(2028, 1, 1)),
    ],
)
def test_check_date_is_six_months_after_printing(printed, check):
    assert add_months(printed, REVIEW_MONTHS) == check


def test_the_pdf_fetcher_reads_inline_data_only():
    fetcher = local_only_fetcher()
    assert fetcher.fetch("data:text/plain,hallo").read() == b"hallo"
    for url in ("http://127.0.0.1:9/lek.png", "file:///etc/passwd", "ftp://example.org/x"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)
