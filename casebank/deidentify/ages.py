"""Ages, and the age bands they are generalised to.

"9 jaar" is also how Dutch writes a duration ("al 9 jaar getrouwd"), so a number of years only
counts as an age with a cue: "oud", brackets after a name, a copula ("is 9 jaar"), a person noun
("een meisje van 14") or the "-jarige" form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate

_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}  # fmt: skip
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip


def _number_words() -> dict[str, int]:
    words = {**_UNITS, **_TEENS, **_TENS}
    for unit, unit_value in _UNITS.items():
        for tens, tens_value in _TENS.items():
            # "tweeëntwintig": a unit ending in e takes a diaeresis, but people also omit it.
            for joiner in ("en", "ën"):
                words[f"{unit}{joiner}{tens}"] = unit_value + tens_value
    return words


NUMBER_WORDS = _number_words()
NUMBER = (
    r"(?:\d{1,2}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
)
_YEARS = r"(?:jaar|jr\.?)"
# A half year is written "1,5" or "2.5".
NUMBER_OR_HALF = rf"(?:\d{{1,2}}[,.]5|{NUMBER})"

JARIG_FORM = re.compile(rf"(?<![\w-])(?P<age>{NUMBER}[-\s]?(?:jarige|jarig))(?![\w-])", re.I)
YEARS_OLD = re.compile(
    rf"(?<![\w,.-])(?P<age>{NUMBER_OR_HALF}\s+(?:{_YEARS}|maanden|maand|weken)\s+oud)(?![\w-])",
    re.I,
)
IN_BRACKETS = re.compile(
    rf"(?<=[^\W\d_])\s?\(\s*(?:(?:bijna|ruim|net|pas|ca\.?|ongeveer)\s+)?"
    rf"(?P<age>(?:\d{{1,2}}(?:[,.]5)?|{'|'.join(sorted(_TEENS | _UNITS, key=len, reverse=True))})"
    rf"(?:\s*(?:{_YEARS}|maanden|maand|mnd|weken))?)\s*\)",
    re.I,
)
# "beiden 14", "allebei 9 jaar", "de jongste is 3": an age with no person noun before it.
AFTER_BOTH = re.compile(
    rf"\b(?:beiden|allebei|beide|allen|alle\s+drie|alle\s+twee)\s+(?P<age>{NUMBER}(?:[,.]5)?"
    rf"(?:\s+(?:{_YEARS}|maanden))?)(?=\s*(?:$|[.,;:!?)(]|en\b|jaar\b))",
    re.I,
)
AFTER_RANK = re.compile(
    r"\b(?:de\s+)?(?:oudste|jongste|middelste|tweede|derde)\s+(?:is|was|wordt|werd)\s+"
    rf"(?:(?:nu|pas|net|al|bijna)\s+)?(?P<age>{NUMBER}(?:[,.]5)?(?:\s+(?:{_YEARS}|maanden))?)"
    r"(?![\w-])",
    re.I,
)
# "Nora Bakker, 16 jaar, woont ...", "Donovan, 13 jr,": an age in apposition to a name.
AGE_IN_APPOSITION = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=\))),\s+(?P<age>\d{{1,2}}(?:[,.]5)?\s+(?:{_YEARS}|maanden))(?=\s*[,.;)])",
    re.I,
)
# "haar broer Sky, 4, woont ...": a bare number between commas right after a capitalised word.
_SECTION_WORDS = (
    r"Bijlage|Hoofdstuk|Groep|Klas|Kamer|Pagina|Artikel|Stap|Week|Fase|Niveau|Punt|"
    r"Versie|Nummer|Bus|Lijn|Route|Tram|Paragraaf|Vraag|Bladzijde|Huisnummer|Straat"
)
SECTION_WORD_AT_END = re.compile(rf"\b(?:{_SECTION_WORDS})$", re.IGNORECASE)
BARE_AGE_AFTER_NAME = re.compile(
    rf"\b(?!(?:{_SECTION_WORDS})\b)[A-Z][a-z'’-]+,\s+(?P<age>\d{{1,2}})(?=\s*[,)])"
)
# "1,5 jaar oud", "2,5 jaar": a half year is always an age.
HALF_YEARS = re.compile(rf"(?<![\w,.-])(?P<age>\d{{1,2}}[,.]5\s+(?:{_YEARS}))(?![\w-])", re.I)
AFTER_COPULA = re.compile(
    r"\b(?:is|was|wordt|werd|ben|bent|word|zijn|waren|worden|werden)\s+"
    r"(?:(?:nu|pas|al|inmiddels|toen|zelf|ook|dan|nog|maar)\s+)*"
    r"(?P<age>(?:(?:bijna|ruim|ongeveer|net|pas)\s+)?"
    rf"{NUMBER_OR_HALF}(?:\s+(?:{_YEARS}|maanden|maand|mnd\.?|weken))?)(?![\w-]|[,.]\d)",
    re.I,
)
# The paediatric notation years;months: "2;6" is two and a half.
PAEDIATRIC = re.compile(r"(?<![\w;,.:/])(?P<age>\d{1,2};(?:1[01]|\d))(?![\w;]|[,.]\d)")
# An age listed after another one: "Anas is 12, Ziyad 9 en de jongste 3", "zijn 9 en 6",
# "Mila is zes, Vince negen maanden".
_NEXT_IN_LIST = re.compile(
    r"\s*(?:,|\ben\b)\s*(?:(?:de\s+)?(?:oudste|jongste|middelste)\s+|"
    r"[A-Z][\w'’-]+\s+|(?:zijn|haar|hun)\s+[a-z]+\s+|[a-z][\w'’-]+\s+(?=\d))?"
    r"(?:(?:is|wordt)\s+)?"
    rf"(?P<age>(?:(?:bijna|ruim|net)\s+)?{NUMBER_OR_HALF}(?:\s+(?:{_YEARS}|maanden|maand|mnd\.?|weken))?)"
    r"(?=\s*(?:$|[.,;:!?)(]|en\b|\())",
    re.I,
)
MAX_LISTED_AGES = 5
# "Ibrahim van 6 jaar", "een vriend, Dylan, van 19.": a capitalised word, "van" and a number
# with its unit, or a bare number that ends the clause.
AFTER_NAME = re.compile(
    rf"\b[A-Z][\w'’-]+,?\s+van\s+(?P<age>{NUMBER}\s+(?:{_YEARS}|maanden|weken)(?:\s+oud)?"
    rf"|{NUMBER}(?=\s*[.,;:!?)]|\s+(?:is|was|en|heeft|had|woont|zit|zat|gaat|ging|komt|kwam|"
    r"zegt|zei|wil|wilde|speelt|slaapt)\b))(?![\w-])"
)
# Words for people, to recognise an age standing next to one inside brackets or after a list.
PERSON_WORD = re.compile(
    r"\b(?:[a-z]*(?:broer|broertje|zus|zusje|zoon|dochter|vriend|vriendje|vriendin|"
    r"vriendinnetje|buurman|buurvrouw|buurjongen|buurmeisje|oom|tante|neef|neefje|nicht|nichtje|"
    r"moeder|vader|opa|oma|partner|kind|kindje|jongen|meisje|baby|cliënt|pupil|ouder|man|vrouw|"
    r"stiefvader|stiefmoeder|tweeling|ex)s?|ex-\w+|hij|zij)\b",
    re.I,
)
# "(vriendje, 19)", "(72, buurman)", "(broer, 20)": an age and a word for a person in brackets.
AGE_WITH_PERSON_IN_BRACKETS = re.compile(
    r"\((?P<pre>[^()\d\n]{2,40},\s*)?(?P<age>\d{1,2})(?:\s*(?:jaar|jr\.?))?"
    r"(?P<post>\s*,\s*[^()\d\n]{2,40})?\)",
    re.I,
)
# "kinderen: 4, 7 en 12", "leeftijden: 3 en 5": the first age of a list after its heading.
AGES_AFTER_HEADING = re.compile(
    r"\b(?:kinderen|kids|leeftijden|leeftijd|zonen|dochters|broers|zussen|jongens|meisjes|"
    r"broertjes|zusjes)\s*(?:\([^()\n]{0,30}\))?\s*:\s*"
    rf"(?P<age>{NUMBER_OR_HALF}(?:\s+(?:{_YEARS}|maanden))?)(?=\s*(?:,|\ben\b|[.;)]|$))",
    re.I,
)
# "jongens van 18 en 19", "kinderen van 4 en 7": a group; a noun after the number makes it a
# count ("kinderen van 3 gezinnen").
AFTER_GROUP_NOUN = re.compile(
    r"\b(?:jongens|meisjes|mannen|vrouwen|kinderen|kids|broers|zussen|zonen|dochters|"
    r"vrienden|vriendinnen|jongeren|pubers|tieners)\s+van\s+(?:ongeveer\s+|rond\s+|bijna\s+)?"
    rf"(?P<age>{NUMBER}(?:\s+(?:{_YEARS}|maanden))?)(?![\w-])",
    re.I,
)
AFTER_PERSON_NOUN = re.compile(
    r"\b(?P<noun>meisje|meid|jongen|knul|zoon|dochter|kind|kindje|broer|broertje|zus|zusje|"
    r"baby|puber|tiener|peuter|kleuter|jongere|jeugdige|cliënt|tweeling|moeder|vader|ouder|"
    r"vriend|vriendje|vriendin|vriendinnetje|buurjongen|buurmeisje|neef|neefje|nicht|nichtje|"
    r"halfbroer|halfzus|stiefbroer|stiefzus|jongeman|"
    r"man|vrouw|oma|opa|hij|zij|ze|leeftijd)\s+van\s+(?:ongeveer\s+|bijna\s+|ruim\s+|net\s+)?"
    rf"(?P<age>{NUMBER}(?:\s+(?:{_YEARS}|maanden|weken))?)(?![\w-])",
    re.I,
)
ORDINAL_AGE = re.compile(
    r"\b(?:op|sinds|vanaf|rond|tot|na|voor)\s+(?:zijn|haar|hun|z'n|d'r)\s+"
    r"(?P<age>\d{1,2}(?:e|ste|de))(?![\w-])",
    re.I,
)

# After a bare number the sentence must go on without a noun: "werd twaalf op 9 februari" is an
# age, "zijn drie kinderen" is not.
# A function word or verb may follow; a noun ("drie kinderen") makes the number a count.
_BARENUMBER_FOLLOWERS = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:en|of|maar|dus|toen|want|omdat|als|die|dat|op|in|uit|met|bij|naar|"
    r"zonder|voor|na|aan|sinds|geworden|oud|is|was|wordt|werd|heeft|had|woont|woonde|zit|zat|"
    r"gaat|ging|kwam|komt|zegt|zei|wil|wilde|moet|kan|mag)\b)",
    re.I,
)
# "N jaar" is also a duration ("is 3 jaar geleden", "is drie maanden betrokken"), so after a
# copula or "van" only these may follow it.
_AGE_UNIT_FOLLOWERS = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:oud|en|toen|als|geworden|maar|dus|of|met|uit|die|dat|is|was|"
    r"heeft|had|woont|woonde|zit|zat|gaat|ging|kwam|komt|zegt|zei|wil|wilde)\b)",
    re.I,
)
_PARENT_NOUNS = frozenset({"moeder", "vader", "ouder", "oma", "opa", "man", "vrouw"})
_MEASURE_AFTER = re.compile(r"\s*(?:kilo|kg|cm|centimeter|meter|euro|procent|%)", re.I)

AGE_BANDS = ((0, 3), (4, 5), (6, 11), (12, 17), (18, 22))
ADULT_BAND = "23+"


def _find_cued_ages(text: str) -> Iterator[Candidate]:
    for pattern in (JARIG_FORM, YEARS_OLD, IN_BRACKETS, ORDINAL_AGE, AFTER_NAME, AFTER_BOTH,
                    AFTER_RANK, AGE_IN_APPOSITION, HALF_YEARS, BARE_AGE_AFTER_NAME):  # fmt: skip
        for match in pattern.finditer(text):
            yield Candidate(*match.span("age"), "age")
    for match in AFTER_COPULA.finditer(text):
        if _continues_like_an_age(match):
            yield Candidate(*match.span("age"), "age")
    for match in AFTER_PERSON_NOUN.finditer(text):
        if _is_age_after_person_noun(match):
            yield Candidate(*match.span("age"), "age")
    for match in AGE_WITH_PERSON_IN_BRACKETS.finditer(text):
        words = (match.group("pre") or "") + (match.group("post") or "")
        if words and PERSON_WORD.search(words):
            yield Candidate(*match.span("age"), "age")
    for match in AGES_AFTER_HEADING.finditer(text):
        yield Candidate(*match.span("age"), "age")
    for match in AFTER_GROUP_NOUN.finditer(text):
        if not _MEASURE_AFTER.match(text, match.end("age")) and _continues_like_an_age(match):
            yield Candidate(*match.span("age"), "age")


# "juf Wendelien: Vos, roepnaam vossie, 10, woont ...": a bare number between commas (or before a
# bracket) right after a name found by any detector.
BARE_NUMBER_AFTER = re.compile(r",\s+(?P<age>\d{1,2})(?=\s*[,)])")


def ages_after_people(text: str, people: list[Candidate]) -> Iterator[Candidate]:
    for person in people:
        match = BARE_NUMBER_AFTER.match(text, person.end)
        if match and not SECTION_WORD_AT_END.search(text[person.start : person.end]):
            yield Candidate(*match.span("age"), "age")


def find_ages(text: str) -> Iterator[Candidate]:
    found = list(_find_cued_ages(text))
    for match in PAEDIATRIC.finditer(text):
        found.append(Candidate(*match.span("age"), "age"))
    yield from found
    frontier = found
    for _ in range(MAX_LISTED_AGES):
        listed = [
            Candidate(*match.span("age"), "age")
            for age in frontier
            if (match := _NEXT_IN_LIST.match(text, age.end)) is not None
        ]
        yield from listed
        frontier = listed


def age_label(original: str) -> str:
    """The band label for one age mention, keeping the "-jarige" form when it was used."""
    years = _years(original)
    band = _band(years) if years is not None else "leeftijd"
    lowered = original.lower()
    if lowered.endswith("jarige"):
        return f"[{band}-jarige]"
    if lowered.endswith("jarig"):
        return f"[{band}-jarig]"
    return f"[{band} jaar]" if years is not None else "[leeftijd]"


_QUALIFIER = re.compile(r"^(?:bijna|ruim|ongeveer|net|pas)\s+", re.I)


def _has_unit(match: re.Match[str]) -> bool:
    age = _QUALIFIER.sub("", match.group("age"))
    return age != _leading_number(age)


def _continues_like_an_age(match: re.Match[str]) -> bool:
    rest = match.string[match.end("age") :]
    if _has_unit(match):
        return _AGE_UNIT_FOLLOWERS.match(rest) is not None
    return _BARENUMBER_FOLLOWERS.match(rest) is not None


def _is_age_after_person_noun(match: re.Match[str]) -> bool:
    """ "een meisje van 14" is an age; "een moeder van 3 kinderen" is a count."""
    if _MEASURE_AFTER.match(match.string, match.end("age")):
        return False
    if match.group("noun").lower() not in _PARENT_NOUNS or _has_unit(match):
        return True
    value = _years(match.group("age"))
    return value is not None and value >= 12 and _continues_like_an_age(match)


def _leading_number(text: str) -> str:
    found = re.match(NUMBER, text, re.I)
    return found.group() if found else text


def _years(original: str) -> int | None:
    lowered = _QUALIFIER.sub("", original.lower())
    if ";" in lowered:
        return int(lowered.split(";")[0])  # "2;6": years;months
    number = _leading_number(lowered)
    value = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if value is None:
        digits = re.match(r"\d{1,2}", lowered)
        value = int(digits.group()) if digits else None
    if value is not None and re.search(r"maand|mnd|week|weken", lowered):
        return 0
    return value


def _band(years: int) -> str:
    for low, high in AGE_BANDS:
        if low <= years <= high:
            return f"{low}-{high}"
    return ADULT_BAND
