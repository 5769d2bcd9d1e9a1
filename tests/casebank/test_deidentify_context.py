"""Detectors that recognise identifiers by their form or by what the text does with them,
not by a list: one test per detector, with sentences written for these tests (every person,
number and place name below is made up), and for each the ordinary text it must leave alone.
"""

import pytest

from casebank.deidentify import deidentify


def replaced(text: str, **options) -> str:
    return deidentify(text, **options).text


def leaks(text: str, *identifiers: str) -> list[str]:
    """The identifiers (or pieces of them longer than one character) still in the output."""
    output = replaced(text)
    return [
        piece
        for identifier in identifiers
        for piece in identifier.split()
        if len(piece) > 1 and piece in output
    ]


# --- names that are also words ---------------------------------------------------------------


def test_a_word_name_is_a_name_as_the_subject_of_what_only_a_person_does():
    text = "Winter vertelt dat ze bang is. Winter woont sinds maart bij haar tante."
    assert leaks(text, "Winter") == []
    # The same word as a word stays.
    assert "de winter" in replaced("In de winter is het huis koud.")


def test_a_word_name_before_an_age_in_brackets_is_a_name_and_so_is_every_later_mention():
    text = "Gesprek met Hemel (9). Hemel zit in groep 5; de hemel was grijs."
    output = replaced(text)
    assert "Hemel" not in output
    assert "de hemel was grijs" in output


def test_a_name_written_in_lower_case_stays_a_name_in_lower_case_but_not_after_an_article():
    text = "lente belt huilend op. lente woont bij haar vader. de lente komt eraan, zegt ze."
    output = replaced(text)
    assert not output.startswith("lente")
    assert "[persoon" in output and "de lente komt eraan" in output


def test_initials_with_a_call_name_in_brackets_and_a_surname_are_one_name():
    text = "Gesproken met B.C. (Bregje) Vlasblom en met K. de Smalen."
    assert leaks(text, "B.C.", "Bregje", "Vlasblom", "K.", "Smalen") == []


def test_a_first_name_that_is_a_word_joins_the_surname_after_it():
    text = "Over Sterre Plomp (15): Sterre slaapt slecht."
    assert leaks(text, "Sterre", "Plomp") == []


# --- organisations without a type word we list -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hij speelt waterpolo bij ZVC De Dolfijntjes in het weekend.", "De Dolfijntjes"),
        ("Zij krijgt hulp van Schuldhulpbureau Zeestroom sinds juni.", "Zeestroom"),
        ("Opgenomen bij Kompas Jeugdzorg, afdeling jongeren.", "Kompas"),
        ("Haar broer gaat naar De Meidoornhaag, dichtbij huis.", "Meidoornhaag"),
        ("Behandeling bij Curium-Parnassia loopt nog.", "Curium-Parnassia"),
    ],
)
def test_organisations_are_found_by_their_form(text, name):
    assert name not in replaced(text)


def test_a_capitalised_article_before_a_surname_is_a_person_not_a_school():
    output = replaced("Het gesprek was met mevrouw De Groot over de planning.")
    assert "[school]" not in output and "Groot" not in output


def test_a_postcode_before_a_place_is_no_organisation():
    assert replaced("Adres: Zandweg 4, 2691 KL Wateringen.") == (
        "Adres: [adres], [postcode] [plaats]."
    )


# --- numbers in an unusual notation ---------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["015 - 261 44 00 toestel 221", "071-5129900 ext. 37", "(070) 346 11 00, tst 5"]
)
def test_a_phone_extension_goes_with_the_number(number):
    output = replaced(f"Bereikbaar via {number} op werkdagen.")
    assert output == "Bereikbaar via [telefoonnummer] op werkdagen."


def test_a_phone_number_spelled_out_in_digit_words_is_a_phone_number():
    text = "Ze zei haar nummer: nul zes twee twee vijf één acht negen drie nul, bel maar."
    assert "[telefoonnummer]" in replaced(text)
    assert (
        replaced("Ze telde: een, twee, drie, en stopte.") == "Ze telde: een, twee, drie, en stopte."
    )


def test_an_email_address_with_spaces_around_the_at_and_dots_is_one_address():
    output = replaced("Mail hem op kees_vd_linde @ gmail . com als het kan.")
    assert output == "Mail hem op [e-mail] als het kan."


@pytest.mark.parametrize(
    "handle", ["m4rtijn_xl", "lotte2011", "xXNachtUilXx", "bramvd#2207", "yara.b.2012", "sanne.x"]
)
def test_handles_are_found_by_their_shape_without_a_platform_word(handle):
    assert handle not in replaced(f"Hij volgt {handle} en stuurt berichten.")


@pytest.mark.parametrize(
    "ordinary",
    ["groep7", "A12", "COVID19", "o.a.", "mp3", "2e", "H10", "i.v.m.", "10.00-12.00"],
)
def test_ordinary_tokens_with_digits_are_no_handles(ordinary):
    assert ordinary in replaced(f"Zie {ordinary} in de notitie.")


