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


def _alternatives(names: list[str]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, name.split())) for name in ordered)


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
    # "wonen in de transvaal": a listed name that is also a word, in lower case after "in de",
    # when it is no common Dutch word ("in de centrum" is no Dutch, "in de dorp" neither).
    for match in _lower_after_locative().finditer(text):
        place = match.group("place")
        if place.islower() and not lexicon.is_word(place.split()[-1]):
            yield Candidate(match.start("place"), match.end("place"), "place", "list")


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


def find_places_after_prepositions(text: str, gazetteer) -> Iterator[Candidate]:  # noqa: ANN001
    for match in AFTER_LOCATIVE.finditer(text):
        place = match.group("place")
        first = place.split()[0].split("-")[0]
        if gazetteer.is_word(first) or first.lower() in gazetteer.stop_words:
            continue
        if gazetteer.is_first_name(first) and not gazetteer.is_place(place):
            continue  # "in Sandra's huis" is no place
        if _MUNICIPALITY.fullmatch(place):
            continue  # a municipality is found, and kept or generalised, as one
        yield Candidate(match.start("place"), match.end("place"), "place")
