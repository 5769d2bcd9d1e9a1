"""Name and word lists taken from deduce's own lookup data, loaded once per process."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .model import deduce_lookup_path, import_deduce
from .places import h10_places, ordinary_word_places
from .vocabulary import (
    FUNCTION_WORDS,
    H10_MUNICIPALITIES,
    HAAGLANDEN_PLACES,
    NOT_NAMES,
    PROTECTED_TERMS,
)

_LISTS = (
    "names/lst_first_name",
    "names/lst_surname",
    "names/lst_interfix",
    "whitelist/lst_common_word",
    "whitelist/lst_stop_word",
    "whitelist/lst_medical_term",
    "locations/lst_placename",
)


@dataclass(frozen=True)
class Gazetteer:
    """Lower-cased word sets; membership tests are all the detectors need."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    interfixes: frozenset[str]
    common_words: frozenset[str]
    stop_words: frozenset[str]
    places: frozenset[str]
    protected_words: frozenset[str]

    def is_word(self, token: str) -> bool:
        """True for everyday words that a name detector must leave alone."""
        lowered = token.lower()
        if lowered in self.common_words:
            return True
        # Domain words also in their plural: "jeugdprofessionals", "gezinscoaches".
        stems = (lowered, lowered.removesuffix("s"), lowered.removesuffix("en"),
                 lowered.removesuffix("'s"), lowered.removesuffix("es"))  # fmt: skip
        return any(stem in self.protected_words for stem in stems)

    def is_first_name(self, token: str) -> bool:
        return token.lower() in self.first_names

    def is_surname(self, token: str) -> bool:
        return token.lower() in self.surnames

    def is_place(self, token: str) -> bool:
        return token.lower() in self.places


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = _load()
    return _gazetteer


def _load() -> Gazetteer:
    import_deduce()
    from deduce.lookup_structs import load_raw_itemsets  # lazy: slow to load

    raw = load_raw_itemsets(base_path=deduce_lookup_path(), subdirs=list(_LISTS))
    lowered = {name: frozenset(item.lower() for item in items) for name, items in raw.items()}
    stop_words = lowered["stop_word"]
    return Gazetteer(
        first_names=lowered["first_name"] - NOT_NAMES,
        surnames=lowered["surname"] - stop_words,
        interfixes=lowered["interfix"],
        common_words=lowered["common_word"]
        | stop_words
        | lowered["medical_term"]
        | NOT_NAMES
        | FUNCTION_WORDS,
        stop_words=stop_words,
        places=lowered["placename"]
        | {place.lower() for place in (*HAAGLANDEN_PLACES, *H10_MUNICIPALITIES)}
        | {place.lower() for place in h10_places() if place not in ordinary_word_places()},
        protected_words=frozenset(term.lower() for term in PROTECTED_TERMS),
    )
