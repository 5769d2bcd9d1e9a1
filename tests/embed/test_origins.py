import pytest
from django.core.exceptions import ValidationError

from samenspel.embed.origins import normalise_origin, parse_origins


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://Intranet.Delft.NL", "https://intranet.delft.nl"),
        ("https://intranet.delft.nl/", "https://intranet.delft.nl"),
        ("https://intranet.delft.nl:443", "https://intranet.delft.nl"),
        ("https://intranet.delft.nl:8443", "https://intranet.delft.nl:8443"),
        ("  https://sharepoint.example.com  ", "https://sharepoint.example.com"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://127.0.0.2:9000", "http://127.0.0.2:9000"),
        ("http://127.0.0.1:80", "http://127.0.0.1"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_origins_are_normalised(typed, expected):
    assert normalise_origin(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "empty"),
        ("intranet.delft.nl", "invalid"),
        ("ftp://intranet.delft.nl", "invalid"),
        ("https://", "invalid"),
        ("https://*.delft.nl", "wildcard"),
        ("*", "wildcard"),
        ("https://intranet.delft.nl/handboek", "path"),
        ("https://intranet.delft.nl?x=1", "path"),
        ("https://intranet.delft.nl/#top", "path"),
        ("https://user:secret@intranet.delft.nl", "credentials"),
        ("http://intranet.delft.nl", "insecure"),
        ("http://10.0.0.5", "insecure"),
        ("https://intranet.delft.nl:99999", "invalid"),
    ],
)
def test_invalid_origins_are_refused(typed, code):
    with pytest.raises(ValidationError) as caught:
        normalise_origin(typed)
    assert caught.value.code == code


def test_parse_origins_reports_every_bad_line_and_drops_duplicates():
    assert parse_origins("https://a.nl\n\nhttps://A.nl:443/\nhttps://b.nl") == [
        "https://a.nl",
        "https://b.nl",
    ]
    with pytest.raises(ValidationError) as caught:
        parse_origins("https://a.nl/pad\nhttp://b.nl\nhttps://c.nl")
    assert len(caught.value.messages) == 2
