"""Domain words survive: a guessed proposal that touches one is cut back or dropped.

Only kinds found by guessing (names, places, institutions, dates, ages) are checked. Shaped
identifiers keep their full span even when a domain word sits inside them, as in
``jeugdzorg.haaglanden@outlook.com``, and so do the submitter's own known names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .candidates import Candidate, phrase_pattern, strip_span
from .vocabulary import DETERMINERS, INTERFIXES, PROTECTED_TERMS

PROTECTED = phrase_pattern(PROTECTED_TERMS, plural=True)
GUESSED_KINDS = frozenset(
    {"person", "place", "municipality", "address", "school", "institution", "date", "age",
     "id_number", "employer", "name"}
)  # fmt: skip

Span = tuple[int, int]


def protected_spans(text: str) -> list[Span]:
    return [match.span() for match in PROTECTED.finditer(text)]


def without_protected(
    text: str, candidates: Iterable[Candidate], protected: list[Span]
) -> Iterator[Candidate]:
    for candidate in candidates:
        if candidate.source == "known" or candidate.kind not in GUESSED_KINDS:
            yield candidate
            continue
        if candidate.source in ("list", "form"):
            # An exact listed name may contain a domain word: "Haaglanden Medisch Centrum";
            # so may an organisation named by its form: "Kredietbank Haaglanden".
            # A form-read name must also name more than the domain words and type words it
            # holds ("Stichting Jeugdbescherming" is no identifier).
            inside = [span for span in protected if _overlaps(candidate, span)]
            if not any(not _contains(candidate, span) for span in inside) and (
                candidate.source == "list" or not inside or _names_more(text, candidate, inside)
            ):
                yield candidate
        elif candidate.source == "deduce":
            # deduce glues roles to names ("Gezinscoach Petra Jansen"): cut the role off.
            trimmed = _trim(text, candidate, protected)
            if trimmed is not None:
                yield trimmed
        elif not any(_overlaps(candidate, span) for span in protected):
            # Our own guesses rest on the whole span; touching a domain word voids them.
            yield candidate


def _trim(text: str, candidate: Candidate, protected: list[Span]) -> Candidate | None:
    start, end = candidate.start, candidate.end
    for word_start, word_end in protected:
        if word_end <= start or end <= word_start:
            continue
        if word_start <= start and word_end < end:
            start = word_end  # a role or title in front: "Gezinscoach Petra Jansen"
        elif start < word_start and end <= word_end:
            end = word_start  # a domain word behind the proposal
        else:
            return None  # the proposal is (inside) a domain word
        start, end = strip_span(text, start, end)
        if not _has_content(text[start:end]):
            return None
    return Candidate(start, end, candidate.kind, candidate.source, candidate.label)


# Words that say what an organisation is, not which one ("Stichting Jeugdbescherming West").
_TYPE_WORDS = frozenset(
    {"stichting", "politie", "eenheid", "rechtbank", "gerechtshof", "pleegzorg", "jeugdhulp",
     "jeugdzorg", "team", "regio"}
)  # fmt: skip


def _names_more(text: str, candidate: Candidate, inside: list[Span]) -> bool:
    """An organisation read by its form that holds domain words must name something besides
    them and its type word: "Stichting Kinderen Eerst" yes, "Stichting Jeugdbescherming" no."""
    rest = list(text[candidate.start : candidate.end])
    for start, end in inside:
        for offset in range(max(start, candidate.start), min(end, candidate.end)):
            rest[offset - candidate.start] = " "
    words = re.findall(r"[\w'’-]+", "".join(rest))
    return any(
        word.lower() not in _TYPE_WORDS
        and word.lower() not in INTERFIXES
        and word.lower() not in DETERMINERS
        for word in words
    )


def _has_content(remainder: str) -> bool:
    """What is left after cutting must be more than particles: "van" of "van Delft Support"."""
    words = re.findall(r"[\w'’-]+", remainder)
    return any(word.lower() not in INTERFIXES and word.lower() not in DETERMINERS for word in words)


def _overlaps(candidate: Candidate, span: Span) -> bool:
    return candidate.start < span[1] and span[0] < candidate.end


def _contains(candidate: Candidate, span: Span) -> bool:
    return (
        candidate.start <= span[0]
        and span[1] <= candidate.end
        and candidate.length > (span[1] - span[0])
    )
