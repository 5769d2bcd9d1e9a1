"""Detectors over the SHAPE of an identifier, written after the third held-out split.

The earlier rules were often tied to the strings seen in dev; these look at shapes instead:

- identifier-shaped tokens in any case and with any spacing: Dutch plates in every sidecode,
  upper or lower case; a BSN as nine digits with any separators that passes the 11-test; codes of
  letter and digit groups joined by dashes or slashes ("2024/RvdK/DH/00917", "RvdK-23/0034-L");
  a month and a year ("04-2023");
- floors and flat numbers written after an address: "2e etage", "3-hoog", "flat 4-12";
- ages written without "jaar": a list of bare numbers in brackets ("(8 en 5)"), a gender marker
  ("(m, 16)"), half years in words ("anderhalf", "tweeënhalf"), a correction ("13, niet 14");
- and ``extend_to_whole_tokens``: once a span is found, it grows over the rest of the token-shaped
  identifier it starts (a house-number suffix, the rest of an organisation name joined by "&").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ages import NUMBER, NUMBER_WORDS
from .candidates import Candidate
from .dates import _FULL_MONTHS
from .gazetteer import get_gazetteer
from .patterns import PLATE_SHAPES, _passes_eleven_test, _plate_shape

# --- identifier-shaped tokens --------------------------------------------------------------------

PLATE_ANY_CASE = re.compile(
    r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}(?![\w-])"
)
# Nine digits with any single separators between groups: "370 230 000", "1204 60 634".
BSN_ANY_SEPARATOR = re.compile(r"(?<![\d.,/-])(?<!\d\s)\d(?:[ .-]?\d){8}(?!\s?\d|[.,/-]\d)")
# Groups of letters and digits joined by "-" or "/", three groups or more, at least four digits
# and one letter: "2025-VT-HGL-012877", "RvdK-23/0034-L".
CODE_ANY_ORDER = re.compile(
    r"(?<![\w/.-])(?=[\w/-]*[A-Za-z])(?=(?:[^\d\s]*\d){4})"
    r"[A-Za-z0-9]{1,12}(?:[-/][A-Za-z0-9]{1,12}){2,5}(?![\w/-])"
)
_MONTH_WORD = re.compile(
    r"^(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*$", re.IGNORECASE
)
# A Dutch account number by its shape alone, any spacing or case, even with a wrong checksum
# or a digit too many: "NL70 INGB 0003 4405 7430".
DUTCH_IBAN_SHAPE = re.compile(r"(?<![\w-])NL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){8,12}(?![\w-])", re.I)
# "04-2023", "08/2016": a month and a year.
MONTH_YEAR = re.compile(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])[-/](?:19|20)\d{2}(?![\w/-]|\.\d)")

_FULL_MONTH = "|".join(_FULL_MONTHS)
# "maart-april 2024", "van maart tot juni 2024": both ends of a range of months.
MONTH_RANGE = re.compile(
    rf"(?<![\w])(?P<first>{_FULL_MONTH})\s*(?:-|tot en met|tot|t/m)\s*"
    rf"(?P<second>(?:{_FULL_MONTH})(?:\s+(?:19|20)\d{{2}})?)(?![\w-])",
    re.IGNORECASE,
)

# --- names in capitals ---------------------------------------------------------------------------

# "JURRE BAKKER", "FAM. ÖZDEMIR", "LUNA-ROSE": a run of words in capitals.
CAPITALS_RUN = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)*"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)*)*(?![\w-])"
)


def _find_names_in_capitals(text: str) -> Iterator[Candidate]:
    """A run in capitals that holds a first name or surname which is no word: its name words."""
    gazetteer = get_gazetteer()
    for run in CAPITALS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        named = []
        for word in words:
            parts = word.group().split("-")
            is_name = all(
                len(part) >= 3 and (gazetteer.is_first_name(part) or gazetteer.is_surname(part))
                for part in parts
            )
            named.append(is_name)
        if not any(
            is_name and not gazetteer.is_word(word.group())
            for word, is_name in zip(words, named, strict=True)
        ):
            continue
        for word, is_name in zip(words, named, strict=True):
            if is_name:
                yield Candidate(run.start() + word.start(), run.start() + word.end(), "person")


# --- floors --------------------------------------------------------------------------------------

# "2e etage", "4e verdieping", "3-hoog", "flat 4-12": a floor or flat number after an address.
FLOOR_AFTER_ADDRESS = re.compile(
    r",\s*(?P<floor>\d{1,2}(?:e|ste|de)\s+(?:etage|verdieping|woonlaag)"
    r"|\d{1,2}\s?-\s?hoog|flat\s+\d{1,4}(?:\s?[-/]\s?\d{1,4})?)(?![\w-])",
    re.IGNORECASE,
)

# --- organisations by their head noun ------------------------------------------------------------

# "Haagse Montessori School", "Wassenaarse Schoolvereniging": capitalised words before a head
# noun that makes them a school.
SCHOOL_BY_HEAD = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]+\s+){1,3}(?:School|Schoolvereniging|Schoolgemeenschap|College|"
    r"Lyceum|Kindcentrum)(?![\w-])"
)
# "obs de wilg", "cbs het kompas": a school-type abbreviation before a lower-case name.
SCHOOL_AFTER_TYPE = re.compile(
    r"\b(?:obs|cbs|rkbs|pcbs|ikc|sbo|so|vso)\s+(?P<name>(?:de|het|'t)\s+[a-zà-ÿ][\w'’-]+)",
)
# "Rederij Vrolijk", "Kwekerij De Zonnebloem": a trade's head noun and the capitalised name
# after it.
EMPLOYER_BY_HEAD = re.compile(
    r"(?<![\w-])(?:Rederij|Kwekerij|Bakkerij|Slagerij|Hoveniersbedrijf|Transportbedrijf|"
    r"Schildersbedrijf|Aannemersbedrijf|Installatiebedrijf|Schoonmaakbedrijf|Taxibedrijf|"
    r"Koeriersbedrijf|Garage|Autobedrijf|Bouwbedrijf)\s+(?:(?:De|Het|'t)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
)


def _find_organisations(text: str) -> Iterator[Candidate]:
    for match in SCHOOL_BY_HEAD.finditer(text):
        words = match.group().split()
        if words[0] in {"De", "Het", "Een", "Op", "Naar", "Bij", "Van", "In"}:
            start = match.start() + len(words[0]) + 1
            if len(words) < 3:
                continue
            yield Candidate(start, match.end(), "school")
        else:
            yield Candidate(*match.span(), "school")
    for match in SCHOOL_AFTER_TYPE.finditer(text):
        yield Candidate(*match.span("name"), "school")
    for match in EMPLOYER_BY_HEAD.finditer(text):
        yield Candidate(*match.span(), "employer")


# --- ages ----------------------------------------------------------------------------------------

_HALVES = {f"{word}{joiner}half": value for word, value in NUMBER_WORDS.items() if value < 20
           for joiner in ("ën", "en")}  # fmt: skip
_HALVES["anderhalf"] = 1
HALF_WORD = "|".join(sorted(map(re.escape, _HALVES), key=len, reverse=True))
_AGE = rf"(?:\d{{1,2}}(?:[,.]5)?|{HALF_WORD}|{NUMBER})"
# "(8 en 5)", "(8, 5 en 3)", "(tweeënhalf)", "(anderhalf jaar)": numbers only, after a word.
AGES_IN_BRACKETS = re.compile(
    rf"(?<=[^\W\d_])\s?\(\s*(?P<ages>{_AGE}(?:\s*(?:,|en|&)\s*{_AGE})*)"
    r"(?:\s*(?:jaar|jr\.?|maanden|mnd))?\s*\)",
    re.IGNORECASE,
)
_ONE_AGE = re.compile(rf"(?<![\w,.]){_AGE}(?![\w]|[,.]\d)", re.IGNORECASE)
# "(m, 16)", "(v, 14 jaar)": a gender marker and a number.
AGE_AFTER_GENDER = re.compile(
    r"\(\s*(?:m|v|x|man|vrouw|jongen|meisje)\s*[,/]\s*(?P<age>\d{1,2}(?:\s*(?:jaar|jr\.?))?)\s*\)",
    re.IGNORECASE,
)
# "(geboren 09-09-2019, 6 jaar)": a number of years closing a bracket after a comma.
YEARS_CLOSING_BRACKET = re.compile(
    r",\s*(?P<age>\d{1,2}(?:[,.]5)?\s+(?:jaar|jr\.?|maanden|mnd))\s*\)", re.IGNORECASE
)
# "(Arjun, 9 en Kavya, 4)": a name, a comma and a bare number before "en".
BARE_AGE_BEFORE_EN = re.compile(r"\b[A-Z][a-z'’-]+,\s+(?P<age>\d{1,2})(?=\s+en\s+[A-Z])")
# A corrected age: "is 13, niet 14", "is 11 and not 12".
CORRECTED_AGE = re.compile(
    r"\b(?:is|was|wordt)\s+(?:\d{1,2}|" + NUMBER[3:-1] + r")\s*,?\s+(?:niet|and\s+not|not)\s+"
    r"(?P<age>\d{1,2})(?![\w-]|[,.]\d)",
    re.IGNORECASE,
)
# "is 11 and not 12": an English copula.
ENGLISH_AGE = re.compile(
    r"\b(?:daughter|son|child|he|she)\s+(?:\w+\s+)?is\s+(?P<age>\d{1,2})(?![\w-]|[,.]\d)",
    re.IGNORECASE,
)
# "(tussen de 15 en 17)": a range of ages in brackets.
AGE_RANGE_IN_BRACKETS = re.compile(
    r"\(\s*(?:tussen\s+de\s+|van\s+)(?P<low>\d{1,2})\s+(?:en|tot)\s+(?P<high>\d{1,2})"
    r"(?:\s+(?:jaar|jr\.?))?\s*\)",
    re.IGNORECASE,
)


def find_shapes(text: str) -> Iterator[Candidate]:
    for match in PLATE_ANY_CASE.finditer(text):
        if _plate_shape(match.group().upper()) in PLATE_SHAPES:
            yield Candidate(*match.span(), "licence_plate")
    for match in BSN_ANY_SEPARATOR.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _passes_eleven_test(digits):
            yield Candidate(*match.span(), "bsn")
    for match in CODE_ANY_ORDER.finditer(text):
        groups = re.split(r"[-/]", match.group())
        if _plate_shape(match.group().upper()) in PLATE_SHAPES:
            continue
        if any(_MONTH_WORD.match(group) for group in groups):
            continue  # "14-jan-2024" is a date
        yield Candidate(*match.span(), "case_number")
    for match in DUTCH_IBAN_SHAPE.finditer(text):
        yield Candidate(*match.span(), "iban")
    for match in MONTH_YEAR.finditer(text):
        yield Candidate(*match.span(), "date")
    for match in MONTH_RANGE.finditer(text):
        yield Candidate(*match.span("first"), "date")
        yield Candidate(*match.span("second"), "date")
    yield from _find_names_in_capitals(text)
    for match in FLOOR_AFTER_ADDRESS.finditer(text):
        yield Candidate(*match.span("floor"), "address")
    yield from _find_organisations(text)
    yield from _find_ages(text)


def _find_ages(text: str) -> Iterator[Candidate]:
    for match in AGES_IN_BRACKETS.finditer(text):
        offset = match.start("ages")
        for age in _ONE_AGE.finditer(match.group("ages")):
            yield Candidate(offset + age.start(), offset + age.end(), "age")
    for pattern in (AGE_AFTER_GENDER, YEARS_CLOSING_BRACKET, BARE_AGE_BEFORE_EN, CORRECTED_AGE,
                    ENGLISH_AGE):  # fmt: skip
        for match in pattern.finditer(text):
            yield Candidate(*match.span("age"), "age")
    for match in AGE_RANGE_IN_BRACKETS.finditer(text):
        yield Candidate(*match.span("low"), "age")
        yield Candidate(*match.span("high"), "age")


# --- whole tokens --------------------------------------------------------------------------------

# After an address's number: "55-III", "21 rood", "7-k", "77 bv", "44-zw", "188-1".
_HOUSE_SUFFIX = re.compile(
    r"(?:\s?-\s?(?:[A-Za-z]{1,2}|I{1,3}|IV|\d{1,3}|hs|bis|rood|zwart|boven|beneden|hoog)"
    r"|\s(?:hs|bis|bv|bg|rd|zw|rood|zwart|boven|beneden|I{1,3}|IV))(?![\w-])"
)
_ORGANISATION_KINDS = ("institution", "school", "employer")
# "Parnassia Kind & Jeugd", "Smit Bouw & Onderhoud", "Parnassia Dijk en Duin": the name goes on
# over "&" (or "en" between capitalised words) and the capitalised words after it.
_ORGANISATION_TAIL = re.compile(
    r"(?:\s+[A-Z][\w'’-]*)*(?:\s*&\s*|\s+en\s+(?=[A-Z]))[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:BV|B\.V\.|bv))?"
    r"|\s+(?:BV|B\.V\.|bv)(?![\w.])"
)
_TOKEN_TAIL = {
    "email": re.compile(r"[\w.+-]*\w"),
    "case_number": re.compile(r"(?:[-/][A-Za-z0-9]+)+(?![\w-])"),
}


_PARTICLE = r"(?:van\s+der|van\s+den|van\s+de|van|de|den|der|ter|ten)"
# "de Groot": a surname particle in lower case before a found capitalised surname.
_PARTICLE_BEFORE = re.compile(rf"(?:^|(?<=\s)){_PARTICLE}\s+$")
# "Noa de Wit": a particle and a capitalised surname after a found first name.
_PARTICLE_AND_SURNAME_AFTER = re.compile(rf"\s+{_PARTICLE}\s+(?P<surname>[^\W\d_][\w'’]+)")
# "Jansen-Ooms": the rest of a double surname.
_DOUBLE_NAME_TAIL = re.compile(r"-[A-Z][\w'’]+")
# "Fonteinkruid 37, 2262 PC": a word with a house number before a postcode is a street.
_NUMBER_BEFORE_POSTCODE = re.compile(
    r"\s+\d{1,5}[a-zA-Z]?(?![\w-])(?=,?\s+[1-9]\d{3}\s?[A-Za-z]{2}(?![\w-]))"
)
# "gaat naar Het Baken": a capitalised article inside a school's or institution's name.
_CAPITAL_ARTICLE_BEFORE = re.compile(r"(?<=[^\W\d_,]\s)(?:De|Het)\s+$")
_PEOPLE = ("person", "name", "known")


def _is_surname(phrase: str) -> bool:
    """ "de Groot", "van der Wal": the surname with or without its particle."""
    gazetteer = get_gazetteer()
    words = phrase.split()
    return gazetteer.is_surname(" ".join(words)) or gazetteer.is_surname(words[-1])


def _grown_person(text: str, candidate: Candidate, start_limit: int, limit: int) -> Candidate:
    start, end = candidate.start, candidate.end
    words = text[start:end].split()
    before = _PARTICLE_BEFORE.search(text[max(start_limit, start - 12) : start])
    if before and len(words) == 1 and (words[0][:1].isupper() or _is_surname(words[0])):
        start -= len(before.group())
    after = _PARTICLE_AND_SURNAME_AFTER.match(text, end)
    if after and after.end() <= limit and after.group("surname")[:1].isupper():
        end = after.end()
    double = _DOUBLE_NAME_TAIL.match(text, end)
    if double and double.end() <= limit:
        end = double.end()
    if (start, end) == (candidate.start, candidate.end):
        return candidate
    return Candidate(start, end, candidate.kind, candidate.source, candidate.label)


def extend_to_whole_tokens(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Grow each chosen span over the rest of its identifier, never into the next span."""
    extended = []
    for index, candidate in enumerate(chosen):
        limit = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
        start_limit = extended[-1].end if extended else 0
        if candidate.kind in _PEOPLE and candidate.label is None:
            street = _NUMBER_BEFORE_POSTCODE.match(text, candidate.end)
            if street and street.end() <= limit:
                extended.append(Candidate(candidate.start, street.end(), "address"))
                continue
            candidate = _grown_person(text, candidate, start_limit, limit)
        if candidate.kind in ("school", "institution"):
            article = _CAPITAL_ARTICLE_BEFORE.search(
                text[max(start_limit, candidate.start - 4) : candidate.start]
            )
            if article:
                candidate = Candidate(
                    candidate.start - len(article.group()),
                    candidate.end,
                    candidate.kind,
                    candidate.source,
                    candidate.label,
                )
        tail = None
        if candidate.kind == "address" and text[candidate.end - 1 : candidate.end].isdigit():
            tail = _HOUSE_SUFFIX.match(text, candidate.end)
        elif candidate.kind in _ORGANISATION_KINDS:
            tail = _ORGANISATION_TAIL.match(text, candidate.end)
        elif candidate.kind in _TOKEN_TAIL:
            tail = _TOKEN_TAIL[candidate.kind].match(text, candidate.end)
        if tail and tail.end() > candidate.end and tail.end() <= limit:
            candidate = Candidate(
                candidate.start, tail.end(), candidate.kind, candidate.source, candidate.label
            )
        extended.append(candidate)
    return extended
