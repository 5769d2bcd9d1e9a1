"""Dutch stemming with the Snowball stemmer (snowballstemmer, BSD), for the SQLite fallback
and for highlighting hits."""

import re
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=100_000)
def stem(word):
    # Cached: the pure-Python stemmer is slow and texts repeat the same words.
    return _stemmer().stemWord(word.lower())


def stems(text):
    return [stem(word) for word in WORD.findall(text or "")]


def stem_text(text):
    """The distinct stems of ``text`` in first-seen order, space separated."""
    words = dict.fromkeys(word.lower() for word in WORD.findall(text or ""))
    return " ".join(dict.fromkeys(stem(word) for word in words))
