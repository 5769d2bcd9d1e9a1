"""Quasi-identifiers and the k estimate: what a name-free story can still give away."""

import json
from types import SimpleNamespace

import pytest

from casebank import indexing
from casebank.choices import CaseType, Region
from casebank.quasi import find_all
from casebank.risk import assess, check_case, describe
from casebank.risk_score import estimate, matching_published_cases


def found(text):
    return [(item.kind, item.text) for item in find_all(text)]


def kinds(text):
    return {item.kind for item in find_all(text)}


@pytest.mark.parametrize(
    "text, kind, words",
    [
        ("Daan heeft het syndroom van Prader-Willi.", "condition", "syndroom van Prader-Willi"),
        ("Bij Mila werd Rett-syndroom vastgesteld.", "condition", "Rett-syndroom"),
        ("Vader heeft de ziekte van Huntington.", "condition", "ziekte van Huntington"),
        ("Zijn zus heeft mucoviscidose.", "condition", "mucoviscidose"),
        ("Vader werkt als hoefsmid.", "profession", "hoefsmid"),
        ("Moeder is notaris van beroep.", "profession", "notaris"),
        ("Hij is de enige imam in het dorp.", "profession", "de enige imam in het dorp"),
        ("Lisa werd Nederlands kampioen judo.", "achievement", "Nederlands kampioen"),
        ("Het gezin stond in de krant.", "achievement", "in de krant"),
        ("Moeder spreekt alleen Wolof.", "language", "Wolof"),
        ("Er was een tolk Tigrinya nodig.", "language", "Tigrinya"),
        ("Vader werkt bij Bouwbedrijf Jansen & Zn.", "employer", "Bouwbedrijf Jansen & Zn"),
        ("Moeder heeft een eigen kapsalon.", "employer", "eigen kapsalon"),
    ],
)
def test_each_kind_is_recognised(text, kind, words):
    assert (kind, words) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Noah heeft ADHD en autisme; moeder heeft astma en een depressie.",
        "Vader heeft diabetes type 2 en een burn-out; hij kreeg het burn-outsyndroom.",
        "De zoon heeft het syndroom van Asperger en dyslexie.",
        "Moeder spreekt Arabisch en Turks, vader Pools en Papiaments.",
        "Vader werkt als chauffeur en moeder is verpleegkundige.",
        "Moeder werkt bij de gemeente en vader bij een supermarkt.",
    ],
)
def test_common_details_are_not_flagged(text):
    assert find_all(text) == []


def test_professionals_in_the_story_are_not_the_family():
    text = "De huisarts meldde zorgen. De burgemeester legde een huisverbod op. Als dat lukt."
    assert find_all(text) == []


def test_uncommon_profession_counts_only_when_a_family_member_has_it():
    assert kinds("Vader is advocaat.") == {"profession"}
    assert kinds("De advocaat van vader belde.") == set()


def story(**fields):
    defaults = {
        "region": Region.HAAGLANDEN,
        "period": "2021–2022",
        "title": "Een casus",
        "family": "moeder en twee kinderen (6–11 jaar)",
        **dict.fromkeys(
            ("local_team_context", "trigger", "course", "without_method", "looking_back"), ""
        ),
        "quotes": "",
        "outcome": "",
        "lessons": "",
        "pending_factors": [],
    }
    return SimpleNamespace(**{**defaults, **fields})


def warning(warnings, code):
    return next(w for w in warnings if w["code"] == code)


def test_each_quasi_identifier_gets_a_concrete_dutch_generalisation():
    warnings = check_case(
        story(
            course="De zoon heeft de ziekte van Pompe. Vader werkt als hoefsmid. Dochter werd "
            "Nederlands kampioen turnen. Moeder spreekt Wolof.",
        )
    )
    texts = {w["code"]: describe(w) for w in warnings}
    assert "zeldzame stofwisselingsziekte" in texts["quasi_condition"]["suggestion"]
    assert "“ziekte van Pompe”" in texts["quasi_condition"]["message"]
    assert "technisch beroep" in texts["quasi_profession"]["suggestion"]
    assert "sport op hoog niveau" in texts["quasi_achievement"]["suggestion"]
    assert "tolk" in texts["quasi_language"]["suggestion"]


