"""Identifiers written in an unusual notation, found by their shape rather than a keyword.

- a phone number with its extension ("070 353 21 00 toestel 314", "088-3558700 ext. 1142") is
  one span, so the extension does not stay behind;
- a phone number spelled out digit by digit ("nul zes één twee ...");
- an e-mail address with spaces around "@" and "." ("naam @ provider . nl");
- a handle without a platform word: a token mixing letters with digits or underscores
  ("sk8ter_boi", "lotte2010"), a Discord tag ("naam#1234"), a dotted handle with a digit, an
  underscore or a one-letter tail ("tim.v.2010", "sanne.x"), or the "xX...Xx" gamer style;
- a case or file number of digit groups joined by dots, slashes or dashes, with an optional
  letter prefix ("ZK 2023.118.402", "4471-20-339", "C / 10 / 556 231 / JE RK 23-118");
- a floor word after a house number ("12 driehoog", "7 eenhoog").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .candidates import Candidate

_SEP = r"[ \t.\-–/()]{0,3}"
_PHONE_CORE = rf"(?:\(?0(?:{_SEP}\d){{9}}|(?:\+|00)[ \t-]?[1-9]\d{{0,2}}(?:[ \t-]?\(0\))?(?:{_SEP}\d){{6,11}})"
PHONE_WITH_EXTENSION = re.compile(
    rf"(?<![\w+/.,-]){_PHONE_CORE}\s*,?\s*(?:\(\s*)?(?:toestel|tst\.?|ext\.?|extensie|"
    r"doorkiesnummer|doorkies|post|lijn|x)\s*:?\s*\d{1,5}\)?(?![\w-])",
    re.IGNORECASE,
)
_DIGIT_WORDS = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
# Ten or more digits spelled out; a real sentence never strings eight digit words together.
SPELLED_PHONE = re.compile(
    rf"(?<![\w-]){_DIGIT_WORDS}(?:[\s,-]+{_DIGIT_WORDS}){{7,13}}(?![\w-])", re.IGNORECASE
)
SPACED_EMAIL = re.compile(
    r"(?<![\w.+-])[\w+-]+(?:\s*\.\s*[\w+-]+)*\s*@\s*[\w-]+(?:\s*\.\s*[\w-]+)*\s*\.\s*"
    r"(?:com|nl|net|org|be|eu|de|fr|uk|info|io|me|nu|online)(?![\w-])",
    re.IGNORECASE,
)
HANDLE_TOKEN = re.compile(
    r"(?<![\w@.#/:-])(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:#\d{4,5})?)"
    r"(?![\w@#/-]|\.[A-Za-z0-9])"
)
GAMER_STYLE = re.compile(r"^(?:xX|Xx|xx)[A-Za-z0-9_]{3,}(?:Xx|xX|xx)$")
LEET = re.compile(r"[a-z][0-9][a-z]|[0-9][a-z]{2,}[0-9]?$", re.IGNORECASE)

_GROUP_SEP = r"(?:[ ]?[./][ ]?|-|[ ]-[ ]|[ ])"
# A prefix of capitals ("ZK", "RvdK", "PL1500"), then digit groups; validated below.
NUMBER_GROUPS = re.compile(
    r"(?<![\w./-])(?:(?P<prefix>[A-Z][A-Za-z]{0,4}\d{0,6})[ ]?[-/]?[ ]?)?"
    # Letters may stand between or after the digit groups: "RvdK 2025-HGL-00771",
    # "RvdK 2025/ 00451 /HGL", "2024 / 1187 - LT".
    rf"(?P<digits>\d{{1,8}}(?:{_GROUP_SEP}(?:[A-Z]{{2,5}}{_GROUP_SEP})?\d{{1,8}}){{1,5}}"
    rf"(?:{_GROUP_SEP}[A-Z]{{2,5}}(?![\w-]))?)(?![\w-]|[./]\d)"
)
COURT_CASE_SPACED = re.compile(
    r"(?<![\w/])[A-Z]{1,2}\s?/\s?\d{2}\s?/\s?\d{3}\s?\d{3,4}"
    r"(?:\s?/?\s?[A-Z]{2}\s[A-Z]{2}\s\d{2}\s?[-/]\s?\d{2,6})?(?![\w/-])"
)
_FLOOR = r"(?:een|één|twee|drie|vier|vijf|zes)hoog|hoog|parterre|souterrain"
FLOOR_AFTER_NUMBER = re.compile(
    rf"(?<![\w.,/-])\d{{1,5}}(?:\s?[a-zA-Z](?![\w'’]))?\s+(?:{_FLOOR})(?![\w-])", re.IGNORECASE
)
FLOOR_AFTER = re.compile(rf"\s+(?:{_FLOOR})(?![\w-])", re.IGNORECASE)
_DATE_SHAPE = re.compile(
    r"^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})$"
)
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}\s?[A-Z]{4}")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}\s?[-/]\s?(?:19|20)\d{2}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}$")
MIN_CASE_DIGITS = 6
_TOP_LEVEL_DOMAINS = frozenset({"nl", "com", "net", "org", "be", "eu", "de", "info", "nu", "io"})


def find_unusual_notations(text: str) -> Iterator[Candidate]:
    for match in PHONE_WITH_EXTENSION.finditer(text):
        # "(06-12345678 toestel 3)": a bracket around the number is no part of it.
        around = text[match.start()] == "(" and ")" not in match.group()[:6]
        start = match.start() + (1 if around else 0)
        yield Candidate(start, match.end(), "phone")
    for match in SPELLED_PHONE.finditer(text):
        yield Candidate(match.start(), match.end(), "phone")
    for match in SPACED_EMAIL.finditer(text):
        yield Candidate(match.start(), match.end(), "email")
    for match in HANDLE_TOKEN.finditer(text):
        if is_handle_like(match.group("handle")):
            yield Candidate(match.start("handle"), match.end("handle"), "account")
    for match in COURT_CASE_SPACED.finditer(text):
        yield Candidate(match.start(), match.end(), "case_number")
    for match in NUMBER_GROUPS.finditer(text):
        if _is_case_number(match):
            start = match.start("prefix") if match.group("prefix") else match.start("digits")
            yield Candidate(start, match.end(), "case_number")


def find_floors(text: str) -> Iterator[Candidate]:
    """ "op 31 tweehoog": a house number with a floor word is an address on its own."""
    for match in FLOOR_AFTER_NUMBER.finditer(text):
        yield Candidate(match.start(), match.end(), "address")


def with_floors(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "Hoefkade 12 driehoog": an address followed by a floor word takes it in."""
    extended = []
    for candidate in candidates:
        if candidate.kind == "address" and text[candidate.end - 1 : candidate.end].isalnum():
            floor = FLOOR_AFTER.match(text, candidate.end)
            if floor:
                extended.append(Candidate(candidate.start, floor.end(), "address",
                                          candidate.source))  # fmt: skip
    return extended


