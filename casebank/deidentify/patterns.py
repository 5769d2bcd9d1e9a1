"""Identifiers with a fixed shape: contact details, numbers, plates, postcodes, addresses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .candidates import Candidate, is_sentence_start
from .vocabulary import H10_MUNICIPALITIES, HAAGLANDEN_PLACES

Validator = Callable[[re.Match[str]], bool]


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    group: int | str = 0
    validate: Validator | None = None


def _always(_: re.Match[str]) -> bool:
    return True


EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)]"
    r"|\b[\w-]+\.(?:com|nl|be|org|net|eu|tv|me)/[^\s<>\"]*[^\s<>\".,;:!?)]",
    re.IGNORECASE,
)
# A handle may contain dots and underscores but does not end in one.
ACCOUNT = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")

# Ten digits starting with 0, with spaces or dashes anywhere; the area code may stand in
# brackets, "(070) 353 21 00", but a bracket around the whole number is not part of it.
PHONE_NATIONAL = re.compile(r"(?<![\w+/.-])0\d(?:[\s-]{0,2}\d){8}(?![\w-])")
PHONE_AREA_IN_BRACKETS = re.compile(r"\(0\d{1,3}\)(?:[\s-]{0,2}\d){5,8}(?![\w-])")
PHONE_INTERNATIONAL = re.compile(
    r"(?<![\w+])(?:\+|00)\s?31(?:[\s-]{0,2}\(0\))?(?:[\s\-)]{0,2}\d){9}(?![\w-])"
)

IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b", re.IGNORECASE)

# All Dutch plate "sidecodes": L = letter group, D = digit group, always written with dashes.
PLATE = re.compile(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![\w-])")
PLATE_SHAPES = frozenset(
    {
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    }
)  # fmt: skip
PLATE_AFTER_KEYWORD = re.compile(
    r"\bkenteken(?:plaat|nummer)?\s*:?\s+(?P<plate>(?=[A-Z-]*\d)(?=[0-9-]*[A-Z])[A-Z0-9-]{6,8})\b"
)

COURT_CASE = re.compile(
    r"\b[A-Z]{1,2}/\d{2}/\d{4,7}(?:\s*/\s*[A-Z]{2}\s[A-Z]{2}\s\d{2}[-/]\d{2,6})?"
    r"|\b[A-Z]{2}\s(?:RK|ZA|RQ|ZA|AZ)\s\d{2}[-/]\d{2,6}\b"
    r"|\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}"
    r"|(?<![\w/-])\d{2}/\d{6}-\d{2}(?![\w/-])"
)
NUMBER_AFTER_KEYWORD = re.compile(
    r"\b(?:(?:zaak|rol|dossier|parket|registratie|referentie|cliënt|client|klant|meldings|"
    r"rekest|verzoek|beschikkings|kenmerk)(?:nummer|nr\.?)|kenmerk|referentie|ECLI)"
    r"\s*:?\s*(?:is\s+)?(?P<number>[A-Za-z0-9](?:[A-Za-z0-9./:\-]*[A-Za-z0-9])?)",
    re.IGNORECASE,
)

BSN_AFTER_KEYWORD = re.compile(
    r"\b(?:BSN|burgerservicenummer|sofinummer|sofi-nummer)(?:-?nummer)?\b[^\d\n]{0,25}?"
    r"(?P<bsn>(?<!\d)(?:\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8,9})(?!\d))",
    re.IGNORECASE,
)
BSN_SHAPED = re.compile(r"(?<![\d.,/-])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d,/-]|\.\d)")

POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})(?![\w-])")
POSTCODE_LETTERS_NOT_USED = ("SA", "SD", "SS")

STREET_SUFFIXES = (
    "straat|laan|weg|plein|kade|gracht|singel|dreef|hof|park|pad|steeg|dijk|baan|markt|wal|"
    "plantsoen|erf|veld|ring|boulevard|allee|hoek|haven|burg|dam|poort|zijde|kwartier|"
    "polder|vliet|akker|gaarde|hage|hout|wetering|voort|oord|stede"
)
HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![\w])|[-/][A-Za-z0-9]{1,4}|\s(?:hs|bis|rd|zw))?"
STREET_WORD = rf"[A-Z][\w'’-]*?(?:{STREET_SUFFIXES})"
NAME_WORD = r"[A-Z][\w'’.-]*"
# A capitalised word before a street name belongs to it ("Burgemeester Banninglaan"), unless
# it is a function word that only got its capital from starting the sentence.
FUNCTION_WORD = r"(?:De|Het|Een|Op|In|Aan|Naar|Van|Bij|Met|Voor|Uit|Over|Via|Ook|En|Of|Dat|Die)"
INTERFIX = r"(?:van|de|der|den|het|'t|ter|ten|in|op|aan|bij)"
ADDRESS_WITH_NUMBER = re.compile(
    rf"(?:(?:(?!{FUNCTION_WORD}\s){NAME_WORD}\s+)?{STREET_WORD}"
    rf"|(?:Laan|Weg|Plein|Kade|Straat|Dreef|Park|Hof)(?:\s+{INTERFIX})+\s+{NAME_WORD}"
    rf"(?:\s+{NAME_WORD})?"
    rf"|Postbus)\s+(?P<number>{HOUSE_NUMBER})(?![\w-])"
)
STREET_WITHOUT_NUMBER = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]{2,}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|dijk)"
    r"(?![\w-])"
)


def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Case-sensitive whole-name matching; any run of spaces may separate the words."""
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


