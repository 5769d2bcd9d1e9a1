"""Is this token a Dutch word? Answered from wordfreq's Dutch word frequencies.

wordfreq (``wordfreq`` on PyPI) ships word frequencies for Dutch gathered from subtitles, news,
Wikipedia, books and the web, as a data file inside the package: no network, no system package,
a dictionary lookup per token. Its list also holds frequent proper nouns ("sandra", "schiphol"),
which is why a token counts as a *word* only from a Zipf frequency of ``WORD_ZIPF`` (about once
per million words) on, and as *unknown* only below ``RARE_ZIPF``.

Dutch writes compounds as one word ("gezinscoachgesprek"); a lower-case token that is missing
from the list but splits into two listed words (with an optional linking "s" or "e") is a word too.
"""

from __future__ import annotations

import math
import threading
from functools import lru_cache

# Zipf 3 = once per million words. Below it, a capitalised token mid-sentence is a proper noun.
WORD_ZIPF = 3.0
# Parts of a compound must be real words: "vlinder" + "boom".
PART_ZIPF = 3.0
MIN_PART = 3

_lock = threading.Lock()
_frequencies: dict[str, float] | None = None


def _table() -> dict[str, float]:
    global _frequencies
    if _frequencies is None:
        with _lock:
            if _frequencies is None:
                from wordfreq import get_frequency_dict  # lazy: a big word list

                _frequencies = get_frequency_dict("nl", wordlist="large")
    return _frequencies


def load() -> None:
    """Read the word list now (about a second) instead of at the first call."""
    _table()


@lru_cache(maxsize=65536)
def zipf(token: str) -> float:
    """log10 of the frequency per billion words; 0 for a word not in the list."""
    frequency = _table().get(token.lower(), 0.0)
    return math.log10(frequency * 1e9) if frequency > 0 else 0.0


def is_word(token: str, threshold: float = WORD_ZIPF) -> bool:
    return zipf(token) >= threshold


# Plural and inflection endings: "gezinsconsulenten" is "gezinsconsulent" + "en".
ENDINGS = ("", "en", "s", "n", "e", "'s", "’s")


@lru_cache(maxsize=65536)
def is_compound(token: str, depth: int = 2) -> bool:
    """True when ``token`` is listed words joined (up to three), perhaps with a linking s/e/en
    and a plural or inflection ending: "jeugdveiligheidsketen", "gezinsconsulenten"."""
    lowered = token.lower()
    for ending in ENDINGS:
        if ending and not lowered.endswith(ending):
            continue
        stem = lowered[: len(lowered) - len(ending)] if ending else lowered
        if ending and zipf(stem) >= PART_ZIPF:
            return True
        if _splits(stem, depth):
            return True
    return False


def _splits(word: str, depth: int) -> bool:
    for split in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:split], word[split:]
        heads = (left, left.removesuffix("s"), left.removesuffix("e"), left.removesuffix("en"))
        if not any(len(head) >= MIN_PART and zipf(head) >= PART_ZIPF for head in heads):
            continue
        if zipf(right) >= PART_ZIPF or (depth > 1 and _splits(right, depth - 1)):
            return True
    return False


def is_known(token: str) -> bool:
    """A word of the language, listed or compounded."""
    return is_word(token) or is_compound(token)
