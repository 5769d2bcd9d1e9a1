import pytest
from django.core.exceptions import ValidationError

from embed.origins import normalise_origin, parse_origins


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
        # Unicode host names are stored as the browser sends them: IDNA (punycode), lowercase.
        ("https://bücher.example", "https://xn--bcher-kva.example"),
        ("https://Intranet.MÜNCHEN.de:8443", "https://intranet.xn--mnchen-3ya.de:8443"),
        ("https://xn--bcher-kva.example", "https://xn--bcher-kva.example"),
        ("https://例え.テスト", "https://xn--r8jz45g.xn--zckzah"),
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
        ("https://intranet.delft.nl:99999", "port"),
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


# Each of these was (or could have been) accepted before and sent inside the embed pages'
# Content-Security-Policy header (issue 13, finding 2).
INJECTIONS = [
    "https://a.example;script-src 'unsafe-inline' 'self'",
    "https://a.example; script-src *",
    "https://a.example https:",
    "https://a.example 'self'",
    "https://a.example\tdata:",
    "https://a.example\r\nX-Injected: 1",
    "https://a.example\nscript-src 'unsafe-eval'",
    "https://a.example\x00",
    "https://a.example,https://b.example",
    'https://a.example"',
    "https://a.example'",
    "https://'self'",
    "https://a.example:443;",
    "https://*.example",
    "*",
    "https:",
    "https://",
    "'self'",
    "'none'",
    "'unsafe-inline'",
    "data:",
    "data:text/html,<script>alert(1)</script>",
    "javascript:alert(1)",
    "blob:https://a.example",
    "https://a example",
    "https://a.example:0",
    "https://a.example:65536",
    "https://a.example:-1",
    "https://a.example:+443",
    "https://a.example:٤٤٣",  # Arabic-Indic digits
    "https://a.example:",
    "https://a.example；script-src",  # fullwidth semicolon
    "https://a.example\u200b",  # zero-width space
    "https://a.example\u202e",  # right-to-left override
    "https://exa\u200bmple.com",
    "https://a.example／x",  # fullwidth solidus
    "https://a.exa_mple",
    "https://-a.example",
    "https://a..example",
    "https://[::1",
    "https://[not-ipv6]",
    "https://1.2.3.4.5",
    "https://" + "a" * 64 + ".example",
    "https://a.example\\",
    "https://<a.example>",
]


@pytest.mark.parametrize("typed", INJECTIONS)
def test_injection_strings_are_refused(typed):
    with pytest.raises(ValidationError):
        normalise_origin(typed)
    with pytest.raises(ValidationError):
        parse_origins(f"https://ok.example\n{typed}")


def test_every_accepted_origin_is_a_plain_scheme_host_port():
    import re

    shape = re.compile(r"^https?://([a-z0-9.-]+|\[[0-9a-f:.]+\])(:[0-9]{1,5})?$")
    for typed in ["https://bücher.example", "http://[::1]:8080", "https://A.nl:8443"]:
        assert shape.match(normalise_origin(typed))


def test_stored_invalid_origins_never_reach_the_header():
    from embed.origins import valid_origins

    stored = [
        "https://a.example;script-src 'unsafe-inline' 'self'",
        "https://A.example:443",
        "https://a.example https:",
        "https://b.example",
        42,
    ]
    assert valid_origins(stored) == ["https://a.example", "https://b.example"]
    assert valid_origins(None) == []
