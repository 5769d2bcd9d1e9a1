"""The de-identifier on text nobody tuned it on: properties that hold for any story, the
detectors that generalise, and the figures of the held-out test split.

Every person, number and address below is made up.
"""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebank.deidentify import deidentify, evaluate

# --- generated Dutch stories ---------------------------------------------------------------

FIRST_NAMES = ["Sandra", "Daan", "Milan", "Roos", "Storm", "Semhar", "Kacper", "Aisha", "Bo",
               "noor", "kenzo", "Yusuf", "Lieke", "Jayden", "Ilias", "Fenna", "Mees"]  # fmt: skip
SURNAMES = ["de Vries", "van den Berg", "Kortenhoeven", "Yilmaz", "El Amrani", "Tesfay", "Bakker",
            "Nowak", "van der Kooij"]  # fmt: skip
PLACES = ["Den Haag", "Moerwijk", "kwintsheul", "Ypenburg", "Naaldwijk", "Delft-Zuid", "Monster",
          "den hoorn", "Zoetermeer", "Paramaribo"]  # fmt: skip
STREETS = ["Laan van Meerdervoort", "Dorpsstraat", "Hoefkade", "veenweg", "Van Ostadelaan"]

name = st.builds(
    lambda first, last, full: f"{first} {last}" if full else first,
    st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES), st.booleans(),
)  # fmt: skip
age = st.integers(0, 90).map(str)
phone = st.builds(
    lambda digits, separator: "06" + separator + separator.join([digits[:4], digits[4:]]),
    st.text("0123456789", min_size=8, max_size=8), st.sampled_from(["-", " ", " - ", ".", ""]),
)  # fmt: skip
email = st.builds(
    lambda local, at, dot: f"{local}{at}hotmail{dot}com",
    st.from_regex(r"[a-z]{2,8}[._]?[a-z0-9]{0,4}", fullmatch=True),
    st.sampled_from(["@", " [at] ", "(at)", " at "]), st.sampled_from([".", " [dot] ", " punt "]),
)  # fmt: skip
date = st.builds(
    lambda day, month, year: f"{day} {month} {year}",
    st.integers(1, 28), st.sampled_from(["januari", "maart", "juli", "november"]),
    st.integers(1990, 2030),
)  # fmt: skip
number = st.integers(1, 999).map(str)
TEMPLATES = [
    "{name} ({age}) woont aan de {street} {number} in {place}.",
    "De oudste, {name}, is {age} jaar en belde op {date} met {phone}.",
    "Moeder {name} mailde vanaf {email} over de afspraak van {date}.",
    "{name} werkt bij Albert Heijn in {place}; bel {phone}.",
    "“{date}” schreef {name} in {place}, beiden {age}.",
    "mam ({name}) zegt: insta: {name}_{number}, tel {phone}",
]


@st.composite
def stories(draw):
    sentences = draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=5))
    parts = []
    for template in sentences:
        parts.append(
            template.format(
                name=draw(name),
                age=draw(age),
                street=draw(st.sampled_from(STREETS)),
                number=draw(number),
                place=draw(st.sampled_from(PLACES)),
                date=draw(date),
                phone=draw(phone),
                email=draw(email),
            )  # fmt: skip
        )
        if draw(st.booleans()):
            parts.append(draw(st.text(max_size=40)))  # arbitrary unicode between sentences
    return " ".join(parts)


def assert_well_formed(text, result):
    json.dumps(result.as_json())  # plain Python types only
    pieces, position = [], 0
    for finding in result.findings:
        assert isinstance(finding.start, int) and isinstance(finding.end, int)
        assert position <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.original
        pieces += [text[position : finding.start], finding.replacement]
        position = finding.end
    pieces.append(text[position:])
    # The output is the input with exactly these spans replaced: nothing of a span survives.
    assert result.text == "".join(pieces)
    outside = [text[start:end] for start, end in _gaps(text, result.findings)]
    labels = " ".join(finding.replacement for finding in result.findings)
    for finding in result.findings:
        original = finding.original.strip()
        elsewhere = any(original in gap for gap in outside) or original in labels
        if len(original) >= 4 and not elsewhere:
            assert original not in result.text
    for flag in result.flagged:
        assert 0 <= flag.start < flag.end <= len(text)


