"""deduce's annotations, translated to our kinds and cleaned of its habits.

deduce was built for medical records. In our texts it glues a title or role to the name
("Gezinscoach Petra Jansen"), merges names across a full stop ("Bas. Roos"), and calls every
location "locatie"; the functions here undo or refine that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import Candidate, is_sentence_start, strip_span
from .gazetteer import get_gazetteer
from .model import get_deduce
from .patterns import MUNICIPALITY, POSTCODE
from .vocabulary import TITLES

TAG_KINDS = {
    "persoon": "person",
    "patient": "person",
    "locatie": "place",
    "ziekenhuis": "institution",
    "zorginstelling": "institution",
    "datum": "date",
    "leeftijd": "age",
    "bsn": "bsn",
    "id": "id_number",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "url": "url",
}
_TITLE_WORDS = "|".join(re.escape(title) for title in sorted(TITLES, key=len, reverse=True))
LEADING_TITLE = re.compile(rf"(?:{_TITLE_WORDS})(?:\s+|(?<=\.))", re.IGNORECASE)
LOWER_CASE_PARTICLE = re.compile(r"(?:van|uit|in|te|naar)\s+")
# A full stop after a word of two or more letters ends a sentence; after one letter it marks an
# initial ("J. Bakker") and the name goes on.
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+")
POSTCODE_THEN_PLACE = re.compile(rf"(?P<postcode>{POSTCODE.pattern})\s+(?P<place>.+)", re.DOTALL)
# Without a house number only the unmistakable street words count; "-burg" or "-dijk" is as often
# a village (Honselersdijk).
STREET_NAME = re.compile(
    r"[\w'’-]*?(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|pad|hof)", re.IGNORECASE
)


def find_with_deduce(text: str) -> Iterator[Candidate]:
    document = get_deduce().deidentify(text, disabled={"redactor"})
    for annotation in document.annotations:
        kind = TAG_KINDS.get(annotation.tag, "id_number")
        start, end = annotation.start_char, annotation.end_char
        if kind == "person":
            yield from _person_parts(text, start, end)
        elif kind == "place":
            for part_start, part_end in _split_at_sentence_breaks(text, start, end):
                yield from _location_parts(text, part_start, part_end)
        elif kind == "age":
            continue  # deduce's age rule fits medical notes; ours covers "9-jarige", "van 14"
        else:
            yield Candidate(int(start), int(end), kind, "deduce")


def _person_parts(text: str, start: int, end: int) -> Iterator[Candidate]:
    for part_start, part_end in _split_at_sentence_breaks(text, start, end):
        part_start = _skip_titles(text, part_start, part_end)
        part_start = _skip_opening_word(text, part_start, part_end)
        part_start, part_end = strip_span(text, part_start, part_end)
        part_start, part_end = _without_function_words(text, part_start, part_end)
        if part_start >= part_end or _is_sentence_initial_word(text, part_start, part_end):
            continue
        yield _person_or_place(text, part_start, part_end)


_SPAN_WORD = re.compile(r"\S+")


def _without_function_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut lower-case function words off a name deduce found: "Aisha op de" -> "Aisha".

    A name keeps its particles inside ("Sem van Leeuwen") and in front of a surname
    ("de Vries"), but a name of nothing but function words ("aan de") is no name.
    """
    gazetteer = get_gazetteer()
    words = list(_SPAN_WORD.finditer(text, start, end))

    def is_function(word: str) -> bool:
        return word.islower() and (word in gazetteer.stop_words or word in gazetteer.interfixes)

    while words and is_function(words[-1].group()):
        words.pop()
    while (
        words
        and words[0].group().islower()
        and words[0].group() in gazetteer.stop_words
        and (words[0].group() not in gazetteer.interfixes)
    ):
        words.pop(0)
    if not words or all(is_function(word.group()) for word in words):
        return start, start
    return words[0].start(), words[-1].end()


def _person_or_place(text: str, start: int, end: int) -> Candidate:
    """deduce reads "In Den Haag" and "inwoners van Delft" as names; they are places."""
    gazetteer = get_gazetteer()
    if gazetteer.is_place(text[start:end]):
        return Candidate(start, end, _location_kind(text[start:end]), "deduce")
    particle = LOWER_CASE_PARTICLE.match(text, start, end)
    after_title = LEADING_TITLE.search(text[max(0, start - 12) : start] + " ")
    if particle and gazetteer.is_place(text[particle.end() : end]) and not after_title:
        place = text[particle.end() : end]
        return Candidate(particle.end(), end, _location_kind(place), "deduce")
    return Candidate(start, end, "person", "deduce")


def _skip_opening_word(text: str, start: int, end: int) -> int:
    """Drop a sentence-opening word that deduce glued to the name after it.

    "Nadat Henk ...", "Bel Sandra op ...": a word that is an everyday word, or no first name in
    front of one, got its capital from the sentence; names run first name, then surname.
    """
    words = re.match(r"(\S+)\s+(\S+)", text[start:end])
    if not words or not is_sentence_start(text, start):
        return start
    gazetteer = get_gazetteer()
    opening, following = words.group(1), words.group(2)
    glued = gazetteer.is_word(opening) or (
        not gazetteer.is_first_name(opening) and gazetteer.is_first_name(following)
    )
    return start + words.start(2) if glued else start


def _split_at_sentence_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    part_start = start
    for stop in SENTENCE_BREAK.finditer(text, start, end):
        if _ends_with_title(text[part_start : stop.start() + 1]):
            continue  # "dhr. P. Jansen": the full stop belongs to the title
        yield part_start, stop.start()
        part_start = stop.end()
    yield part_start, end


def _ends_with_title(words: str) -> bool:
    last = words.split()[-1].lower() if words.split() else ""
    return last in TITLES


def _is_sentence_initial_word(text: str, start: int, end: int) -> bool:
    """deduce reads a capitalised word opening a sentence as a surname: "Oud adres: ..."."""
    mention = text[start:end]
    return (
        is_sentence_start(text, start) and " " not in mention and get_gazetteer().is_word(mention)
    )


def _skip_titles(text: str, start: int, end: int) -> int:
    while (title := LEADING_TITLE.match(text, start, end)) and title.end() < end:
        start = title.end()
    return start


def _location_parts(text: str, start: int, end: int) -> Iterator[Candidate]:
    mention = text[start:end]
    if get_gazetteer().is_word(mention.split()[0]):
        return  # "Halverwege 2019" is no street and house number
    split = POSTCODE_THEN_PLACE.fullmatch(mention)
    if split:
        yield Candidate(start + split.start("postcode"), start + split.end("postcode"), "postcode")
        place_start = start + split.start("place")
        yield Candidate(place_start, end, _location_kind(text[place_start:end]), "deduce")
        return
    yield Candidate(start, end, _location_kind(mention), "deduce")


def _location_kind(mention: str) -> str:
    if MUNICIPALITY.fullmatch(mention):
        return "municipality"
    if POSTCODE.fullmatch(mention):
        return "postcode"
    if any(char.isdigit() for char in mention):
        return "address"
    if STREET_NAME.fullmatch(mention.split()[-1]) and not get_gazetteer().is_place(mention):
        return "address"
    return "place"
