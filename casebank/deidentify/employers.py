"""Employers: where someone works identifies them in combination with the rest of a story.

Three signals, each proposing kind ``employer`` (label ``[werkgever]``):

- a work cue: "werkt bij", "werkt als chauffeur bij", "in dienst van/bij", "(bij)baan(tje) bij",
  "werkzaam bij", "stage bij", "ontslagen bij", "partner bij", "werkstraf bij", then the name
  that follows, capitalised or not ("bij de jumbo"), up to the first word that cannot belong to
  a name;
- a business type word before a name: "Bakkerij Het Gouden Korenaar", "Kapsalon Hair by Naomi",
  "Autobedrijf Van Zanten", "advocatenkantoor Houthoff";
- a shop, chain or large employer from ``data/employers.json`` ("Albert Heijn", "PostNL").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from . import lexicon
from .candidates import Candidate, is_sentence_start

DATA = Path(__file__).parent / "data" / "employers.json"

WORK_CUE = re.compile(
    r"\b(?:werk(?:t|te|en|ten)?(?:\s+\S+){0,4}?\s+(?:bij|voor)|werk(?:adres|plek)\s+bij"
    r"|in\s+dienst\s+(?:van|bij)|(?:bij)?baan(?:tje)?\s+bij|werkzaam\s+(?:bij|voor)"
    r"|stage\s+(?:bij|lopen\s+bij)|ontslagen(?:\s+werd)?\s+bij|partner\s+bij"
    r"|werkstraf\s+bij|vrijwilliger\s+bij|solliciteert\s+bij|aangenomen\s+bij)"
    r"\s+(?:(?P<article>de|het|een)\s+)?",
    re.IGNORECASE,
)
NAME_TOKEN = re.compile(r"&|[^\W_][\w'’&.-]*")
# Small words that may sit inside a business name: "Hair by Naomi", "Van der Linden".
JOINERS = frozenset({"van", "de", "der", "den", "het", "'t", "by", "&", "and", "la", "le", "du",
                     "'s"})  # fmt: skip
BUSINESS_TYPES = (
    "bakkerij", "slagerij", "kapsalon", "kapper", "autobedrijf", "bouwbedrijf", "garage",
    "tuincentrum", "supermarkt", "restaurant", "hotel", "café", "cafetaria", "snackbar",
    "advocatenkantoor", "accountantskantoor", "notariskantoor", "makelaardij", "schoonmaakbedrijf",
    "transportbedrijf", "installatiebedrijf", "thuiszorg", "golfclub", "sportschool",
    "sportcentrum", "fitnesscentrum", "nagelstudio", "schoonheidssalon", "drukkerij",
    "kwekerij", "tuinderij", "hoveniersbedrijf", "loodgietersbedrijf", "schildersbedrijf",
    "timmerbedrijf", "uitzendbureau", "reisbureau", "pizzeria", "shoarmazaak", "winkel",
    "boekhandel", "bloemenwinkel", "fietsenwinkel", "apotheek", "dierenwinkel", "toko",
)  # fmt: skip
BUSINESS_SUFFIXES = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’&-]*\s+){1,3}(?:B\.V\.|BV|N\.V\.|NV|Transport|Groep|Group|Holding|"
    r"Logistics|Logistiek|Services|Bouw|Installatietechniek|Schoonmaak|Catering)(?![\w-])"
)
MAX_NAME_TOKENS = 5
# Abbreviations in business names that keep their dot: "& Zn.", "Gebr.", "& Co.".
_ABBREVIATION_DOT = re.compile(r"\.(?!\s+[A-Z]|\s*$)")
DOTTED_ABBREVIATIONS = frozenset({"Zn", "Co", "Gebr", "Fa", "Mij", "Wed", "Jr", "Sr"})
PUBLIC_EMPLOYER = re.compile(
    r"(?:gemeente|ministerie\s+van|provincie|hoogheemraadschap|waterschap)\s+"
    # Further words only capitalised: "Gemeente Rijswijk is niet ..." ends at "Rijswijk".
    r"(?:[A-Za-z][\w'’-]*)(?:\s+(?:en\s+)?(?-i:[A-Z])[\w'’-]*){0,2}",
    re.IGNORECASE,
)


@cache
def _chains() -> re.Pattern[str]:
    names = json.loads(DATA.read_text(encoding="utf-8"))["names"]
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in ordered)
    return re.compile(rf"(?<![\w@.-])(?:{alternatives})(?![\w@-])", re.IGNORECASE)


@cache
def _types() -> re.Pattern[str]:
    words = "|".join(BUSINESS_TYPES)
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?=[A-Z0-9'’])", re.IGNORECASE)


def find_employers(text: str) -> Iterator[Candidate]:
    for match in _chains().finditer(text):
        mention = match.group()
        # Short names that are also words ("Plus", "Action", "Dirk", "AH") count when written
        # as the brand writes them, or right after a work cue.
        if (len(mention) <= 5 or lexicon.is_word(mention)) and not (
            _after_work_cue(text, match.start())
            or (mention[:1].isupper() and not is_sentence_start(text, match.start()))
        ):
            continue
        yield Candidate(match.start(), match.end(), "employer", "list")
    for cue in WORK_CUE.finditer(text):
        # "werkt bij gemeente delft", "bij het ministerie van VWS": a public employer by name.
        public = PUBLIC_EMPLOYER.match(text, cue.end())
        if public:
            yield Candidate(cue.end(), public.end(), "employer", "list")
            continue
        end = _name_end(text, cue.end(), lower_case_allowed=True)
        if end > cue.end():
            # "list": a domain word inside is kept only when the name is longer than it
            # ("Gemeente Pijnacker-Nootdorp"); "Jeugdbescherming West" alone stays.
            yield Candidate(cue.end(), end, "employer", "list")
    for match in _types().finditer(text):
        end = _name_end(text, match.end(), lower_case_allowed=False)
        if end > match.end():
            yield Candidate(match.start(), end, "employer")
    for match in BUSINESS_SUFFIXES.finditer(text):
        yield Candidate(match.start(), match.end(), "employer")


def _after_work_cue(text: str, start: int) -> bool:
    return any(cue.end() == start for cue in WORK_CUE.finditer(text, max(0, start - 60), start))


def _name_end(text: str, start: int, *, lower_case_allowed: bool) -> int:
    """The end of a business name starting at ``start``, or ``start`` when there is none."""
    end, position, taken = start, start, 0
    while taken < MAX_NAME_TOKENS:
        token = NAME_TOKEN.match(text, position)
        if not token:
            break
        word = token.group().rstrip(".")
        if word.lower() in JOINERS and taken:
            position = _skip_space(text, token.end())
            taken += 1
            continue
        if word[:1].isupper() or word[:1].isdigit():
            end = token.start() + len(word)
            # "Autobedrijf Yılmaz & Zn., in voorhof": the dot belongs to "Zn."; before a
            # capital or the end of the text it also ends the sentence, and stays.
            if word in DOTTED_ABBREVIATIONS and _ABBREVIATION_DOT.match(text, end):
                end += 1
        elif lower_case_allowed and not taken and not lexicon.is_known(word) and len(word) > 2:
            end = token.start() + len(word)  # "bij de jumbo", "bij schiphol"
        else:
            break
        taken += 1
        following = _skip_space(text, token.start() + len(word))
        if following == token.start() + len(word):
            break  # punctuation ends the name
        position = following
    return end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position
