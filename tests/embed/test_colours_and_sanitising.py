import pytest

from embed.colours import WHITE, contrast_ratio
from embed.sanitise import clean_plain_text, clean_supplement


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("#000000", WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1.0)
    # The site's own primary colour passes AA; a bright yellow does not.
    assert contrast_ratio("#0b5c8a", WHITE) >= 4.5
    assert contrast_ratio("#ffcc00", WHITE) < 4.5
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)


def test_supplement_keeps_simple_markup_and_drops_the_rest():
    cleaned = clean_supplement(
        '<p onclick="steal()">Bel <strong>de GI</strong> <script>alert(1)</script>'
        '<a href="javascript:alert(1)">nu</a> of kijk op '
        '<a href="https://intranet.delft.nl/weging" style="color:red">intranet</a></p>'
        "<iframe src='https://evil.example'></iframe><img src=x onerror=alert(1)>"
    )
    assert "script" not in cleaned and "onclick" not in cleaned and "onerror" not in cleaned
    assert "<iframe" not in cleaned and "<img" not in cleaned and "style" not in cleaned
    assert "javascript:" not in cleaned
    assert "<strong>de GI</strong>" in cleaned
    assert 'href="https://intranet.delft.nl/weging"' in cleaned
    assert 'target="_top"' in cleaned and 'rel="noopener noreferrer"' in cleaned


def test_plain_supplement_text_becomes_paragraphs():
    cleaned = clean_supplement("Eerste alinea\nmet regel.\n\nTweede & laatste <b>alinea</b>.")
    assert cleaned.startswith("<p>Eerste alinea<br>met regel.</p>")
    assert "<p>Tweede &amp; laatste" in cleaned


def test_remarks_are_plain_text_stored_as_typed():
    # Issue 13, finding 9: markup is neither stripped nor decoded; only layout is tidied.
    assert clean_plain_text("<b>Goed</b> stuk <script>x()</script>\n\n  a < b  ") == (
        "<b>Goed</b> stuk <script>x()</script>\na < b"
    )
    assert clean_plain_text("&lt;script&gt; &amp; co") == "&lt;script&gt; &amp; co"
    assert clean_plain_text("a\x00b\x1bc") == "a b c"
    assert len(clean_plain_text("x" * 5000, 1000)) == 1000
