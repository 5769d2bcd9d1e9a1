"""Dutch stemming with the Snowball stemmer (snowballstemmer, BSD), for the SQLite fallback
and for highlighting hits."""

import re
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("dutch")


def stem(word):
    return _stemmer().stemWord(word.lower())


def stems(text):
    return [stem(word) for word in WORD.findall(text or "")]


def stem_text(text):
    """The distinct stems of ``text`` in first-seen order, space separated."""
    return " ".join(dict.fromkeys(stems(text)))
