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
                from wordfreq import get_frequency_dict

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


@lru_cache(maxsize=65536)
def is_compound(token: str) -> bool:
    """True when ``token`` is two listed words joined, perhaps with a linking s/e/en."""
    lowered = token.lower()
    for split in range(MIN_PART, len(lowered) - MIN_PART + 1):
        left, right = lowered[:split], lowered[split:]
        if zipf(right) < PART_ZIPF and not is_compound_tail(right):
            continue
        heads = (left, left.removesuffix("s"), left.removesuffix("e"), left.removesuffix("en"))
        if any(len(head) >= MIN_PART and zipf(head) >= PART_ZIPF for head in heads):
            return True
    return False


def is_compound_tail(part: str) -> bool:
    # One more level: "jeugd" + "bescherm" + "ing" is rare; two parts cover most compounds.
    return False


def is_known(token: str) -> bool:
    """A word of the language, listed or compounded."""
    return is_word(token) or is_compound(token)