@pytest.mark.parametrize(
    "number",
    ["ZK 2023.118.402", "4471-20-339", "2022-0418-7713", "C / 10 / 556 231 / JE RK 23-118",
     "VTH 2024/77.301", "PV1201-2023 455 12"],
)  # fmt: skip
def test_case_numbers_of_digit_groups_are_found_whole(number):
    output = replaced(f"Het dossier {number} is overgedragen.")
    assert output == "Het dossier [zaaknummer] is overgedragen."


@pytest.mark.parametrize(
    "ordinary", ["op 12-03-2024", "van 10.00 - 12.30 uur", "€ 1.250.000", "in 2019 en 2020"]
)
def test_dates_times_and_amounts_are_no_case_numbers(ordinary):
    assert "[zaaknummer]" not in replaced(f"Het gesprek was {ordinary} gepland.")


def test_an_iban_is_not_cut_into_a_case_number():
    output = replaced("Rekening NL91 ABNA 0417 1643 00.\n4-5-2023: bezoek.")
    assert "[IBAN]" in output or "[rekeningnummer]" in output or "[iban]" in output.lower()
    assert "0417" not in output and "bezoek" in output


def test_a_floor_word_belongs_to_the_address():
    assert replaced("Ze wonen op Veenkade 17 driehoog met de kinderen.") == (
        "Ze wonen op [adres] met de kinderen."
    )
    assert "42 eenhoog" not in replaced("Het gezin woont op 42 eenhoog, achter de markt.")


# --- ages without the usual cue -------------------------------------------------------------


def test_the_paediatric_years_months_notation_is_an_age():
    output = replaced("Ontwikkelingsniveau 3;4 bij kalenderleeftijd 5;10.")
    assert "3;4" not in output and "5;10" not in output


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Bram is 11, Ties 8 en de jongste is 4.", ["11", "8", "4"]),
        ("Noa en Jip zijn 7 en 5. Daarna", ["7", "5"]),
        ("Daan is vier, Sophie zeven maanden. Verder", ["vier", "zeven maanden"]),
        ("De oudste is 9, de jongste 6. Verder", ["9", "6"]),
        ("Jesse is bijna drie en loopt goed.", ["bijna drie"]),
        ("Lars, is 4 mnd en drinkt slecht.", ["4 mnd"]),
    ],
)
def test_ages_in_a_list_and_with_a_qualifier_are_ages(text, ages):
    output = replaced(text)
    assert all(f" {age}" not in output for age in ages), output


def test_counts_and_amounts_in_a_list_are_no_ages():
    for text in ("Hij heeft 3 kinderen, 2 katten en 1 hond.", "Het kost 12, 15 en 20 euro."):
        assert replaced(text) == text


# --- places just outside the H10 ------------------------------------------------------------


@pytest.mark.parametrize("place", ["bleiswijk", "Oegstgeest", "zevenhuizen", "Hollands Spoor"])
def test_neighbouring_villages_and_stations_are_places_in_any_case(place):
    assert place not in replaced(f"Ze logeert nu in {place} bij een vriendin.")


def test_leiden_the_verb_stays():
    assert "leiden" in replaced("Die gesprekken leiden tot niets.")


def test_an_organisation_named_by_its_form_goes_whole_even_with_a_region_word_in_it():
    output = replaced("De schulden lopen via Kredietbank Haaglanden sinds vorig jaar.")
    assert output == "De schulden lopen via [instelling] sinds vorig jaar."
    # The region's own services stay: they are domain words, not an organisation by form.
    assert "Veilig Thuis Haaglanden" in replaced("Veilig Thuis Haaglanden belde terug.")


def test_a_short_lower_case_name_as_the_subject_of_a_person_verb_is_a_name():
    output = replaced("bo zit weer vast op het bureau. bo is 16, woont bij een tante.")
    assert "bo " not in output and "[persoon 1] is [12-17 jaar]" in output


def test_a_neighbourhood_that_is_also_a_word_counts_in_lower_case_after_in_de():
    assert replaced("Ze logeert bij haar zus in de transvaal.") == (
        "Ze logeert bij haar zus in de [plaats]."
    )
    assert replaced("Ze fietst naar de centrum.") == "Ze fietst naar de centrum."


def test_a_bare_number_between_commas_after_a_name_is_an_age_but_not_after_a_section_word():
    assert replaced("Haar broer Ravi, 6, speelt buiten.") == (
        "Haar broer [persoon 1], [6-11 jaar], speelt buiten."
    )
    assert ", 3, voor" in replaced("Lees de Bijlage, 3, voor de planning.")


def test_a_name_in_apposition_with_a_family_role_is_a_name():
    output = replaced("Aanwezig: Wolk, de oudste dochter. Wolk zegt weinig.")
    assert "Wolk" not in output


def test_weeks_are_an_age_band_of_a_baby():
    assert replaced("De baby is zes weken en drinkt goed.") == (
        "De baby is [0-3 jaar] en drinkt goed."
    )


def test_an_email_address_with_spaced_dots_in_its_local_part_is_one_address():
    assert replaced("Mail: kim . de . wit @ kpn . nl graag.") == "Mail: [e-mail] graag."
