"""The H10 gazetteer: districts, neighbourhoods and villages, read from ``data/h10_places.json``.

Names are matched case-insensitively ("moerwijk", "DEN HOORN"), with any run of spaces between
their words and an optional compass suffix ("Schilderswijk-Noord", "Delft-Zuid"). Names that are
also everyday words (``ordinary_words`` in the data file: "Monster", "Centrum", "Dorp", "Laak",
...) count only when capitalised and not at the start of a sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from . import lexicon
from .candidates import Candidate, is_sentence_start
from .vocabulary import H10_MUNICIPALITIES

DATA = Path(__file__).parent / "data" / "h10_places.json"
COMPASS = r"(?:[-\s](?:Noord|Zuid|Oost|West|Midden|Centrum|Buiten))?"


@cache
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def h10_places() -> tuple[str, ...]:
    """Every listed district, neighbourhood and village, and the listed neighbouring places
    just outside the H10, without the H10 municipalities themselves."""
    municipalities = {name.lower() for name in H10_MUNICIPALITIES}
    groups = [*_data()["municipalities"].values(), *_data().get("neighbours", {}).values()]
    names = {
        name
        for parts in groups
        for names in (parts.values() if isinstance(parts, dict) else [parts])
        for name in names
    }
    return tuple(sorted(name for name in names if name.lower() not in municipalities))


@cache
def ordinary_word_places() -> frozenset[str]:
    return frozenset(_data()["ordinary_words"])


# "'s-Gravenzande" is also written "s-Gravenzande", "’s Gravenzande" or "s-gravenzande".
_GENITIVE_S = re.compile(r"^['’‘`]s[-\s]")


def _alternatives(names: list[str]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(_name_pattern(name) for name in ordered)


def _name_pattern(name: str) -> str:
    if _GENITIVE_S.match(name):
        rest = name[3:]
        return r"['’‘`]?s[-\s]" + r"\s+".join(map(re.escape, rest.split()))
    return r"\s+".join(map(re.escape, name.split()))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ordinary = ordinary_word_places()
    plain = [name for name in h10_places() if name not in ordinary]
    any_case = re.compile(
        rf"(?<![\w'’-])(?:{_alternatives(plain)}){COMPASS}(?![\w-])", re.IGNORECASE
    )
    exact = re.compile(rf"(?<![\w'’-])(?:{_alternatives(sorted(ordinary))}){COMPASS}(?![\w-])")
    # A municipality with a compass suffix is a part of it, and identifies more: "Delft-Zuid".
    parts = re.compile(
        rf"(?<![\w'’-])(?:{_alternatives(list(H10_MUNICIPALITIES))})"
        r"-(?:Noord|Zuid|Oost|West|Midden|Centrum|Buiten)(?![\w-])",
        re.IGNORECASE,
    )
    return any_case, exact, parts


def find_h10_places(text: str) -> Iterator[Candidate]:
    any_case, exact, parts = _patterns()
    for match in any_case.finditer(text):
        yield Candidate(match.start(), match.end(), "place", "list")
    for match in parts.finditer(text):
        yield Candidate(match.start(), match.end(), "place", "list")
    for match in exact.finditer(text):
        if not is_sentence_start(text, match.start()):
            yield Candidate(match.start(), match.end(), "place", "list")
    # "moeder Samira in laak", "zit in zuiderpark": a listed name that is also a word, in lower
    # case right after a preposition of place with no article, unless it is a common word in
    # the plural ("in kampen verdeeld").
    for match in _lower_after_bare_locative().finditer(text):
        place = match.group("place")
        last = place.split()[-1]
        plural_word = last.endswith(("en", "s")) and lexicon.is_word(last)
        if place.islower() and not plural_word:
            yield Candidate(match.start("place"), match.end("place"), "place", "list")
    # "wonen in de transvaal": a listed name that is also a word, in lower case after "in de",
    # when it is no common Dutch word ("in de centrum" is no Dutch, "in de dorp" neither).
    for match in _lower_after_locative().finditer(text):
        place = match.group("place")
        if place.islower() and not lexicon.is_word(place.split()[-1]):
            yield Candidate(match.start("place"), match.end("place"), "place", "list")


@cache
def _lower_after_bare_locative() -> re.Pattern[str]:
    names = _alternatives(sorted(ordinary_word_places()))
    return re.compile(
        rf"\b(?:in|uit|naar|vanuit|te|richting|woont|wonen)\s+(?P<place>(?:{names}))(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _lower_after_locative() -> re.Pattern[str]:
    names = _alternatives(sorted(ordinary_word_places()))
    return re.compile(
        rf"\b(?:in|uit|naar|bij|vanuit)\s+de\s+(?P<place>(?:{names}))(?![\w-])", re.IGNORECASE
    )


# "geboren te Leiden", "vluchtten uit Charkiv", "woont in Paramaribo": a capitalised word
# after a preposition of place, inside a sentence, is a place unless it is a word of the
# language or of the domain.
_MUNICIPALITY = re.compile(
    "|".join(r"\s+".join(map(re.escape, name.split())) for name in H10_MUNICIPALITIES),
    re.IGNORECASE,
)
AFTER_LOCATIVE = re.compile(
    r"\b(?:in|te|uit|naar|vanuit|nabij|richting|verhuisd\s+naar|geboren\s+in)\s+"
    r"(?P<place>[A-Z][\w'’]+(?:[-\s][A-Z][\w'’]+)?)(?![\w-])"
)


# "geboren 1 januari 2009 te Keren": a place of birth is a place even when it is also a word.
BIRTHPLACE = re.compile(
    r"\bgeboren\b[^.\n]{0,40}?\b(?:te|in)\s+(?P<place>[A-Z][\w'’]+(?:[-\s][A-Z][\w'’]+)?)"
    r"(?![\w-])"
)


def find_places_after_prepositions(text: str, gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    for match in BIRTHPLACE.finditer(text):
        place = match.group("place")
        if place.lower() not in gazetteer.stop_words and not _MUNICIPALITY.fullmatch(place):
            yield Candidate(match.start("place"), match.end("place"), "place")
    for match in AFTER_LOCATIVE.finditer(text):
        place = match.group("place")
        parts = re.split(r"[-\s]", place)
        first = parts[0]
        if first.lower() in gazetteer.stop_words:
            continue
        if place.isupper() and len(place) <= 5:
            continue  # "naar BSO", "naar MDO": an abbreviation, not a place
        # "Lage Zwaluwe": a word before a name that is none is part of the place.
        if gazetteer.is_word(first) and (len(parts) == 1 or gazetteer.is_word(parts[-1])):
            continue
        if gazetteer.is_first_name(first) and not gazetteer.is_place(place):
            continue  # "in Sandra's huis" is no place
        if _MUNICIPALITY.fullmatch(place):
            continue  # a municipality is found, and kept or generalised, as one
        yield Candidate(match.start("place"), match.end("place"), "place")