def is_handle_like(token: str) -> bool:
    """A token nobody writes as a word: letters mixed with digits, underscores or a tag."""
    core = token.split("#")[0]
    letters = sum(char.isalpha() for char in core)
    digits = sum(char.isdigit() for char in core)
    if letters < 2 or len(core) < 4:
        return False
    if "#" in token:
        return True
    if GAMER_STYLE.match(core):
        return True
    if "_" in core.strip("_"):
        return True
    if "." in core:
        parts = core.split(".")
        # "tim.v.2010", "sanne.x": not an abbreviation such as "o.a." or "i.v.m.".
        if len(parts[0]) < 3 or not parts[0][0].isalpha():
            return False
        if digits > 0 or len(parts[-1]) == 1:
            return True
        # "noor.vd.berg": three parts, not all words, not a web address ("www.x.nl").
        return (
            len(parts) >= 3
            and parts[-1].lower() not in _TOP_LEVEL_DOMAINS
            and not all(lexicon.is_word(part) for part in parts)
        )
    if not digits:
        return False
    if core[0].isdigit():
        # "2e", "18jarige", "3x": a number with a suffix, no handle; "4ever_x" has "_" above.
        return LEET.search(core) is not None and letters >= 4 and not lexicon.is_known(core)
    if core.isupper() or re.fullmatch(r"[A-Z]{1,4}\d{1,4}", core):
        return False  # "A12", "COVID19", "H10", "PL1500": codes, read elsewhere
    word_part = re.sub(r"\d+$", "", core)
    # "lotte2010", "jay07", "sn4p": letters with digits; not "groep7"-like words with a number.
    return (
        letters >= 3
        and (not lexicon.is_word(word_part) or digits >= 2)
        and (not re.fullmatch(r"[a-z]+\d", core) or not lexicon.is_word(word_part))
    )


def _is_case_number(match: re.Match[str]) -> bool:
    digits_part = match.group("digits")
    digit_count = sum(char.isdigit() for char in digits_part)
    groups = re.split(r"\D+", digits_part)
    if re.search(r"\b[A-Z]{2}\d{2}\s?$", match.string[max(0, match.start() - 6) : match.start()]):
        return False  # the rest of an IBAN, read by the IBAN rule
    if _IBAN_START.match(match.group()):
        return False  # "NL91 ABNA 0417 1643 00": an IBAN, read by the IBAN rule
    if _DATE_SHAPE.match(digits_part.replace(" ", "")):
        return False
    if _YEAR_RANGE.match(digits_part) and not match.group("prefix"):
        return False  # "2019-2020", "2019 – 2021": years, not a number
    if " " in digits_part and not re.search(r"[./-]", digits_part) and not match.group("prefix"):
        return False  # "in 2024 114 keer": numbers side by side need a separator or a prefix
    if digits_part.startswith("0") and not match.group("prefix"):
        return False  # "0900-8844", "070 353 21 00": a phone number, read by the phone rules
    if _TIME_RANGE.match(digits_part) or match.string[
        max(0, match.start() - 2) : match.start()
    ].strip() in ("€", "$"):
        return False  # "10.00 - 12.30", "€ 1.250.000"
    if match.group("prefix"):
        prefix = match.group("prefix")
        if lexicon.is_word(prefix) and not prefix.isupper():
            return False  # "Groep 7/8", "Tussen 2019-2021"
        return digit_count >= MIN_CASE_DIGITS - 1
    return (
        digit_count >= MIN_CASE_DIGITS + 1
        and len(groups) >= 3
        or (digit_count >= MIN_CASE_DIGITS + 2 and len(groups) >= 2 and "-" in digits_part)
    )
