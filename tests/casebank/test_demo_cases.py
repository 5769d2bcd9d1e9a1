"""Schema and privacy checks for the fictional demo cases and moments of truth.

Pure tests: no database. The vocabularies are the ones of ``casebank.choices`` and
``toolkit.vocabulary``, checked here against the brief.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from casebank import choices
from casebank.demo_content import CASES, MOMENTS_OF_TRUTH
from toolkit import vocabulary

CASE_TYPES = {
    "ots_prevented",
    "ots_ended",
    "ots_necessary",
    "collaboration_during_ots",
    "other",
}
MAIN_CASE_TYPES = CASE_TYPES - {"other"}
BUILDING_BLOCKS = {
    "samenwerking",
    "samenwerkingsprincipes",
    "reflectie",
    "directe-en-stabiele-veiligheid",
    "weging",
    "privacy",
    "tijdslijn",
    "voorgeschiedenis-en-situatie-gezin",
    "gezinspatronen",
    "van-patroon-naar-haalbare-eindsituatie",
}
PRODUCTS = {"1", "2a", "2b"}
LEGAL_STEPS = {"vto", "jbt", "rvdk", "ots", "vots", "veilig_thuis"}
KADERS = {"voluntary", "pressure", "compulsion"}
POLARITIES = {"helping", "hindering"}
CLUSTERS = {
    "attitude",
    "decision_making",
    "rules",
    "organisation",
    "knowledge_sharing",
}
FACTOR_LEVELS = {"professional", "interpersonal", "organisation", "context"}

CASE_KEYS = {
    "slug",
    "title",
    "case_type",
    "region",
    "family",
    "local_team_context",
    "trigger",
    "course",
    "side_box",
    "building_blocks",
    "products",
    "legal_steps",
    "kader",
    "without_method",
    "looking_back",
    "quotes",
    "hours_lt",
    "hours_gi",
    "outcome",
    "lessons",
    "period",
    "factors",
}
CASE_TEXT_KEYS = (
    "title",
    "region",
    "family",
    "local_team_context",
    "trigger",
    "side_box",
    "without_method",
    "outcome",
)
MOMENT_KEYS = {"slug", "title", "ended_well", "situation", "what_happened", "why_tense", "factors"}
FACTOR_KEYS = {"polarity", "cluster", "level", "text"}

# Quotes are attributed by role only; these are the roles the demo content may use.
QUOTE_ROLES = {
    "moeder",
    "vader",
    "ouder",
    "jongere",
    "gezinscoach",
    "casusregisseur",
    "medewerker lokaal team",
    "jeugdbeschermer",
    "preventief jeugdbeschermer",
    "gedragswetenschapper",
    "projectleider",
}

PRODUCT_2A_MAX_HOURS = 25

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PERIOD_RE = re.compile(r"^(\d{4})(?:–(\d{4}))?$")
AGE_BAND_RE = re.compile(r"\b\d{1,2}–\d{1,2} jaar\b")

# About forty common Dutch first names ...
COMMON_DUTCH_FIRST_NAMES = [
    "Jan", "Piet", "Kees", "Gerrit", "Willem", "Hans", "Peter", "Mark", "Thomas", "Sem",
    "Lucas", "Noah", "Liam", "Finn", "Levi", "Milan", "Bram", "Ruben", "Jesse", "Tim",
    "Sander", "Joost", "Maria", "Anna", "Sophie", "Julia", "Tess", "Sara", "Fleur", "Anouk",
    "Sanne", "Femke", "Eva", "Iris", "Noor", "Mila", "Lieke", "Marieke", "Ingrid", "Linda",
    "Petra", "Mohammed", "Fatima", "Yasmin",
]  # fmt: skip
# ... plus every first name used in the practice stories of the source report (001_*).
SOURCE_REPORT_NAMES = [
    "Annette", "Berend", "Nelle", "Lisa",
    "Kemal", "Nathalie", "Ibrahim", "Adil", "Erkan", "Elif",
    "Milena", "Kristina", "Nikolai", "Ivan",
    "Nadia", "Henk", "Chris", "Daan", "Lotte", "Emma",
]  # fmt: skip
FORBIDDEN_NAMES = COMMON_DUTCH_FIRST_NAMES + SOURCE_REPORT_NAMES
NAME_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, FORBIDDEN_NAMES)) + r")\b")

MONTHS = "|".join(
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
)  # fmt: skip
DATE_RE = re.compile(r"\b\d{1,2}[-/ ](?:\d{1,2}|" + MONTHS + r")\b", re.IGNORECASE)
ISO_DATE_RE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
# An exact age: "8 jaar" (but not the upper end of a band such as "6–11 jaar"), "8-jarige",
# "achtjarige".
EXACT_AGE_RE = re.compile(
    r"(?<![–\d])\b\d{1,2} jaar\b"
    r"|\b\d{1,2}-jarige?n?\b"
    r"|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|vijftien|zestien|zeventien|achttien)jarige?n?\b",
    re.IGNORECASE,
)
# Small municipalities, places and local team names that would narrow a family down.
LOCAL_IDENTIFIERS = [
    "Zoetermeer", "Delft", "Westland", "Rijswijk", "Voorschoten", "Wassenaar",
    "Midden-Delfland", "Pijnacker", "Nootdorp", "Leidschendam", "Voorburg", "Amsterdam",
    "Escamp", "Overbetuwe", "plusteam", "Delft Support", "Sociaal Kernteam", "SKT", "JGH",
    "zorgregisseur", "casuscoördinator", "Beter Thuis", "NIKA", "Blijf-van-mijn-lijf",
]  # fmt: skip
LOCAL_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, LOCAL_IDENTIFIERS)) + r")\b")


def iter_strings(value: object) -> Iterator[str]:
    """Yield every string nested anywhere in dicts, lists and tuples."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_strings(item)


