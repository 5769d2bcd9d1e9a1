"""Issue 13, finding 5: malformed input that gave server errors, each kept as a test.

The URL fuzz test (``test_url_fuzz.py``) searches for more of this kind; these are the cases the
outside test found, asserted with the answer a person should get.
"""

import io

import pytest
from django.http import QueryDict
from PIL import Image

from samenspel.params import DB_INT_MAX, int_list_param, int_param, parse_int

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0),
        ("42", 42),
        (" 7 ", 7),
        (str(DB_INT_MAX), DB_INT_MAX),
        (str(DB_INT_MAX + 1), None),
        ("9223372036854775808", None),
        ("99999999999999999999", None),
        ("-1", None),
        ("+1", None),
        ("1_000", None),
        ("²", None),  # str.isdigit() says yes, int() says no
        ("٣", None),  # an Arabic-Indic digit
        ("", None),
        ("1e3", None),
        ("9" * 5000, None),
        (None, None),
    ],
)
def test_parse_int_accepts_only_plain_numbers_a_database_integer_holds(value, expected):
    assert parse_int(value) == expected


def test_int_param_uses_the_default_and_the_last_of_repeated_values():
    query = QueryDict("a=1&a=2&b=x&c=99999999999999999999&d=3&d=y&d=4")
    assert int_param(query, "a") == 2
    assert int_param(query, "b", 5) == 5
    assert int_param(query, "c") is None
    assert int_param(query, "missing", 1) == 1
    assert int_list_param(query, "d") == [3, 4]


@pytest.mark.parametrize(
    "value", ["9223372036854775808", "-9223372036854775809", "99999999999999999999", "²"]
)
def test_feedback_register_with_an_out_of_range_building_block(client, value):
    response = client.get("/feedbackregister/", {"bouwsteen": value})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "offset", ["99999999999999999999", "9223372036854775808", str(DB_INT_MAX + 1), "1_0000000000"]
)
def test_page_api_with_a_huge_offset_is_a_bad_request(client, offset):
    response = client.get("/api/v2/pages/", {"offset": offset})
    assert response.status_code == 400
    assert "offset" in response.json()["message"]


def test_page_api_with_a_large_but_valid_offset_is_an_empty_list(client):
    response = client.get("/api/v2/pages/", {"offset": str(DB_INT_MAX)})
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize("period", ["0000-01", "9999-12", "9999-K4", "1999-12", "2101-01"])
def test_period_report_outside_the_year_range_gets_a_dutch_message(client, task_team, period):
    client.force_login(task_team)
    response = client.get("/feedback/beheer/rapportage/", {"periode": period})
    assert response.status_code == 400
    html = response.content.decode()
    assert "met een jaar van 2000 tot en met 2100" in html
    assert period in html  # what was typed is shown again


def test_period_report_inside_the_year_range_still_works(client, task_team):
    client.force_login(task_team)
    for period in ("2000-01", "2026-K1", "2100-12"):
        response = client.get("/feedback/beheer/rapportage/", {"periode": period})
        assert response.status_code == 200, period


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 32), "#0b5c8a").save(buffer, "PNG")
    return buffer.getvalue()


def corrupt_pngs():
    good = png_bytes()
    idat = good.index(b"IDAT")
    yield "truncated", good[: idat + 20]
    yield "garbage image data", good[: idat + 8] + b"\x00garbage" * 8 + good[-12:]
    yield "header only", good[:33]


@pytest.mark.parametrize(("name", "content"), list(corrupt_pngs()))
def test_a_corrupt_png_logo_gets_a_dutch_message_and_stores_nothing(
    client, org_admin, name, content
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model

    from embed.models import EmbedSettings

    client.force_login(org_admin)
    upload = SimpleUploadedFile("logo.png", content, content_type="image/png")
    response = client.post(
        "/organisaties/delft/intranet/",
        {
            "origins": "https://intranet.delft.nl",
            "primary_colour": "#0b5c8a",
            "version": "latest",
            "logo_upload": upload,
        },
    )
    assert response.status_code == 200, name
    html = response.content.decode()
    assert "Dit bestand is geen bruikbare afbeelding" in html, name
    assert "https://intranet.delft.nl" in html  # the typed origins are kept
    assert not get_image_model().objects.exists()
    assert not EmbedSettings.objects.exclude(allowed_origins=[]).exists()


def test_a_valid_png_logo_is_still_accepted(client, org_admin):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from embed.models import EmbedSettings

    client.force_login(org_admin)
    upload = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = client.post(
        "/organisaties/delft/intranet/",
        {"origins": "", "primary_colour": "#0b5c8a", "version": "latest", "logo_upload": upload},
    )
    assert response.status_code == 302
    assert EmbedSettings.objects.get().logo.width == 64
    assert client.get("/organisaties/delft/intranet/").status_code == 200


def test_the_history_of_wagtails_root_node_is_not_found(client, task_team):
    """Found by the URL fuzz test: the root node (depth 1) is live but no page of the site; its
    version history crashed Wagtail's user bar for method owners."""
    from wagtail.models import Page

    client.force_login(task_team)
    root = Page.get_first_root_node()
    assert client.get(f"/wat-is-er-veranderd/{root.pk}/").status_code == 404


@pytest.mark.parametrize("value", ["1e309", "0000-01", "99999999999999999999", "-1", ""])
def test_page_api_find_with_a_malformed_id_is_a_bad_request(client, value):
    """Found by the URL fuzz test: Wagtail's find view passed ?id= to the database as typed."""
    response = client.get("/api/v2/pages/find/", {"id": value})
    assert response.status_code == 400
