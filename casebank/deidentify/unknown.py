"""Unknown proper nouns: words that are neither Dutch nor domain vocabulary.

A name that no list knows ("Kortenhoeven", "Tesfay", "Prysmian") is still recognisable by what it
is not: not a word of the language (``lexicon.py``), not a word of the domain (``vocabulary.py``),
not a month or a listed place. What happens to such a token depends on how sure that reading is:

- **replaced** (kind ``name``, label ``[naam]``): a capitalised token inside a sentence that is
  rare in Dutch (Zipf below 3), or a capitalised token opening a sentence that is no Dutch word
  at all and no compound of two;
- **flagged for the reviewer** (``Result.flagged``, nothing replaced): a capitalised token
  opening a sentence that is no listed word but reads as a compound of two ("Tesselkamp"), and
  a lower-case token that is no word and no compound. Lower case is how chat-style notes write names, but also how they write typos,
  abbreviations and new compounds; replacing those would make the story unreadable, so the
  reviewer decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .candidates import Candidate, is_sentence_start
from .gazetteer import Gazetteer
from .vocabulary import MONTHS, NOT_NAMES, TITLES, WEEKDAYS

TOKEN = re.compile(r"(?<![\w@./#-])[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*(?![\w@]|\.\w)")
SENTENCE_START_ZIPF = 1.0
MIN_LENGTH = 3
_SKIP = frozenset(MONTHS) | frozenset(WEEKDAYS) | NOT_NAMES | {t.rstrip(".") for t in TITLES}


def find_unknown_words(
    text: str, gazetteer: Gazetteer
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Proposals to replace, and spans to put in front of the reviewer."""
    replace: list[Candidate] = []
    flag: list[tuple[int, int]] = []
    for token in TOKEN.finditer(text):
        verdict = _verdict(token, gazetteer)
        if verdict == "replace":
            kind = "place" if gazetteer.is_place(token.group()) else "name"
            replace.append(Candidate(token.start(), token.end(), kind))
        elif verdict == "flag":
            flag.append(token.span())
    return replace, flag


def _verdict(token: re.Match[str], gazetteer: Gazetteer) -> str | None:
    word = re.sub(r"['’]s?$", "", token.group())  # "thema’s", "Noah's"
    lowered = word.lower()
    if len(word) < MIN_LENGTH or lowered in _SKIP or word.isupper():
        return None
    if word[:2].isupper() or any(part.isupper() for part in word.split("-")):
        return None  # built on an abbreviation: "JBwest", "IGJ-rapport", "GW'ers"
    if gazetteer.is_word(word) or lowered in gazetteer.stop_words:
        return None
    parts = lowered.split("-")
    if lexicon.is_word(lowered) or (len(parts) > 1 and all(map(_is_known_part, parts))):
        return None
    if not word[0].isupper():
        if word.islower() and lexicon.zipf(lowered) == 0 and not lexicon.is_compound(lowered):
            return "flag"
        return None
    if not is_sentence_start(token.string, token.start()):
        return "replace"
    if lexicon.zipf(lowered) < SENTENCE_START_ZIPF:
        # No listed word: a name, unless it reads as a compound ("Tesselkamp"), which the
        # reviewer is shown.
        return "flag" if lexicon.is_compound(lowered) else "replace"
    return None  # a listed word that opens a sentence: "Gefaseerde", "Onderweg"


def _is_known_part(part: str) -> bool:
    return len(part) < MIN_LENGTH or lexicon.is_known(part)


def iter_flags(
    flags: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Flags that no finding already covers."""
    for start, end in flags:
        if not any(start < c_end and c_start < end for c_start, c_end in covered):
            yield start, end