def test_the_k_estimate_falls_with_a_smaller_place():
    den_haag = estimate(region=Region.DEN_HAAG, family_text="een tweeling")
    wassenaar = estimate(region=Region.WASSENAAR, family_text="een tweeling")
    assert wassenaar.k < den_haag.k / 10
    assert (den_haag.level, wassenaar.level) == ("low", "medium")
    rare = find_all("Vader werkt als hoefsmid.")
    assert estimate(region=Region.WASSENAAR, family_text="een tweeling", quasi=rare).level == "high"


def test_a_village_counts_as_a_small_place():
    town = estimate(region=Region.DEN_HAAG, text="Ze wonen in de stad.")
    village = estimate(region=Region.DEN_HAAG, text="Ze wonen in een klein dorp.")
    assert village.k < town.k / 20


def test_a_general_case_is_low_risk_and_has_no_combination_warning():
    warnings, score = assess(story())
    assert score["level"] == "low" and score["k"] > 1000
    assert "combination" not in {w["code"] for w in warnings}


def test_a_rare_condition_in_a_small_municipality_is_high_risk():
    warnings, score = assess(
        story(region=Region.VOORSCHOTEN, family="Moeder, vader en een zoon met mucoviscidose.")
    )
    assert score["level"] == "high"
    assert warning(warnings, "combination")["level"] == "high"
    assert "naar één gezin" in describe(warning(warnings, "combination"))["message"]
    medium = assess(story(region=Region.WASSENAAR, family="Moeder met een tweeling."))[0]
    assert "ongeveer 9 gezinnen" in describe(warning(medium, "combination"))["message"]


@pytest.mark.django_db
def test_a_published_case_with_the_same_combination_lowers_k(professional):
    case = story(region=Region.RIJSWIJK, family="Moeder met een tweeling.", period="2022")
    case.pk, case._meta = None, object()
    _w, before = assess(case)
    indexing.publish_imported(
        {
            "slug": "eerdere-casus",
            "title": "Eerdere casus",
            "case_type": "ots_prevented",
            "region": Region.RIJSWIJK,
            "period": "2021–2023",
            "family": "Vader met een tweeling van 10.",
        },
        [],
    )
    _w, after = assess(case)
    assert after["matching_cases"] == 1
    assert after["k"] == pytest.approx(before["k"] / 2, rel=0.05)
    indexing.publish_imported(
        {
            "slug": "andere-plaats",
            "title": "Andere plaats",
            "case_type": "ots_prevented",
            "region": Region.DELFT,
            "period": "2022",
            "family": "Moeder met een tweeling.",
        },
        [],
    )
    assert assess(case)[1]["matching_cases"] == 1  # another region does not count


@pytest.mark.django_db
@pytest.mark.parametrize("published", [1, 15])
def test_the_case_bank_comparison_is_one_query_however_many_cases(
    professional, published, django_assert_num_queries
):
    """The comparison counts in the database; it does not read each case of the region."""
    for number in range(published):
        indexing.publish_imported(
            {
                "slug": f"tweeling-{number}",
                "title": f"Tweeling {number}",
                "case_type": CaseType.OTS_PREVENTED,
                "region": Region.RIJSWIJK,
                "period": "2020–2022" if number % 2 else "2022",
                "family": "Vader met een tweeling.",
            },
            [],
        )
    indexing.publish_imported(
        {"slug": "zonder-jaar", "title": "Zonder jaar", "case_type": CaseType.OTS_PREVENTED,
         "region": Region.RIJSWIJK, "period": "", "family": "Vader met een tweeling."},
        [],
    )  # fmt: skip
    same = SimpleNamespace(pk=None, region=Region.RIJSWIJK, family="Tweeling.", period="2022")
    no_year = SimpleNamespace(pk=None, region=Region.RIJSWIJK, family="Tweeling.", period="")
    other_family = SimpleNamespace(
        pk=None, region=Region.RIJSWIJK, family="Drieling.", period="2022"
    )
    with django_assert_num_queries(1):
        assert matching_published_cases(same) == published
    with django_assert_num_queries(1):
        assert matching_published_cases(no_year) == 1
    with django_assert_num_queries(1):
        assert matching_published_cases(other_family) == 0