def _gaps(text, findings):
    position = 0
    for finding in findings:
        yield position, finding.start
        position = finding.end
    yield position, len(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_any_generated_story_is_replaced_cleanly_and_deterministically(text):
    result = deidentify(text, generalise_municipality=True)
    assert_well_formed(text, result)
    assert deidentify(text, generalise_municipality=True).as_json() == result.as_json()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    assert_well_formed(text, deidentify(text))


# --- detectors that generalise ----------------------------------------------------------


def replaced(text, **options):
    return deidentify(text, generalise_municipality=True, **options).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bel 06 - 41 27 88 19 of 06.23.45.67.81.", "Bel [telefoonnummer] of [telefoonnummer]."),
        ("Thuis: (070) 388.12.40, mobiel +212 6 61 23 45 87.",
         "Thuis: [telefoonnummer], mobiel [telefoonnummer]."),
        ("Nieuw nr: 0031 6 55 44 33 22 (belgisch: +32 470 12 34 56).",
         "Nieuw nr: [telefoonnummer] (belgisch: [telefoonnummer])."),
        ("Mail k.amrani78 [at] gmail [dot] com of henk punt janssen at outlook punt com.",
         "Mail [e-mail] of [e-mail]."),
        ("postcode 2531 nd, in 2019 en 2020", "postcode [postcode], in 2019 en 2020"),
        ("Ze woont op de Dorpsstraat nummer 141-b.", "Ze woont op de [adres] nummer [adres]."),
        ("adres: veenweg 22 rood", "adres: [adres]"),
        ("insta: kenzo.thh, snap: k3nz0_xx", "insta: [account], snap: [account]"),
        ("pv-nummer 2024-334455, dossier LPA/2024/0891", "pv-nummer [zaaknummer], dossier [zaaknummer]"),
    ],
)  # fmt: skip
def test_contact_details_and_numbers_in_any_notation(text, expected):
    assert replaced(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neighbourhoods and villages in lower case, and with a compass suffix
        ("ze woont nu in moerwijk, oma in kwintsheul.", "ze woont nu in [plaats], oma in [plaats]."),
        ("Hij woont in Delft-Zuid.", "Hij woont in [plaats]."),
        # a village that is also a word counts only capitalised inside a sentence
        ("Oma woont in Monster. Een monster onder het bed.",
         "Oma woont in [plaats]. Een monster onder het bed."),
    ],
)  # fmt: skip
def test_the_h10_gazetteer(text, expected):
    assert replaced(text) == expected


def test_a_word_like_name_is_carried_to_every_later_mention():
    text = "Storm is de oudste, hij is 16. Storm heeft contact met de jeugdreclassering."
    assert replaced(text) == (
        "[persoon 1] is de oudste, hij is [12-17 jaar]. [persoon 1] heeft contact met de "
        "jeugdreclassering."
    )


def test_names_in_apposition_and_opening_the_text():
    text = "Kwiatkowska belde. De oudste, Ilias, is 19 en de jongste is 3."
    result = deidentify(text)
    assert result.text.endswith(
        " belde. De oudste, [persoon 2], is [18-22 jaar] en de jongste is [0-3 jaar]."
    )
    assert result.findings[0].original == "Kwiatkowska"
    # A first word that reads as a compound of two Dutch words is shown to the reviewer.
    assert [(flag.start, flag.end) for flag in deidentify("Tesselkamp belde.").flagged] == [(0, 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vader werkt bij Van Vliet Transport in Honselersdijk.",
         "Vader werkt bij [werkgever] in [plaats]."),
        ("Ze is in dienst van Hotel Des Indes.", "Ze is in dienst van [werkgever]."),
        ("Hij heeft een bijbaan bij de jumbo.", "Hij heeft een bijbaan bij de [werkgever]."),
        ("Ze werkt als schoonmaakster bij Bakkerij Het Gouden Korenaar.",
         "Ze werkt als schoonmaakster bij [werkgever]."),
        ("Zij werkt bij Jeugdbescherming West.", "Zij werkt bij Jeugdbescherming West."),
    ],
)  # fmt: skip
def test_employers(text, expected):
    assert replaced(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ze zijn beiden 14.", "Ze zijn beiden [12-17 jaar]."),
        ("Sep is 1,5 jaar oud.", "Sep is [0-3 jaar]."),
        ("Nora Bakker, 16 jaar, woont in Meerzicht.",
         "[persoon 1], [12-17 jaar], woont in [plaats]."),
    ],
)  # fmt: skip
def test_ages_without_the_usual_cue(text, expected):
    assert replaced(text) == expected


def test_an_unknown_proper_noun_is_replaced_and_an_unknown_lower_case_word_flagged():
    text = "Het gesprek met Tesselkamp en Wrobbelink ging goed; zij noemde ook xqwerta."
    result = deidentify(text)
    assert [finding.original for finding in result.findings] == ["Tesselkamp", "Wrobbelink"]
    assert result.text.endswith("ging goed; zij noemde ook xqwerta.")
    assert [(flag.start, flag.end, flag.reason) for flag in result.flagged] == [
        (text.index("xqwerta"), text.index("xqwerta") + 7, "unknown_word")
    ]
    assert result.as_json()["flagged"] == [
        {"start": text.index("xqwerta"), "end": text.index("xqwerta") + 7, "reason": "unknown_word"}
    ]


def test_a_span_covers_the_name_and_none_of_the_words_around_it():
    result = deidentify("Aisha op de groep was rustig. Het gezin woont aan de Soestdijksekade 218.")
    assert [finding.original for finding in result.findings] == ["Aisha", "Soestdijksekade 218"]


def test_a_postcode_next_to_a_place_leaves_no_digit_behind():
    text = "Vader H.J. Barendse, Kerkweg 9, 2676 BJ Maasdijk."
    assert replaced(text) == "Vader [persoon 1], [adres], [postcode] [plaats]."


