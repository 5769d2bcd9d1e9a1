"""The re-identification check: municipality size + family + rare event + period."""

from types import SimpleNamespace

from casebank.choices import Region
from casebank.risk import check_case, describe, has_high_risk


def case(**fields):
    defaults = {
        "region": Region.HAAGLANDEN,
        "period": "2021–2022",
        "title": "Een casus",
        "family": "moeder en twee kinderen (6–11 jaar)",
        "local_team_context": "",
        "trigger": "",
        "course": "",
        "without_method": "",
        "looking_back": "",
        "quotes": "",
        "outcome": "",
        "lessons": "",
        "pending_factors": [],
    }
    return SimpleNamespace(**{**defaults, **fields})


def codes(warnings):
    return {warning["code"]: warning["level"] for warning in warnings}


def test_general_case_has_no_warnings():
    assert check_case(case()) == []


def test_small_municipality_with_family_event_and_period_is_high_risk():
    warnings = check_case(
        case(
            region=Region.WASSENAAR,
            family="vader, moeder en een tweeling",
            course="In maart 2021 volgde een ontvoering door vader.",
        )
    )
    found = codes(warnings)
    assert found["combination"] == "high"
    assert found["named_municipality"] == "high"
    assert "rare_event" in found and "exact_date" in found and "specific_family" in found
    assert has_high_risk(warnings)
    assert warnings[0]["level"] == "high"  # most serious first


def test_named_small_municipality_suggests_the_region():
    warning = next(
        w
        for w in check_case(case(region=Region.MIDDEN_DELFLAND))
        if w["code"] == "named_municipality"
    )
    text = describe(warning)
    assert "Midden-Delfland" in text["message"]
    assert "kleinere gemeente" in text["suggestion"].lower()


def test_den_haag_is_large_enough_to_name():
    assert "named_municipality" not in codes(check_case(case(region=Region.DEN_HAAG)))


def test_medium_municipality_alone_is_only_a_note():
    assert codes(check_case(case(region=Region.DELFT))) == {"named_municipality": "info"}


def test_municipality_in_the_text_is_found():
    found = codes(check_case(case(course="Het gezin verhuisde naar Voorschoten.")))
    assert found["municipality_in_text"] == "warning"


def test_exact_ages_are_flagged_but_bands_are_not():
    assert "exact_age" in codes(check_case(case(family="moeder en een zoon van 9 jaar oud")))
    assert "exact_age" in codes(check_case(case(course="De 14-jarige dochter liep weg.")))
    assert "exact_age" not in codes(check_case(case(family="twee kinderen (6–11 jaar)")))


def test_precise_period_field_is_flagged():
    found = codes(check_case(case(period="maart 2021")))
    assert found["precise_period"] == "warning"


def test_warnings_render_in_dutch():
    warning = check_case(case(course="Er was sprake van eerwraak."))[0]
    assert "zeldzame gebeurtenis" in describe(warning)["message"]