def test_each_warning_and_each_example_is_shown_once():
    """The outside tester saw one warning twice: 'tweeling' was both a rare event and the
    family's make-up, and a municipality in the region field was warned about again when the
    text named it; a precise period was shown in doubled quotes."""
    warnings = check_case(
        story(
            region=Region.WASSENAAR,
            period="maart 2021",
            family="Vader, moeder en een tweeling in Wassenaar.",
            course="Het gezin stond in de krant; de tweeling ook in het nieuws.",
        )
    )
    shown = [describe(w) for w in warnings]
    messages = [w["message"] for w in shown]
    assert len(messages) == len(set(messages))
    assert sum("tweeling" in message for message in messages) == 1
    assert sum("Wassenaar" in message for message in messages) == 1
    assert not any("““" in message or "””" in message for message in messages)


def test_the_suggested_generalisations_are_not_flagged_themselves():
    text = (
        "De zoon heeft een zeldzame stofwisselingsziekte. Vader heeft een technisch beroep, "
        "moeder werkt in de dienstverlening. De dochter sport op hoog niveau en kwam in de "
        "publiciteit. Oma spreekt een taal die weinig mensen in de regio spreken; er was een "
        "tolk. Oom werkt bij een klein bedrijf, tante bij een grote werkgever. Moeder is "
        "gezaghouder."
    )
    assert find_all(text) == []


def test_the_development_set_keeps_its_recorded_figures():
    """docs/reidentification-risk.md records recall 1.00 and no flags on texts without labels."""
    from casebank.quasi_evaluate import DEV, evaluate, load

    result = evaluate(load(DEV))
    assert result.items >= 40 and result.empty_texts >= result.items // 5
    assert result.recall() >= 0.95
    assert all(result.recall(kind) >= 0.9 for kind in result.total)
    assert result.empty_texts_flagged == 0


def test_the_burned_held_out_set_stays_at_or_above_its_once_scored_figures():
    """quasi_dev_heldout.jsonl (formerly quasi_test.jsonl) was scored once at recall 0.78 with no
    flag on texts without labels; its record is a floor that may only go up."""
    from casebank.quasi_evaluate import DEV_HELDOUT, EVALUATION_DIR, evaluate, load

    recorded = json.loads(
        (EVALUATION_DIR / "quasi_dev_heldout_scored_once.json").read_text(encoding="utf-8")
    )
    result = evaluate(load(DEV_HELDOUT))
    assert result.items == recorded["items"], "the set itself changed"
    assert result.recall() >= recorded["recall"], result.missed
    for kind, recall in recorded["recall_per_kind"].items():
        assert result.recall(kind) >= recall, (kind, result.missed)
    assert result.empty_texts_flagged <= recorded["texts_without_labels_flagged"]


def test_the_fresh_quasi_test_set_is_scored_when_it_is_merged(tmp_path):
    """quasi_test5.jsonl is written on another branch; once merged, the evaluation and the
    benchmark read it as the test set, next to the development set."""
    from casebank.quasi_evaluate import DEV_FILES, available_sets, evaluate, load_set

    for path in DEV_FILES:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert set(available_sets(tmp_path)) == {"dev"}
    (tmp_path / "quasi_test5.jsonl").write_text(
        json.dumps({"id": "q5-1", "text": "Vader is hoefsmid.",
                    "quasi": [{"start": 9, "end": 17, "kind": "profession", "text": "hoefsmid"}]})
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    sets = available_sets(tmp_path)
    assert sets["test"] == [tmp_path / "quasi_test5.jsonl"]
    assert evaluate(load_set(sets["test"])).recall() == 1.0