def test_quotation_marks_are_not_doubled():
    assert replaced("Zij schreef “14 maart 2023” in de agenda.") == (
        "Zij schreef “[voorjaar 2023]” in de agenda."
    )


# --- recorded splits: the held-out split and the burned ones ---------------------------------


@pytest.mark.parametrize("name", evaluate.recorded_splits())
def test_a_recorded_split_stays_at_or_above_its_figures(name):
    """Each ``<name>.jsonl`` with a ``<name>_figures.json`` record: the held-out split once the
    lead scored it (``evaluate.HELD_OUT``), and the burned held-out splits, whose records are
    floors that may only go up. Fails loudly, never skips, when either file is missing."""
    stories = evaluate.EVALUATION_DIR / f"{name}.jsonl"
    figures = evaluate.EVALUATION_DIR / f"{name}{evaluate.FIGURES_SUFFIX}"
    assert stories.exists(), f"{stories} is missing: merge the corpus branch that wrote it"
    assert figures.exists(), f"{figures} is missing: its figures are part of the evaluation"
    recorded = json.loads(figures.read_text(encoding="utf-8"))["project"]
    scores = evaluate.score(evaluate.load_cases(stories), evaluate.project_layer)
    figures_now = scores.as_dict()
    assert figures_now["identifiers"] == recorded["identifiers"], "the split itself changed"
    assert figures_now["crashes"] == 0, scores.missed
    assert figures_now["recall"] >= recorded["recall"], "\n".join(scores.missed)
    assert figures_now["partial_leaks"] <= recorded["partial_leaks"], "\n".join(scores.missed)
    assert figures_now["domain_kept"] >= recorded["domain_kept"], "\n".join(scores.scrubbed)


def test_the_held_out_split_once_merged_is_scored_and_recorded():
    """After the corpus branch with the fresh held-out split is merged, the suite stays red until
    the lead has scored it once and recorded its figures (docs/anonymisation.md, "Scoring the
    held-out split")."""
    if evaluate.TEST_FIGURES.exists():
        assert evaluate.TEST_STORIES.exists(), (
            f"{evaluate.TEST_FIGURES.name} is recorded but {evaluate.TEST_STORIES.name} is gone"
        )
        assert evaluate.HELD_OUT in evaluate.recorded_splits()
    if evaluate.TEST_STORIES.exists():
        assert evaluate.TEST_FIGURES.exists(), (
            f"{evaluate.TEST_STORIES.name} is here but not scored yet: run "
            "`.venv/bin/python -m casebank.deidentify.evaluate --record` once, then commit "
            f"{evaluate.TEST_FIGURES.name} and its table in docs/anonymisation.md"
        )
    # The burned splits are never the held-out one.
    assert evaluate.TEST_STORIES not in evaluate.SPLITS["dev"]
    assert evaluate.HELD_OUT not in evaluate.REQUIRED_RECORDS


def test_recording_refuses_to_overwrite_a_record(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate, "EVALUATION_DIR", tmp_path)
    stories = tmp_path / "fresh.jsonl"
    stories.write_text(
        json.dumps({"id": "f-1", "text": "Moeder Sandra woont in Moerwijk.",
                    "identifiers": [{"start": 7, "end": 13, "kind": "person", "text": "Sandra"},
                                    {"start": 23, "end": 31, "kind": "place", "text": "Moerwijk"}],
                    "domain_words": [{"start": 0, "end": 6, "text": "Moeder"}]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    record = evaluate.record_figures("fresh", stories, "A one-story split.")
    assert record["project"]["recall"] == 1.0 and record["project"]["identifiers"] == 2
    assert "fresh" in evaluate.recorded_splits()
    with pytest.raises(FileExistsError):
        evaluate.record_figures("fresh", stories, "again")


def test_the_dev_split_is_consistent_and_large_enough():
    cases = evaluate.load_cases(evaluate.DEV_STORIES)
    identifiers = [item for case in cases for item in case.identifiers]
    assert len(cases) >= 50 and len(identifiers) >= 500
    for case in cases:
        assert 300 <= len(case.text) <= 1200, case.id
        for item in [*case.identifiers, *case.domain_words]:
            assert case.text[item["start"] : item["end"]] == item["text"], case.id
    assert {item["kind"] for item in identifiers} >= {
        "person", "age", "date", "address", "postcode", "place", "municipality", "school",
        "institution", "employer", "phone", "email", "account", "url", "iban", "bsn",
        "licence_plate", "case_number",
    }  # fmt: skip


def test_the_dev_split_is_the_markup_source_compiled():
    from casebank.deidentify.evaluation import markup

    source = (evaluate.EVALUATION_DIR / "dev_source.txt").read_text(encoding="utf-8")
    records = markup.parse_source(source)
    stored = [json.loads(line) for line in evaluate.DEV_STORIES.read_text().splitlines() if line]
    assert records == stored
    assert not re.search(r"\[\[|\]\]|\{\{|\}\}", " ".join(record["text"] for record in records))
