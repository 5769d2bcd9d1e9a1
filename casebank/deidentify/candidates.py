"""What detectors propose, and small text helpers they share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Higher wins when two proposals for the same stretch are equally long.
# "list" marks an exact match on a curated list of names, such as the care providers.
# "form" marks an organisation recognised by its form ("Kredietbank Haaglanden"): like a listed
# name it may hold a domain word inside it.
SOURCE_PRIORITY = {"known": 4, "list": 3, "project": 2, "form": 2, "deduce": 1}

SENTENCE_END = ".!?:;\n•*\"“”'‘’"


@dataclass(frozen=True)
class Candidate:
    """A proposed identifier; ``label`` is set only when the submitter fixed one."""

    start: int
    end: int
    kind: str
    source: str = "project"
    label: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", int(self.start))  # deduce may give numpy integers
        object.__setattr__(self, "end", int(self.end))

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start


def is_sentence_start(text: str, index: int) -> bool:
    """True when nothing but sentence punctuation, a bullet or a quote precedes ``index``."""
    # A bounded look-back keeps this cheap on long texts; 80 spaces in a row start a new block.
    before = text[max(0, index - 80) : index].rstrip(" \t")
    return not before or before[-1] in SENTENCE_END or before.endswith(" -")


def phrase_pattern(phrases: Iterable[str], *, plural: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase as whole words, longest first."""
    return _phrase_pattern(frozenset(phrase for phrase in phrases if phrase), plural)


@lru_cache(maxsize=512)
def _phrase_pattern(phrases: frozenset[str], plural: bool) -> re.Pattern[str]:
    # Cached: the same names are looked for again in every text of a case.
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
    suffix = r"(?:'s|’s|s|en|n)?" if plural else ""
    return re.compile(rf"(?<![\w@.])(?:{alternatives}){suffix}(?![\w@])", re.IGNORECASE)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span so it neither starts nor ends with spaces or separating punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:()-/"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:()-/"):
        end -= 1
    return start, end
