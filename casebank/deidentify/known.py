"""The submitter's own list of names and places.

Known names are replaced wherever they occur, in any capitalisation, with one exception that keeps
flowers and storms: a lower-case mention right after an article or possessive ("een roos",
"de storm") is read as the ordinary word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .candidates import Candidate
from .gazetteer import Gazetteer
from .names import name_variants
from .results import KnownEntity
from .vocabulary import DETERMINERS

PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


@dataclass(frozen=True)
class LabelledEntity:
    entity: KnownEntity
    label: str | None  # None: a listed person numbered like any other, in order of mention
    is_person: bool


def find_known_entities(
    text: str, entities: list[LabelledEntity], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    for labelled in entities:
        variants = _variants(labelled, gazetteer)
        for match in _variant_pattern(variants).finditer(text):
            if not _is_ordinary_word(text, match):
                yield Candidate(match.start(), match.end(), "known", "known", labelled.label)


def _variants(labelled: LabelledEntity, gazetteer: Gazetteer) -> set[str]:
    name = " ".join(labelled.entity.name.split())
    if labelled.is_person:
        return name_variants(name, gazetteer) | {name}
    return {name}


def _variant_pattern(variants: set[str]) -> re.Pattern[str]:
    return _compiled_variants(frozenset(variants))


@lru_cache(maxsize=512)
def _compiled_variants(variants: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(variants, key=lambda variant: (-len(variant), variant))
    alternatives = "|".join(r"\s+".join(map(re.escape, variant.split())) for variant in ordered)
    # A genitive stays part of the mention: "Noah's" and "Noahs" both become the label.
    return re.compile(
        rf"(?<![\w@.])(?:{alternatives})(?:['’]s|(?<=\w{{4}})s)?(?![\w@])", re.IGNORECASE
    )


def _is_ordinary_word(text: str, match: re.Match[str]) -> bool:
    mention = match.group()
    if not mention.islower():
        return False
    previous = PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    return previous is not None and previous.group(1).lower() in DETERMINERS
