"""Dutch word analysis for search: Snowball stems (snowballstemmer, BSD) for the SQLite fallback
and for highlighting hits, and compound splitting (``jeugdhulpverlener`` → ``jeugdhulp`` +
``verlener``) against a list of known words.

Dutch writes compounds as one word, so neither SQLite nor PostgreSQL's ``dutch`` configuration
finds "jeugdhulp" in a text that says "jeugdhulpverlener". Both directions are covered:

* in the index, :func:`index_stems` adds the known parts of every compound in a page's text
  (pages find "jeugdhulpverlener" when asked for "jeugdhulp"); the parts come from
  :data:`KNOWN_WORDS` only, so what a page indexes never depends on editable content;
* in the query, ``toolkit.search.expand`` searches a compound's parts as alternatives, split
  against :data:`KNOWN_WORDS` plus the glossary's words (a question for "jeugdhulpverlener"
  finds a page about "jeugdhulp").
"""

import re
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)

# Words of the youth-care domain that appear in compounds, as a base vocabulary for splitting
# (the glossary adds its own words at query time). Lower case, at least four letters.
KNOWN_WORDS = frozenset(
    """
    aanpak advies afspraak afspraken analyse begeleiding bescherming beschermer besluit
    besluitvorming bouwsteen doel doelen eind eindsituatie gemeente gesprek gezin hulp
    hulpverlener hulpverlening instelling jeugd jeugdbescherming jeugdbeschermer jeugdhulp
    jeugdzorg kader kinder kinderbescherming kind maatregel medewerker melding netwerk
    onderzoek ouder ouders overleg patroon patronen plan principe principes professional
    regie risico samen samenwerking school signaal situatie stelling tafel taxatie team
    toezicht traject veiligheid verlener verlening verslag voogd vorming werk werking wijk
    zorg zorgverlener
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
LINKS = ("s", "en", "e", "")  # Dutch linking sounds between parts (tussenklanken)
ENDINGS = ("s", "en", "")  # plural endings of the last part (jeugdhulpverlener-s)
MIN_PART = 4


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


def split_compound(word, words=KNOWN_WORDS):
    """The known parts of ``word`` when it is a compound of known words, longest first part
    first (``jeugdhulpverlener`` → ``["jeugdhulp", "verlener"]``); ``[]`` when it is not one."""
    return list(_split(word.lower(), words))


@lru_cache(maxsize=20_000)
def _split(word, words):
    for end in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head = word[:end]
        if head not in words:
            continue
        rest = word[end:]
        for link in LINKS:
            if not rest.startswith(link) or len(rest) - len(link) < MIN_PART:
                continue
            tail = rest[len(link) :]
            for ending in ENDINGS:
                if tail.endswith(ending) and tail[: len(tail) - len(ending)] in words:
                    return (head, tail[: len(tail) - len(ending)])
            if more := _split(tail, words):
                return (head, *more)
    return ()


def compound_parts(word, words=KNOWN_WORDS):
    """Every known word inside a compound: its parts and the runs of parts that are known
    words themselves (``jeugd`` + ``hulp`` + ``verlener`` also gives ``jeugdhulp``)."""
    parts = split_compound(word, words)
    found = []
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            joined = "".join(parts[start:end])
            if (end - start == 1 or joined in words) and joined != word.lower():
                found.append(joined)
    return list(dict.fromkeys(found))


def index_stems(text):
    """What a page indexes beside its text: the stems of its words, and the known parts of its
    compounds as written and as stems (PostgreSQL stems the written ones itself, SQLite's
    queries ask for both), distinct, space separated."""
    words = dict.fromkeys(word.lower() for word in WORD.findall(text or ""))
    parts = [part for word in words for part in compound_parts(word)]
    return " ".join(dict.fromkeys([*(stem(word) for word in words), *parts, *map(stem, parts)]))