def assert_clean_text(value: object, where: str) -> None:
    """No personal names and no exact dates anywhere in ``value``."""
    for text in iter_strings(value):
        name = NAME_RE.search(text)
        assert name is None, f"{where}: personal name {name.group(0)!r} in {text!r}"
        date = DATE_RE.search(text) or ISO_DATE_RE.search(text)
        assert date is None, f"{where}: exact date {date.group(0)!r} in {text!r}"


def is_nonempty_str(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def assert_valid_factor(factor: object, where: str) -> None:
    assert isinstance(factor, dict), where
    assert set(factor) == FACTOR_KEYS, f"{where}: keys {sorted(factor)}"
    assert factor["polarity"] in POLARITIES, f"{where}: polarity {factor['polarity']!r}"
    assert factor["cluster"] in CLUSTERS, f"{where}: cluster {factor['cluster']!r}"
    assert factor["level"] in FACTOR_LEVELS, f"{where}: level {factor['level']!r}"
    assert is_nonempty_str(factor["text"]), where


def case_id(case: dict) -> str:
    return case.get("slug", "?")


def moment_id(moment: dict) -> str:
    return moment.get("slug", "?")


# --------------------------------------------------------------------------- the name checks


def test_name_and_date_patterns_catch_what_they_should() -> None:
    assert NAME_RE.search("Toen Milena thuiskwam")
    assert NAME_RE.search("met de vader van Lotte")
    assert not NAME_RE.search("de jongste en de oudste")
    assert DATE_RE.search("op 3 maart")
    assert DATE_RE.search("op 12-04")
    assert DATE_RE.search("op 1/2")
    assert not DATE_RE.search("van de 25 uur")
    assert not DATE_RE.search("een kind (6–11 jaar)")
    assert EXACT_AGE_RE.search("een jongen van 13 jaar")
    assert EXACT_AGE_RE.search("de zesjarige")
    assert not EXACT_AGE_RE.search("twee kinderen (6–11 jaar en 12–17 jaar)")


# --------------------------------------------------------------------------- cases


def test_cases_is_a_list_of_six() -> None:
    assert isinstance(CASES, list)
    assert len(CASES) == 6


def test_case_slugs_are_unique_and_well_formed() -> None:
    slugs = [case["slug"] for case in CASES]
    assert len(slugs) == len(set(slugs))
    for slug in slugs:
        assert SLUG_RE.match(slug), slug


def test_every_main_case_type_is_present_and_failures_are_visible() -> None:
    types = [case["case_type"] for case in CASES]
    assert set(types) >= MAIN_CASE_TYPES
    assert types.count("ots_necessary") >= 2
    assert types.count("collaboration_during_ots") >= 2
    # At least one case where collaboration mostly failed: more hindering than helping factors.
    assert any(
        sum(f["polarity"] == "hindering" for f in case["factors"])
        > sum(f["polarity"] == "helping" for f in case["factors"])
        for case in CASES
    )


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_schema(case: dict) -> None:
    assert set(case) == CASE_KEYS, f"keys differ: {sorted(set(case) ^ CASE_KEYS)}"
    for key in CASE_TEXT_KEYS:
        assert is_nonempty_str(case[key]), key
    assert case["case_type"] in CASE_TYPES
    assert case["kader"] in KADERS

    for key in ("course", "lessons"):
        assert isinstance(case[key], list) and case[key], key
        assert all(is_nonempty_str(item) for item in case[key]), key

    for key, allowed in (
        ("building_blocks", BUILDING_BLOCKS),
        ("products", PRODUCTS),
        ("legal_steps", LEGAL_STEPS),
    ):
        values = case[key]
        assert isinstance(values, list), key
        assert all(isinstance(value, str) for value in values), key
        assert len(values) == len(set(values)), f"{key}: duplicates"
        assert set(values) <= allowed, f"{key}: unknown {sorted(set(values) - allowed)}"
    assert case["building_blocks"], "every case uses at least one building block"

    assert isinstance(case["looking_back"], list) and case["looking_back"]
    for item in case["looking_back"]:
        assert isinstance(item, dict) and set(item) == {"theme", "text"}
        assert is_nonempty_str(item["theme"]) and is_nonempty_str(item["text"])


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_hours(case: dict) -> None:
    for key in ("hours_lt", "hours_gi"):
        hours = case[key]
        assert hours is None or (type(hours) is int and hours >= 0), f"{key}={hours!r}"
    if "2a" in case["products"] and case["hours_gi"] is not None:
        assert case["hours_gi"] <= PRODUCT_2A_MAX_HOURS
    from toolkit.demo_content import product_by_code

    assert product_by_code("2a")["max_hours"] == PRODUCT_2A_MAX_HOURS


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_period_is_a_year_range(case: dict) -> None:
    match = PERIOD_RE.match(case["period"])
    assert match, case["period"]
    start, end = match.group(1), match.group(2) or match.group(1)
    assert 2015 <= int(start) <= int(end) <= 2030


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_region_is_generalised(case: dict) -> None:
    region = case["region"]
    assert region in {"Haaglanden", "Den Haag"} or region.endswith(" in Haaglanden"), region


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_family_uses_age_bands(case: dict) -> None:
    assert AGE_BAND_RE.search(case["family"]), case["family"]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_quotes_are_attributed_by_role_only(case: dict) -> None:
    quotes = case["quotes"]
    assert isinstance(quotes, list) and quotes
    for quote in quotes:
        assert isinstance(quote, dict) and set(quote) == {"role", "text"}
        assert quote["role"] in QUOTE_ROLES, quote["role"]
        assert is_nonempty_str(quote["text"])
        assert NAME_RE.search(quote["role"] + " " + quote["text"]) is None


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_factors(case: dict) -> None:
    factors = case["factors"]
    assert isinstance(factors, list) and factors
    for index, factor in enumerate(factors):
        assert_valid_factor(factor, f"{case['slug']} factor {index}")
    # No pure success stories: every case names at least one thing that hindered.
    assert any(f["polarity"] == "hindering" for f in factors)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case_text_is_deidentified(case: dict) -> None:
    assert_clean_text(case, case["slug"])
    for text in iter_strings(case):
        age = EXACT_AGE_RE.search(text)
        assert age is None, f"exact age {age.group(0)!r} in {text!r}"
        local = LOCAL_RE.search(text)
        assert local is None, f"identifying place or team {local.group(0)!r} in {text!r}"


# --------------------------------------------------------------------------- moments of truth


def test_moments_come_in_pairs() -> None:
    assert isinstance(MOMENTS_OF_TRUTH, list)
    assert 4 <= len(MOMENTS_OF_TRUTH) <= 6
    assert len(MOMENTS_OF_TRUTH) % 2 == 0
    # Listed as pairs: one that ended well followed by one that did not.
    outcomes = [moment["ended_well"] for moment in MOMENTS_OF_TRUTH]
    assert outcomes == [True, False] * (len(outcomes) // 2)


def test_moment_slugs_are_unique_and_do_not_clash_with_cases() -> None:
    slugs = [moment["slug"] for moment in MOMENTS_OF_TRUTH]
    assert len(slugs) == len(set(slugs))
    assert not set(slugs) & {case["slug"] for case in CASES}
    for slug in slugs:
        assert SLUG_RE.match(slug), slug


@pytest.mark.parametrize("moment", MOMENTS_OF_TRUTH, ids=moment_id)
def test_moment_schema(moment: dict) -> None:
    assert set(moment) == MOMENT_KEYS, f"keys differ: {sorted(set(moment) ^ MOMENT_KEYS)}"
    assert isinstance(moment["ended_well"], bool)
    for key in ("title", "situation", "what_happened", "why_tense"):
        assert is_nonempty_str(moment[key]), key
    factors = moment["factors"]
    assert isinstance(factors, list) and factors
    for index, factor in enumerate(factors):
        assert_valid_factor(factor, f"{moment['slug']} factor {index}")
    if not moment["ended_well"]:
        assert any(f["polarity"] == "hindering" for f in factors)


@pytest.mark.parametrize("moment", MOMENTS_OF_TRUTH, ids=moment_id)
def test_moment_text_is_deidentified(moment: dict) -> None:
    assert_clean_text(moment, moment["slug"])
    for text in iter_strings(moment):
        assert EXACT_AGE_RE.search(text) is None, text
        assert LOCAL_RE.search(text) is None, text


# --------------------------------------------------------------------------- shared taxonomies


def test_vocabularies_match_the_brief() -> None:
    assert set(choices.CaseType.values) == CASE_TYPES
    assert set(vocabulary.CORE_BUILDING_BLOCKS) == BUILDING_BLOCKS
    assert set(vocabulary.Product.values) == PRODUCTS
    assert set(choices.LegalStep.values) == LEGAL_STEPS
    assert set(choices.Kader.values) == KADERS
    assert set(choices.Polarity.values) == POLARITIES
    assert set(vocabulary.Cluster.values) == CLUSTERS
    assert set(vocabulary.FactorLevel.values) == FACTOR_LEVELS


def test_factor_taxonomies_match_the_learning_module() -> None:
    from learning import session_templates_content as learning_content

    assert [c["key"] for c in learning_content.CLUSTERS] == vocabulary.Cluster.values
    assert [f["key"] for f in learning_content.FACTOR_LEVELS] == vocabulary.FactorLevel.values
