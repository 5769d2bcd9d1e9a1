"""Turn overlapping proposals into one non-overlapping set."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .candidates import SOURCE_PRIORITY, Candidate

# On equal length the more specific kind wins: a shaped number over a guessed name.
KIND_SPECIFICITY = {
    "email": 9, "url": 9, "iban": 9, "bsn": 9, "case_number": 9, "licence_plate": 9,
    "phone": 8, "account": 8, "postcode": 8, "known": 7, "school": 6, "institution": 6,
    "address": 5, "date": 5, "age": 5, "municipality": 5, "place": 5, "person": 4,
    "id_number": 1,
}  # fmt: skip
# Person proposals only whitespace or a surname particle apart are one name.
_NAME_GAP = re.compile(r"\s*(?:(?:van|de|der|den|het|'t|ter|ten|el)\s+)*", re.IGNORECASE)


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then most specific kind, then most trusted source."""
    ranked = sorted(
        {candidate for candidate in candidates if candidate.length > 0},
        key=lambda candidate: (
            -candidate.length,
            -KIND_SPECIFICITY.get(candidate.kind, 0),
            -SOURCE_PRIORITY[candidate.source],
            candidate.start,
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
    if first.kind != "person" or second.kind != "person":
        return False
    gap = text[first.end : second.start]
    return "\n" not in gap and _NAME_GAP.fullmatch(gap) is not None and len(gap) <= 12
