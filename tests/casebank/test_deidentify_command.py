"""The anonymise_text management command; needs Django settings (pytest-django provides them).

No database: the command only reads stdin and writes JSON.
"""

import io
import json

import pytest

django = pytest.importorskip("django")
from django.conf import settings  # noqa: E402

if not settings.configured:
    pytest.skip("needs Django settings (run under pytest-django)", allow_module_level=True)

from django.core.management import call_command  # noqa: E402

STORY = "Op 15 maart 2021 belde Sandra met de gezinscoach over Noah (9 jaar) in Zoetermeer."


def run_command(*args, text=STORY, **options):
    stdout = io.StringIO()
    call_command("anonymise_text", *args, stdin=io.StringIO(text), stdout=stdout, **options)
    return json.loads(stdout.getvalue())


def test_prints_the_json_of_deidentify():
    payload = run_command("--known", "Sandra=moeder", "Noah")
    assert set(payload) == {"text", "findings", "flagged"}
    assert payload["text"] == (
        "Op [voorjaar 2021] belde moeder met de gezinscoach over [persoon 1] ([6-11 jaar]) in "
        "Zoetermeer."
    )
    for finding in payload["findings"]:
        assert set(finding) == {"start", "end", "kind", "replacement"}
    assert {"start": 23, "end": 29, "kind": "known", "replacement": "moeder"} in payload["findings"]


def test_known_names_may_be_passed_one_flag_each_and_municipalities_generalised():
    payload = run_command(
        "--known", "Sandra=moeder", "--known", "Noah=kind 1", "--generalise-municipality"
    )
    assert payload["text"] == (
        "Op [voorjaar 2021] belde moeder met de gezinscoach over kind 1 ([6-11 jaar]) in "
        "[gemeente]."
    )


def test_keeps_non_ascii_readable():
    payload = run_command(text="De casuscoördinator belde.")
    assert payload == {"text": "De casuscoördinator belde.", "findings": [], "flagged": []}


def test_a_story_whose_findings_once_carried_numpy_integers_prints_json():
    # deduce gave numpy int64 offsets for "aan de" here; json.dumps raised TypeError.
    payload = run_command(
        text=(
            "Moeder Sandra van den Berg (34) woont met haar zoons Daan (9) en Milan (6) aan de "
            "Laan van Meerdervoort 412 in Den Haag."
        )
    )
    assert payload["text"] == (
        "Moeder [persoon 1] ([23+ jaar]) woont met haar zoons [persoon 2] ([6-11 jaar]) en "
        "[persoon 3] ([6-11 jaar]) aan de [adres] in Den Haag."
    )
    assert all(type(finding["start"]) is int for finding in payload["findings"])