MUNICIPALITY = _names_pattern(H10_MUNICIPALITIES)
PLACE = _names_pattern(HAAGLANDEN_PLACES)


def _plate_shape(text: str) -> str:
    return "-".join(
        "D" * len(group) if group.isdigit() else "L" * len(group) if group.isalpha() else "?"
        for group in text.split("-")
    )


def _is_plate(match: re.Match[str]) -> bool:
    return _plate_shape(match.group()) in PLATE_SHAPES


def _has_ten_digits(match: re.Match[str]) -> bool:
    return sum(char.isdigit() for char in match.group()) == 10


def _has_digit(match: re.Match[str]) -> bool:
    return any(char.isdigit() for char in match.group("number"))


def _passes_eleven_test(digits: str) -> bool:
    """The BSN check: weights 9..2 and -1 for the last digit, sum divisible by 11."""
    if len(digits) != 9 or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=True)) % 11 == 0


def _is_valid_bsn(match: re.Match[str]) -> bool:
    return _passes_eleven_test(match.group().replace(".", ""))


def _is_iban(match: re.Match[str]) -> bool:
    compact = re.sub(r"\s", "", match.group()).upper()
    dutch_shape = re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", compact) is not None
    return dutch_shape or _iban_checksum_ok(compact)


def _iban_checksum_ok(compact: str) -> bool:
    if not (15 <= len(compact) <= 34) or not compact[:2].isalpha():
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


def _is_postcode(match: re.Match[str]) -> bool:
    return match.group()[-2:].upper() not in POSTCODE_LETTERS_NOT_USED


def _is_street_mention(match: re.Match[str]) -> bool:
    # A bare street name at the start of a sentence is more often a word like "Onderweg".
    return not is_sentence_start(match.string, match.start())


RULES = (
    Rule("email", EMAIL),
    Rule("url", URL),
    Rule("account", ACCOUNT),
    Rule("phone", PHONE_INTERNATIONAL),
    Rule("phone", PHONE_NATIONAL),
    Rule("phone", PHONE_AREA_IN_BRACKETS, validate=_has_ten_digits),
    Rule("iban", IBAN, validate=_is_iban),
    Rule("licence_plate", PLATE, validate=_is_plate),
    Rule("licence_plate", PLATE_AFTER_KEYWORD, group="plate"),
    Rule("case_number", COURT_CASE),
    Rule("case_number", NUMBER_AFTER_KEYWORD, group="number", validate=_has_digit),
    Rule("bsn", BSN_AFTER_KEYWORD, group="bsn"),
    Rule("bsn", BSN_SHAPED, validate=_is_valid_bsn),
    Rule("postcode", POSTCODE, validate=_is_postcode),
    Rule("address", ADDRESS_WITH_NUMBER),
    Rule("address", STREET_WITHOUT_NUMBER, validate=_is_street_mention),
    Rule("municipality", MUNICIPALITY),
    Rule("place", PLACE),
)


def find_shaped_identifiers(text: str) -> Iterator[Candidate]:
    for rule in RULES:
        validate = rule.validate or _always
        for match in rule.pattern.finditer(text):
            if validate(match):
                yield Candidate(match.start(rule.group), match.end(rule.group), rule.kind)
