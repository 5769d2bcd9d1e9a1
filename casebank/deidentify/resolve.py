"""Turn overlapping proposals into one non-overlapping set."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .candidates import SOURCE_PRIORITY, Candidate, strip_span

# On equal length the more specific kind wins: a shaped number over a guessed name.
KIND_SPECIFICITY = {
    "email": 9, "url": 9, "iban": 9, "bsn": 9, "case_number": 9, "licence_plate": 9,
    "phone": 8, "account": 8, "postcode": 8, "known": 7, "school": 6, "institution": 6,
    "address": 5, "date": 5, "age": 5, "municipality": 5, "place": 5, "employer": 5,
    "person": 4, "name": 3,
    "id_number": 1,
}  # fmt: skip
# Person proposals only whitespace or a surname particle apart are one name.
# "Maria do Carmo Tavares": Portuguese and Spanish particles join a name as the Dutch ones do.
_NAME_GAP = re.compile(
    r"\s*(?:(?:van|de|der|den|het|'t|ter|ten|el|do|dos|da|das|del)\s+)*", re.IGNORECASE
)


# Identifiers with a fixed shape are never cut by a guess: a guessed span that overlaps one is
# cut back to its part outside it ("BJ Maasdijk" from deduce next to the postcode "2676 BJ"),
# so no digit of a postcode, phone number or case number stays behind.
SHAPED_KINDS = frozenset(
    {"email", "url", "iban", "bsn", "case_number", "licence_plate", "phone", "account", "postcode"}
)


def resolve_overlaps(candidates: Iterable[Candidate], text: str = "") -> list[Candidate]:
    """Shaped identifiers first, then longest, most specific kind, most trusted source."""
    candidates = {candidate for candidate in candidates if candidate.length > 0}
    shaped = _choose([candidate for candidate in candidates if candidate.kind in SHAPED_KINDS])
    guessed = [
        trimmed
        for candidate in candidates
        if candidate.kind not in SHAPED_KINDS
        for trimmed in _outside(candidate, shaped, text)
    ]
    return _choose([*shaped, *guessed])


def _outside(candidate: Candidate, shaped: list[Candidate], text: str) -> list[Candidate]:
    """The longer piece of ``candidate`` outside every shaped span (nothing if inside one)."""
    start, end = candidate.start, candidate.end
    for other in shaped:
        if not candidate.overlaps(other):
            continue
        before, after = (start, min(end, other.start)), (max(start, other.end), end)
        start, end = max(before, after, key=lambda span: span[1] - span[0])
        if end - start < 2:
            return []
    if (start, end) == (candidate.start, candidate.end):
        return [candidate]
    if text:
        start, end = strip_span(text, start, end)
    if end - start < 2:
        return []
    return [Candidate(start, end, candidate.kind, candidate.source, candidate.label)]


def _choose(candidates: Iterable[Candidate]) -> list[Candidate]:
    ranked = sorted(
        set(candidates),
        key=lambda candidate: (
            -candidate.length,
            -KIND_SPECIFICITY.get(candidate.kind, 0),
            -SOURCE_PRIORITY[candidate.source],
            candidate.start,
            candidate.kind,  # deterministic when all else is equal
        ),
    )
    chosen: list[Candidate] = []
    for candidate in ranked:
        if not any(candidate.overlaps(other) for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda candidate: candidate.start)


def merge_adjacent_people(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join "Sem" + "van Leeuwen" when two detectors found the halves of one name."""
    merged: list[Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if previous and _are_one_name(text, previous, candidate):
            merged[-1] = Candidate(previous.start, candidate.end, "person", previous.source)
        else:
            merged.append(candidate)
    return merged


def _are_one_name(text: str, first: Candidate, second: Candidate) -> bool:
    if first.kind not in ("person", "name") or second.kind not in ("person", "name"):
        return False
    gap = text[first.end : second.start]
    return "\n" not in gap and _NAME_GAP.fullmatch(gap) is not None and len(gap) <= 12
