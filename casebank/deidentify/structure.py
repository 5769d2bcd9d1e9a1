"""Rules on how identifiers are written in documents (fifth round of issue 12).

Each rule reads a form, not a list of strings seen: an organisation named with its place
("Rechtbank Den Haag"), a name carried on by a business word or an "&" ("Bouzid & Van Leeuwen
Advocaten", "Gebr. Vreugdenhil"), the value of a form field ("School: Lentiz"), a surname written
first in capitals ("DE WINTER, Sterre"), a handle built on a found name ("yara.dxx"), a bare
age after a name ("sara 14,", "(15, ISW …)"), and form field labels that are never names
("Mutatienummer:", "Geboortedatum:").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import lexicon
from .candidates import Candidate
from .vocabulary import H10_MUNICIPALITIES

# Words that make a capitalised run an organisation when a place follows ("Rechtbank Den
# Haag", "Politie Eenheid Den Haag", "Jeugdhulp Pleegzorg Den Haag"). Each is a domain word on
# its own; with a place it names one office.
ORGANISATION_HEADS = (
    "Rechtbank", "Gerechtshof", "Kantongerecht", "Politie", "Politiebureau", "Eenheid",
    "Pleegzorg", "Jeugdhulp", "Jeugdzorg", "Brandweer", "Huisartsenpost", "Ziekenhuis",
    "Wijkteam", "Moskee", "Kerk", "Parochie", "Bibliotheek", "Sportclub",
)  # fmt: skip
_HEADS = "|".join(ORGANISATION_HEADS)
_PLACE = r"(?:(?:'s-|’s-|Den\s+|De\s+|Ter\s+|Ten\s+)?[A-Z][\w'’]*(?:[- ][A-Z][\w'’]*)?)"
ORGANISATION_AT_PLACE = re.compile(
    rf"(?<![\w-])(?P<org>(?:(?:{_HEADS})\s+){{1,3}})(?P<place>{_PLACE})(?![\w-])"
)
HEAD_AFTER = re.compile(rf"(?:\s+(?:{_HEADS}))+(?![\w-])")

# "Warsame Taxi", "Van Leeuwen Advocaten": a business word after a found name.
BUSINESS_AFTER = re.compile(
    r"\s+(?:Taxi|Transport|Advocaten|Advocatuur|Notarissen|Bouw|Schoonmaak|Schoonmaakbedrijf|"
    r"Installatie|Installatietechniek|Logistiek|Catering|Makelaardij|Groenten|Bloemen|Kwekerij|"
    r"Loodgieters|Schilders|Verhuizingen|Koeriers|Beveiliging|Familierecht|Accountants)(?![\w-])"
)
# "Gebr. Vreugdenhil", "Fa. Jansen": an abbreviation of a firm before a name.
FIRM_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:Gebr|Gebroeders|Fa|Firma|Wed)\.?\s+$")
FIRM_AT_END = re.compile(r"(?:Gebr|Fa|Firma|Wed|Zn)$")
JOINER = re.compile(r"\s*&\s*|\s+en\s+Zn\.?\s*|\.\s*")

# "School: Lentiz Naaldwijk, klas 4", "WERKGEVER: RIJKSWATERSTAAT": the value of a form field.
_FIELD_KINDS = {
    "school": "school",
    "werkgever": "employer",
    "employer": "employer",
    "instelling": "institution",
    "zorgaanbieder": "institution",
    "behandelaar": "institution",
    "kinderopvang": "school",
}
FIELD_VALUE = re.compile(
    r"(?<![\w-])(?P<field>(?i:school|werkgever|employer|instelling|zorgaanbieder|kinderopvang))"
    r"\s*:\s*(?P<value>(?:[A-Z0-9][\w'’&.-]*)(?:\s+(?:(?:van|de|der|den|het|'t|en|&)\s+)*"
    r"[A-Z0-9][\w'’&.-]*){0,4})"
)
# A token right before ":" that is the label of a field, not a name.
FIELD_LABEL = re.compile(
    r"(?i:[a-zà-ÿ]*(?:nummer|datum|naam|adres|nr|kenmerk|referentie|telefoon|geboren|plaats|"
    r"leeftijd|woonplaats|betreft|onderwerp|verzoeker|verzoekster|verweerder|verweerster|"
    r"belanghebbende|aanvrager))(?=\s*:)"
)

# "DE WINTER, Sterre": a surname in capitals written before the first name.
CAPITAL_SURNAME_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][A-Z'’-]+\s+){0,3}[A-Z][A-Z'’-]+,\s+$")
_FIELD_WORDS = frozenset(
    {"CLIENT", "OUDER", "KIND", "NAAM", "MOEDER", "VADER", "ADRES", "TEL", "BSN", "EMAIL",
     "SCHOOL", "VERWIJZER", "HUISARTS", "WERKGEVER", "RE", "BETREFT", "AAN", "VAN", "CC"}
)  # fmt: skip

# "yara.dxx", "mo.nootdorp", "lieke.x.dl": a handle made of a found name and dotted parts.
HANDLE_TAIL = re.compile(r"(?:[._][a-z0-9_]+)+(?![\w@.-])")
_WEB_ENDINGS = frozenset({"nl", "com", "org", "net", "be", "eu", "info", "de", "uk"})

# Bare ages written after a name.
_AGE = r"(?P<age>\d{1,2})"
AGE_AFTER_NAME = (
    # "sara 14,", "imran 5 mnd."
    re.compile(
        r",?\s+(?P<age>\d{1,2}(?:\s+(?:mnd|maanden|jr|jaar))?)(?=\s*(?:[,;)]|\.(?!\d)|\s+en\b|$))"
    ),
    re.compile(rf"\s*\(\s*{_AGE}\s*(?:,|\s+toen\b|\s+jaar\b|\s+jr\b)"),  # "(15, ISW", "(7 toen)"
    re.compile(  # "Iris is trouwens 9"
        rf"\s+(?:is|was|wordt|werd)\s+(?:trouwens|nu|al|pas|net|inmiddels|bijna|ongeveer|"
        rf"sinds kort)\s+{_AGE}(?=\s*[,.;)]|\s+en\b|\s*$)"
    ),
)
AGE_ANYWHERE = re.compile(
    r"\b(?i:toen|als|sinds|tot)\s+(?:ik|hij|zij|ze|je|we|wij)\s+(?P<age>\d{1,2})\s+(?:was|werd|"
    r"is|ben|waren|werden)\b"
    r"|\b(?i:leeftijd)\s*:\s*(?P<age2>\d{1,2}(?:\s*(?:jr|jaar)\.?(?:\s+\d{1,2}\s*(?:mnd|maanden))?)?)"
    r"|\b(?:age|aged)\s+(?P<age4>\d{1,2})\b"
)
# A number after a name that is not an age: "Bijlage 3", "groep 6", "nummer 12".
_NOT_AFTER = re.compile(
    r"(?i:bijlage|groep|klas|stap|fase|week|nummer|nr|kamer|bus|lijn|hoofdstuk|artikel|"
    r"product|versie|punt|doel)$"
)


def find_structured(text: str, gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    """Proposals that need no other finding: organisations at a place, field values, ages."""
    municipalities = {name.lower() for name in H10_MUNICIPALITIES}
    for match in ORGANISATION_AT_PLACE.finditer(text):
        place = match.group("place")
        # "Rechtbank Den Haag Datum:": the place may be shorter than the capitalised run.
        for length in (len(place), place.rfind(" ")):
            lowered = " ".join(place[:length].lower().split())
            if length > 0 and (lowered in municipalities or gazetteer.is_place(lowered)):
                end = match.start("place") + length
                yield Candidate(match.start(), end, "institution", "form")
                break
    for match in FIELD_VALUE.finditer(text):
        value = match.group("value").rstrip(".-&")
        kind = _FIELD_KINDS[match.group("field").lower()]
        if value.lower() not in gazetteer.protected_words:
            start = match.start("value")
            yield Candidate(start, start + len(value), kind, "form")
    for match in AGE_ANYWHERE.finditer(text):
        for group in ("age", "age2", "age4"):
            if match.group(group):
                yield Candidate(*match.span(group), "age")


def after_found(text: str, found: list[Candidate], gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    """Proposals that grow from a finding: the rest of an organisation's name, a surname in
    capitals before a first name, a handle around a name, a bare age after a name."""
    for candidate in found:
        if candidate.kind in ("institution", "employer", "school"):
            head = HEAD_AFTER.match(text, candidate.end)
            if head:
                yield Candidate(candidate.start, head.end(), candidate.kind, "form")
        if candidate.kind not in ("person", "known", "name"):
            continue
        business = BUSINESS_AFTER.match(text, candidate.end)
        if business:
            yield Candidate(candidate.start, business.end(), "employer", "form")
        firm = FIRM_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        if firm:
            yield Candidate(firm.start(), candidate.end, "employer", "form")
        surname = CAPITAL_SURNAME_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        if surname and not set(re.findall(r"[A-Z'’-]+", surname.group())) & _FIELD_WORDS:
            yield Candidate(surname.start(), candidate.end, "person")
        handle = HANDLE_TAIL.match(text, candidate.end)
        if (
            handle
            and candidate.start > 0
            and not text[candidate.start - 1].isalnum()
            and handle.group().rsplit(".", 1)[-1] not in _WEB_ENDINGS
        ):
            yield Candidate(candidate.start, handle.end(), "account")
        surname = LOWER_CASE_SURNAME.match(text, candidate.end)
        if (
            surname
            and text[candidate.start].islower()
            and not lexicon.is_word(surname.group("surname"))
            and not gazetteer.is_word(surname.group("surname"))
        ):  # "fatima ouali": a lower-case name goes on with a lower-case word that is no word
            yield Candidate(candidate.start, surname.end(), "person")
        yield from _ages_after(text, candidate, gazetteer)


def _ages_after(text: str, person: Candidate, gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    if _NOT_AFTER.search(text[person.start : person.end]):
        return
    for pattern in AGE_AFTER_NAME:
        match = pattern.match(text, person.end)
        if match and int(re.match(r"\d+", match.group("age")).group()) <= 25:
            yield Candidate(*match.span("age"), "age")
            return


def without_field_labels(text: str, candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """A guessed span never holds the label of a form field ("Hassani Geboortedatum:")."""
    for candidate in candidates:
        if candidate.source == "known" or candidate.kind in ("email", "url", "account"):
            yield candidate
            continue
        label = None
        for match in FIELD_LABEL.finditer(text, candidate.start, candidate.end):
            if match.end() == candidate.end or text[match.end()] == ":":
                label = match
                break
        if label is None:
            yield candidate
            continue
        start, end = candidate.start, label.start()
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start:
            yield Candidate(start, end, candidate.kind, candidate.source, candidate.label)


ORGANISATION_KINDS = ("institution", "employer", "school")


BUSINESS_AT_END = re.compile(BUSINESS_AFTER.pattern + "$")
LOWER_CASE_SURNAME = re.compile(r" (?P<surname>[a-z][a-z'’-]{2,})(?![\w-])")


def join_organisations(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "Bouzid & Van Leeuwen Advocaten", "Kwekerij Gebr. Vreugdenhil": findings joined by "&"
    or an abbreviation's full stop are one name when one of them is an organisation."""
    merged: list[Candidate] = []
    for candidate in chosen:
        previous = merged[-1] if merged else None
        if (
            previous
            and (
                previous.kind in ORGANISATION_KINDS
                or candidate.kind in ORGANISATION_KINDS
                or BUSINESS_AT_END.search(text[candidate.start : candidate.end])
            )
            and previous.kind not in ("email", "phone", "url", "postcode", "date", "age")
            and candidate.kind not in ("email", "phone", "url", "postcode", "date", "age")
            and JOINER.fullmatch(text[previous.end : candidate.start])
            and ("&" in text[previous.end : candidate.start]
                 or FIRM_AT_END.search(text[previous.start : previous.end]))
        ):  # fmt: skip
            kinds = [k for k in (previous.kind, candidate.kind) if k in ORGANISATION_KINDS]
            kind = kinds[0] if kinds else "employer"
            merged[-1] = Candidate(previous.start, candidate.end, kind, previous.source)
        else:
            merged.append(candidate)
    return merged
