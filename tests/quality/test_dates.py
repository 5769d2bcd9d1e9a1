"""Dates in Dutch words everywhere a reader meets them (docs/style-guide.md, "Dates and times"):
"2 december 2026", never "2 Dec 2026", in every e-mail that carries a date, whatever language
the request that sent it asked for. The pages themselves are checked by the accessibility walk
(tests/browser/test_quality_accessibility.py, tests/quality/pagetext.py)."""

import datetime
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation

from samenspel.privacy.register import as_markdown
from tests.quality.pagetext import english_dates_in

MOMENT = timezone.make_aware(datetime.datetime(2026, 12, 2, 14, 30))
DAY = datetime.date(2026, 12, 2)


class Items(list):
    def all(self):
        return self


SESSION = SimpleNamespace(
    title="Terugblik",
    lot=SimpleNamespace(name="LOT Delft"),
    starts_at=MOMENT,
    duration_minutes=90,
    location="Stadskantoor",
    online_url="",
    agenda_items=Items([SimpleNamespace(title="Opening")]),
)
MEMBER = SimpleNamespace(display_name="Sanne")

EMAILS = {
    "samenspel/email/invitation.txt": (
        {
            "invitation": SimpleNamespace(
                organisation=SimpleNamespace(name="Gemeente Delft"),
                get_role_display="Professional",
                expires_at=MOMENT,
            ),
            "inviter": SimpleNamespace(public_name="Eva"),
            "link": "https://samenspel.example/uitnodiging/x/",
        },
        "2 december 2026",
    ),
    "feedback/email/digest.txt": (
        {
            "rows": [SimpleNamespace(title="Weging", changed_at=MOMENT, url="https://x/")],
            "preferences_url": "https://x/meldingen/voorkeuren/",
        },
        "2 december 2026",
    ),
    "learning/email/session_invitation.txt": (
        {"session": SESSION, "member": MEMBER, "link": "https://x/"},
        "woensdag 2 december 2026, 14:30",
    ),
    "learning/email/session_cancellation.txt": (
        {"session": SESSION, "member": MEMBER},
        "woensdag 2 december 2026, 14:30",
    ),
    "learning/email/round_invitation.txt": (
        {"round": SimpleNamespace(title="Meting", closes_on=DAY), "link": "https://x/"},
        "2 december 2026",
    ),
}


@pytest.mark.parametrize("template", sorted(EMAILS))
def test_every_email_writes_its_date_in_dutch_words(template):
    context, expected = EMAILS[template]
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    with translation.override(translation.get_language_from_request(request)):
        text = render_to_string(template, context)
    assert expected in text
    assert not english_dates_in(text), text


def test_the_check_finds_english_dates():
    assert english_dates_in("Sent on 2 Dec 2026 and December 3") == ["2 Dec", "December 3"]
    assert english_dates_in("2 december 2026, woensdag 2 december") == []


def test_the_processing_register_is_dated_in_words(db):
    header = as_markdown().splitlines()[2]
    assert header.endswith(f"{timezone.localdate():%Y}.") and "-" not in header.split()[-1]
    assert not english_dates_in(header)
