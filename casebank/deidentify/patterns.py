"""Identifiers with a fixed shape: contact details, numbers, plates, postcodes, addresses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import lexicon
from .candidates import Candidate, is_sentence_start
from .vocabulary import H10_MUNICIPALITIES

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
# Normalising forms: any separator between digits (spaces, " - ", en dash, dots, slashes,
# brackets), ten digits from a 0, or a country code (+NN, 00NN) and 6 to 11 more digits.
_PHONE_SEPARATOR = r"[ \t.\-/()]{0,4}"
PHONE_ANY_NATIONAL = re.compile(
    rf"(?<![\w+/.,-])\(?0(?:{_PHONE_SEPARATOR}\d){{9}}(?![\w-]|[.,]\d|\s?[-–]\s?\d)"
)
PHONE_ANY_INTERNATIONAL = re.compile(
    rf"(?<![\w+])(?:\+|00)[ \t-]?[1-9]\d{{0,2}}(?:[ \t-]?\(0\))?(?:{_PHONE_SEPARATOR}\d){{6,11}}"
    r"(?![\w-]|[.,]\d)"
)
# Written-out e-mail addresses: "naam [at] provider [dot] com", "henk punt janssen at outlook
# punt com", "h.van.rijn(at)kpnmail.nl".
_AT = r"(?:\s*(?:\[at\]|\(at\)|\{at\}|\[@\]|\[a\]|\(a\)|@)\s*|\s+(?:at|apenstaartje)\s+)"
_DOT = r"(?:\s*(?:\[dot\]|\(dot\)|\[punt\]|\(punt\)|\[\.\])\s*|\s+(?:dot|punt)\s+|\.)"
_TLD = r"(?:com|nl|net|org|be|eu|de|fr|uk|info|biz|io|me|nu|online|ma|tr|sr)"
SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}{_TLD}(?![\w-])",
    re.IGNORECASE,
)
# "insta: kenzo.thh", "snap: k3nz0_xx", "TikTok: jesse.070", with or without "@".
HANDLE_AFTER_PLATFORM = re.compile(
    r"\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|x|facebook|fb|telegram|discord|threads|"
    r"bereal|twitch|handle|gebruikersnaam|username|account)(?:naam)?\s*(?::|=|is)\s*"
    r"(?P<handle>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])",
    re.IGNORECASE,
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
# Lower case with a space ("2716 hv") only when the letters are no Dutch short word: "2019 en".
POSTCODE_ANY_CASE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?[A-Za-z]{2}(?![\w-])")
SHORT_WORDS = frozenset(
    [
        "en",
        "op",
        "in",
        "de",
        "te",
        "is",
        "om",
        "af",
        "al",
        "nu",
        "zo",
        "ja",
        "ik",
        "uw",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "je",
        "we",
        "ze",
        "of",
        "na",
        "er",
        "ga",
        "ca",
        "eo",
        "pp",
        "km",
        "cm",
        "kg",
        "mg",
        "ml",
        "uu",
        "tm",
        "to",
        "at",
        "an",
        "as",
        "by",
        "it",
        "me",
        "my",
        "no",
        "on",
        "or",
        "so",
        "up",
        "us",
        "ok",
        "hé",
    ]
)
POSTCODE_LETTERS_NOT_USED = ("SA", "SD", "SS")

STREET_SUFFIXES = (
    "straat|laan|weg|plein|kade|gracht|singel|dreef|hof|park|pad|steeg|dijk|baan|markt|wal|"
    "plantsoen|erf|veld|ring|boulevard|allee|hoek|haven|burg|dam|poort|zijde|kwartier|"
    "polder|vliet|akker|gaarde|hage|hout|wetering|voort|oord|stede"
)
# A number, then a range ("14 - 16", "12-14"), a suffix glued with a dash ("7-zwart",
# "1150-boven", "141-b") or written apart ("33 hs", "22 rood"), or one letter.
_HOUSE_SUFFIX_WORD = r"(?:hs|bis|rd|zw|rood|zwart|boven|beneden|huis|achter|voor|links|rechts)"
HOUSE_NUMBER = (
    r"\d{1,5}(?:\s?-\s?\d{1,5}[a-zA-Z]?(?![\w'’])"
    rf"|\s{_HOUSE_SUFFIX_WORD}(?![\w-])|\s(?:I{{1,3}}|IV)(?![\w-])"
    rf"|-{_HOUSE_SUFFIX_WORD}(?![\w-])"
    r"|\s?[a-zA-Z](?![\w'’])|[-/][A-Za-z0-9]{1,4})?"
)
STREET_WORD = rf"[A-Z][\w'’-]*?(?:{STREET_SUFFIXES})"
NAME_WORD = r"[A-Z][\w'’.-]*"
# A capitalised word before a street name belongs to it ("Burgemeester Banninglaan"), unless
# it is a function word that only got its capital from starting the sentence.
FUNCTION_WORD = r"(?:De|Het|Een|Op|In|Aan|Naar|Van|Bij|Met|Voor|Uit|Over|Via|Ook|En|Of|Dat|Die)"
INTERFIX = r"(?:van|de|der|den|het|'t|ter|ten|in|op|aan|bij)"
ADDRESS_WITH_NUMBER = re.compile(
    rf"(?:(?:(?!{FUNCTION_WORD}\s){NAME_WORD}\s+(?:(?:van|de|der|den|ter|ten)\s+)*)?{STREET_WORD}"
    rf"|(?:Laan|Weg|Plein|Kade|Straat|Dreef|Park|Hof)(?:\s+{INTERFIX})+\s+{NAME_WORD}"
    rf"(?:\s+{NAME_WORD})?"
    rf"|(?:Van|De|Den|Ter|Ten)(?:\s+(?:der|de|den))?\s+{STREET_WORD}"
    rf"|Postbus)\s+(?P<number>{HOUSE_NUMBER})(?![\w-])"
)
# Lower case, as chat notes write it: "veenweg 22 rood", "laan van wateringse veld 912".
LOWER_CASE_ADDRESS = re.compile(
    rf"(?<![\w-])[a-z][\w'’-]*?(?:{STREET_SUFFIXES})\s+(?P<number>{HOUSE_NUMBER})(?![\w-])"
)
LOWER_CASE_LAAN_VAN = re.compile(
    rf"(?<![\w-])(?:laan|weg|plein|kade|straat|dreef|park|hof)(?:\s+{INTERFIX})+"
    rf"(?:\s+[^\W\d_][\w'’-]*){{1,3}}?\s+(?P<number>{HOUSE_NUMBER})(?![\w-])"
)
# A house number written apart from its street: "op nummer 141-b", "nr 31 bis".
HOUSE_NUMBER_APART = re.compile(
    rf"\b(?:nummer|nr\.?|no\.?|huisnummer)\s*:?\s*(?P<number>{HOUSE_NUMBER})(?![\w-])",
    re.IGNORECASE,
)
STREET_NEARBY = re.compile(
    rf"(?:{STREET_SUFFIXES}|\bwoon|\badres|\bflat|\bwoning|\bhuis\b|\bportiek)", re.IGNORECASE
)
# Codes with letters, digits and separators: "LPA/2024/0891", "PL1500-2023312456".
CODE = re.compile(
    r"(?<![\w/-])(?=[A-Za-z0-9/-]*\d[A-Za-z0-9/-]*)(?=(?:[^\d\s]*\d){4})"
    r"[A-Za-z]{2,6}\d{0,6}(?:[-/][A-Za-z0-9]{2,12}){1,3}(?![\w/-])"
)
# Any "...nummer" or "...nr" with a code after it, except phone, house and plate numbers, which
# other rules read: "pv-nummer 2024-334455", "dossiernummer is JBW-24-00317".
NUMBER_AFTER_ANY_KEYWORD = re.compile(
    r"\b(?!(?:telefoon|mobiel|huis|kenteken|bsn|burgerservice|rekening|iban|post|kamer|bus|"
    r"lijn|volg|week|versie|artikel|pagina|groep)[\w-]*(?:nummer|nr))"
    r"[\w-]{1,24}?(?:nummer|nr\.?)\s*:?\s*(?:is\s+)?"
    r"(?P<number>(?=[\w./:-]*\d)[A-Za-z0-9](?:[A-Za-z0-9./:\-]*[A-Za-z0-9]){3,})",
    re.IGNORECASE,
)
STREET_WITHOUT_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:(?!{FUNCTION_WORD}\s)[A-Z][\w'’.-]+\s+){{0,2}}"
    r"|(?:Van|De|Den|Ter|Ten)(?:\s+(?:der|de|den))?\s+)?"
    r"[A-Z][\w'’-]{2,}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|dijk|zijde|werf|"
    r"wal|markt|pad)(?![\w-])"
)
# A lower-case street after "de" or "adres": "in de tesselsestraat", "adres: veenweg".
LOWER_CASE_STREET = re.compile(
    r"(?:\b(?:in|aan|op|naar|van|bij|uit|via)\s+de\s+|\badres\s*:?\s+)"
    r"(?P<street>[a-z][\w'’-]{2,}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|"
    r"zijde|werf))(?![\w-])"
)


def _names_pattern(names: tuple[str, ...], *, ignore_case: bool = False) -> re.Pattern[str]:
    """Whole-name matching; any run of spaces may separate the words."""
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in ordered)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


MUNICIPALITY = _names_pattern(H10_MUNICIPALITIES, ignore_case=True)


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


def _is_postcode_any_case(match: re.Match[str]) -> bool:
    letters = match.group()[-2:]
    if letters.isupper() or " " not in match.group():
        return _is_postcode(match)
    return letters.lower() not in SHORT_WORDS and _is_postcode(match)


def _is_phone_shape(match: re.Match[str]) -> bool:
    return sum(char.isdigit() for char in match.group()) >= 9


def _is_unknown_street(match: re.Match[str]) -> bool:
    street = match.group("street") if "street" in match.re.groupindex else match.group().split()[0]
    return not lexicon.is_word(street)


def _near_a_street(match: re.Match[str]) -> bool:
    text = match.string
    around = text[max(0, match.start() - 60) : match.end() + 60]
    return STREET_NEARBY.search(around) is not None


def _is_handle(match: re.Match[str]) -> bool:
    handle = match.group("handle").lstrip("@")
    return len(handle) >= 3 and not lexicon.is_word(handle) and handle.lower() not in SHORT_WORDS


def _is_street_mention(match: re.Match[str]) -> bool:
    # A bare street name at the start of a sentence is more often a word like "Onderweg".
    return not is_sentence_start(match.string, match.start())


RULES = (
    Rule("email", EMAIL),
    Rule("email", SPELLED_EMAIL),
    Rule("account", HANDLE_AFTER_PLATFORM, group="handle", validate=_is_handle),
    Rule("phone", PHONE_ANY_NATIONAL),
    Rule("phone", PHONE_ANY_INTERNATIONAL, validate=_is_phone_shape),
    Rule("case_number", CODE),
    Rule("case_number", NUMBER_AFTER_ANY_KEYWORD, group="number"),
    Rule("postcode", POSTCODE_ANY_CASE, validate=_is_postcode_any_case),
    Rule("address", LOWER_CASE_ADDRESS, validate=_is_unknown_street),
    Rule("address", LOWER_CASE_LAAN_VAN),
    Rule("address", LOWER_CASE_STREET, group="street", validate=_is_unknown_street),
    Rule("address", HOUSE_NUMBER_APART, group="number", validate=_near_a_street),
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
)


def find_shaped_identifiers(text: str) -> Iterator[Candidate]:
    for rule in RULES:
        validate = rule.validate or _always
        for match in rule.pattern.finditer(text):
            if validate(match):
                start, end = match.start(rule.group), match.end(rule.group)
                if text[start] == "(" and ")" not in text[start:end]:
                    start += 1  # "(06-12345678)": the bracket is around, not in, the number
                yield Candidate(start, end, rule.kind)
