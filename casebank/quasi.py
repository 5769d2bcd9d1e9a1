"""Quasi-identifiers: details that are no name but can still single out a family.

A rare condition, an unusual profession, a national title, a rare language or a named employer
leaves few families in a region that fit the story. This module finds them in a (de-identified)
text; ``casebank.risk_score`` turns them into the k estimate and ``casebank.risk`` into
warnings with a concrete generalisation.

Every term, pattern and frequency lives in the data files of ``casebank/data/risk/``; this module
holds only the matching rules. The results carry offsets and the matched words; callers that
store anything keep to short snippets of the de-identified text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "risk"
KINDS = ("condition", "profession", "achievement", "language", "employer")
# When two findings cover the same words, the earlier kind in this order wins.
KIND_PRIORITY = {kind: index for index, kind in enumerate(KINDS)}

WORD = r"[\wÀ-ÿ'’]"
# A word that starts a proper name (an employer such as "Bouwbedrijf Jansen" or "De Kroon").
NAME_WORD = r"(?:[A-ZÀ-Ý0-9][\w&'’.-]*)"
NAME = (
    rf"{NAME_WORD}(?:\s+(?:&\s+|en\s+|van\s+(?:de[rn]?\s+|het\s+)?|de[rn]?\s+|'t\s+|te[rn]?\s+)?"
    rf"{NAME_WORD})*"
)


@dataclass(frozen=True)
class QuasiIdentifier:
    start: int
    end: int
    kind: str
    text: str
    rarity: str  # the frequency class from the data file
    factor: float  # share of families that share this detail (rough estimate)
    detail: str = ""  # e.g. "interpreter" for a language with an interpreter

    def as_dict(self):
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "rarity": self.rarity,
        }


@cache
def vocabulary(name: str) -> dict:
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _term_pattern(term: str) -> str:
    """A list term as a regular expression: whole words, flexible spaces, ``*`` = longer word."""
    wildcard = term.endswith("*")
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+").replace(" ", r"\s+")
    return body + (rf"{WORD}*" if wildcard else "")


def _case_sensitive(term: str, short: int = 0) -> bool:
    letters = [char for char in term if char.isalpha()]
    return (len(letters) > 1 and term.upper() == term) or len(term.rstrip("*")) <= short


@cache
def term_regex(terms: tuple[str, ...], short: int = 0) -> re.Pattern | None:
    """One regex for a list: capitals (ALS, SMA) and very short terms match case-sensitively."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    exact = [_term_pattern(t) for t in ordered if _case_sensitive(t, short)]
    loose = [_term_pattern(t) for t in ordered if not _case_sensitive(t, short)]
    parts = []
    if loose:
        parts.append("(?i:" + "|".join(loose) + ")")
    if exact:
        parts.append("(?:" + "|".join(exact) + ")")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w])")


@cache
def pattern_regex(patterns: tuple[str, ...], ignore_case: bool = True) -> re.Pattern:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")", flags)


@cache
def terms_of(name: str, key: str, short: int = 0) -> re.Pattern | None:
    """The compiled regex of one list of a data file."""
    return term_regex(tuple(vocabulary(name)[key]), short)


@cache
def patterns_of(name: str, key: str, ignore_case: bool = True) -> re.Pattern:
    return pattern_regex(tuple(vocabulary(name)[key]), ignore_case)


def _normal(words: str) -> str:
    return " ".join(words.lower().split())


@cache
def normalised(name: str, *keys: str) -> frozenset[str]:
    """The terms of some lists of a data file, lower-case with single spaces."""
    data = vocabulary(name)
    return frozenset(_normal(term) for key in keys for term in data[key])


# --------------------------------------------------------------------------- conditions


def find_conditions(text: str) -> list[QuasiIdentifier]:
    data = vocabulary("conditions")
    frequency = data["frequency"]
    common = normalised("conditions", "common")
    candidates = []  # (start, end, rarity, from_list)
    for rarity in ("rare", "uncommon", "common"):
        regex = terms_of("conditions", rarity)
        candidates += [(m.start(), m.end(), rarity, True) for m in regex.finditer(text)]
    for match in patterns_of("conditions", "patterns", ignore_case=False).finditer(text):
        rarity = "common" if _normal(match.group(0)) in common else "rare"
        candidates.append((match.start(), match.end(), rarity, False))
    found = []
    for start, end, rarity, _listed in _longest_first(candidates):
        if rarity != "common":
            found.append(
                QuasiIdentifier(start, end, "condition", text[start:end], rarity, frequency[rarity])
            )
    return found


def _longest_first(candidates):
    """Non-overlapping candidates, longest first; on equal spans a listed term beats a pattern
    and a common term beats a rare one (the lists are explicit knowledge)."""
    order = {"common": 0, "uncommon": 1, "rare": 2}
    ranked = sorted(candidates, key=lambda c: (-(c[1] - c[0]), not c[3], order.get(c[2], 3)))
    taken: list[tuple[int, int]] = []
    chosen = []
    for candidate in ranked:
        start, end = candidate[0], candidate[1]
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        chosen.append(candidate)
    return sorted(chosen)


# --------------------------------------------------------------------------- professions

# Words right before a profession that say a family member has it: "werkt als (een) ",
# "is (een) ", "vader, (een) ". After "de" it is usually a professional in the story.
CUE_BEFORE = re.compile(
    r"(?:\b(?:werk(?:t|te|en)?|werkzaam|baan(?:tje)?|beroep|slag|kost|"
    r"(?:parttime|fulltime|deeltijd))(?:\s+[\wà-ÿ]+){0,4}?\s+als|\b(?:opleiding|studeert|studie)\s+(?:tot|voor)|"
    r"(?:\b(?:vader|moeder|ouders?|opa|oma|oom|tante|broer|zus|zoon|dochter|partner|man|"
    r"vrouw|vriend|vriendin|papa|mama|pa|ma|mam|pap|hij|zij|ze|beiden|allebei)"
    r"(?:\s+(?:van|de|het|haar|zijn|hun|mijn|[a-zà-ÿ]+)){0,3}|"
    r"(?<![.!?]\s)\b(?!(?:Dat|Het|Er|Dit|Daar|"
    r"Wat|Wie|Die|Deze)\b)(?-i:[A-ZÀ-Ý])[\w'’-]+|\])\s+"
    r"(?:is|was|zijn|waren|wordt|werd|blijft)(?:\s+(?:nu|ook|zelf|al|inmiddels|jarenlang))*|"
    r"\b(?:vader|moeder|ouders?|opa|oma|oom|tante|broer|zus|stiefvader|stiefmoeder|partner|"
    r"vriend|vriendin|man|vrouw|papa|mama|pa|ma)\s*,)\s+(?:een\s+|als\s+)?$",
    re.IGNORECASE,
)
CUE_AFTER = re.compile(r"^\s+van\s+beroep\b", re.IGNORECASE)
STRONG_CUE = re.compile(
    r"\b(?:werk(?:t|te|en)?|werkzaam|baan(?:tje)?|aan\s+de\s+slag|verdient\s+de\s+kost)"
    r"(?:\s+[\wà-ÿ]+){0,4}?\s+als\s+"
    r"(?:een\s+)?(?P<word>[a-zà-ÿ][\w'’-]{2,})",
    re.IGNORECASE,
)
COMMON_ENDINGS = ("medewerker", "medewerkster", "hulp", "kracht", "assistent", "assistente")


# "er was een tolk nodig", "er is een advocaat bij": the verb has no person as subject.
NO_SUBJECT = re.compile(r"\ber\s+(?:is|was|zijn|waren|wordt|werd)\s+(?:een\s+)?$", re.IGNORECASE)


def _has_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    if NO_SUBJECT.search(before):
        return False
    return bool(CUE_BEFORE.search(before) or CUE_AFTER.match(text[end:]))


def find_professions(text: str) -> list[QuasiIdentifier]:
    data = vocabulary("professions")
    frequency = data["frequency"]
    needs_cue = normalised("professions", "needs_cue")
    candidates = []
    for rarity, key in (
        ("common", "common"),
        ("uncommon", "uncommon"),
        ("rare", "rare"),
        ("unique", "unique_roles"),
    ):
        for match in terms_of("professions", key).finditer(text):
            candidates.append((match.start(), match.end(), rarity, True))
    for match in patterns_of("professions", "unique_patterns").finditer(text):
        candidates.append((match.start(), match.end(), "unique", True))
    known = normalised("professions", "common", "uncommon", "rare", "unique_roles")
    for match in STRONG_CUE.finditer(text):
        word = match.group("word")
        if _normal(word) not in known | normalised("professions", "not_professions") and not (
            word.lower().endswith(COMMON_ENDINGS)
        ):
            candidates.append((match.start("word"), match.end("word"), "uncommon", False))
    suffixes, exclude = tuple(data["suffixes"]), normalised("professions", "not_professions")
    for match in re.finditer(r"(?<![\w-])[a-zà-ÿ][\w'’-]{3,}", text):
        word = match.group(0).lower()
        if (
            word.endswith(suffixes)
            and not word.endswith(COMMON_ENDINGS)
            and word not in known
            and word not in exclude
            and _has_cue(text, *match.span())
        ):
            candidates.append((match.start(), match.end(), "uncommon", False))
    found = []
    for start, end, rarity, listed in _longest_first(candidates):
        words = text[start:end]
        if rarity == "common":
            continue
        cued = _has_cue(text, start, end)
        if listed and (rarity == "uncommon" or _normal(words) in needs_cue) and not cued:
            continue
        found.append(QuasiIdentifier(start, end, "profession", words, rarity, frequency[rarity]))
    return found


# --------------------------------------------------------------------------- achievements


def find_achievements(text: str) -> list[QuasiIdentifier]:
    data = vocabulary("achievements")
    candidates = []
    for rarity in ("title", "public"):
        for match in patterns_of("achievements", rarity).finditer(text):
            candidates.append((match.start(), match.end(), rarity, rarity == "title"))
    return [
        QuasiIdentifier(
            start, end, "achievement", text[start:end], rarity, data["frequency"][rarity]
        )
        for start, end, rarity, _title in _longest_first(candidates)
    ]


# --------------------------------------------------------------------------- languages


def find_languages(text: str, include_common: bool = False) -> list[QuasiIdentifier]:
    data = vocabulary("languages")
    interpreter = terms_of("languages", "interpreter_cues")
    found = []
    for rarity in ("rare", "less_common", "common"):
        if rarity == "common" and not include_common:
            continue
        for match in terms_of("languages", rarity, short=4).finditer(text):
            factor, detail = data["frequency"][rarity], ""
            window = text[max(0, match.start() - 80) : match.end() + 80]
            if interpreter.search(window):
                factor, detail = factor * data["interpreter_factor"], "interpreter"
            found.append(
                QuasiIdentifier(
                    match.start(), match.end(), "language", match.group(0), rarity, factor, detail
                )
            )
    return sorted(found, key=lambda item: item.start)


# --------------------------------------------------------------------------- employers


@cache
def _employer_regexes():
    data = vocabulary("employers")
    cue = "|".join(_term_pattern(c) for c in sorted(data["cues"], key=len, reverse=True))
    business = "|".join(
        _term_pattern(b) for b in sorted(data["own_business"], key=len, reverse=True)
    )
    after_cue = re.compile(rf"(?i:\b(?:{cue}))\s+", re.UNICODE)
    suffix = "|".join(re.escape(b) for b in data["business_suffixes"])
    any_business = rf"(?:{business}|[\wà-ÿ'’-]*(?:{suffix}))"
    own = re.compile(
        rf"(?i:\b(?:eigen|familie|familiebedrijf)\w*\s+{any_business}\b|"
        rf"\b(?:{business})\s+van\s+(?:de\s+|het\s+)?"
        rf"(?:familie|vader|moeder|ouders|opa|oma|oom|tante)\b|"
        rf"\b(?:eigena(?:ar|resse)|mede-eigenaar)\s+van\s+(?:de|het|een)\s+{any_business}\b)"
    )
    business_noun = re.compile(rf"(?i:{any_business})\b\s*")
    return after_cue, own, business_noun


# "Moeder is beleidsmedewerker bij de Tweede Kamer", "Vader werkt als beveiliger op Paleis
# Noordeinde": in a sentence about a family member's work, a name after "bij/op/voor" is the
# employer, whatever the name is.
WORK_SENTENCE = re.compile(
    r"\b(?:werk\w*|baan|dienst|stage|collega\w*|beroep)\b|\b(?:is|was)\s+(?:[\wà-ÿ-]+\s+){1,4}?(?:bij|op)\b",
    re.IGNORECASE,
)
FAMILY_MEMBER = re.compile(
    r"\b(?:vader|moeder|ouders?|opa|oma|oom|tante|broer|zus|zoon|dochter|partner|stief\w+|"
    r"papa|mama|hij|zij)\b",
    re.IGNORECASE,
)
NAMED_WORKPLACE = re.compile(
    r"\b(?:bij|op|voor)\s+(?:(?:de|het)\s+)?"
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+|[A-Z]{2,5})(?:\s+(?:van\s+(?:de\s+|het\s+)?)?[A-ZÀ-Ý][\w'’-]+){0,3})"
)


def _named_workplaces(text: str) -> Iterator[tuple[int, int]]:
    generic = terms_of("employers", "generic")
    for sentence in re.finditer(r"[^.!?\n]+", text):
        words = sentence.group()
        if not (WORK_SENTENCE.search(words) and FAMILY_MEMBER.search(words)):
            continue
        for match in NAMED_WORKPLACE.finditer(words):
            name = match.group("name")
            if generic and generic.fullmatch(name):
                continue
            start = sentence.start() + match.start()
            # The article belongs to the name when the label would include it ("het Nationale
            # Ballet"); the overlap is what is scored, so the whole phrase after the preposition.
            first = re.match(r"(?:bij|op|voor)\s+", match.group(), re.IGNORECASE)
            yield start + first.end(), sentence.start() + match.end("name")


def find_employers(text: str) -> list[QuasiIdentifier]:
    data = vocabulary("employers")
    frequency = data["frequency"]
    large = terms_of("employers", "large")
    generic = terms_of("employers", "generic")
    after_cue, own, business_noun = _employer_regexes()
    candidates = []
    for cue in after_cue.finditer(text):
        rest_start = cue.end()
        rest = text[rest_start : rest_start + 80]
        if rest.startswith("["):  # already generalised by the de-identifier
            continue
        if (match := generic.match(rest)) and not re.match(rf"\s+{NAME_WORD}", rest[match.end() :]):
            continue
        article = re.match(r"(?:een|de|het|'t)\s+", rest, re.IGNORECASE)
        begin = article.end() if article else 0
        if (match := large.match(rest)) or (match := large.match(rest, begin)):
            candidates.append((rest_start + match.start(), rest_start + match.end(), "large", True))
            continue
        noun = business_noun.match(rest, begin)
        name_at = noun.end() if noun else begin
        lead_words = r"(?:van\s+)?(?:de|het|'t)\s+|van\s+"
        if noun and (lead := re.match(lead_words, rest[name_at:], re.IGNORECASE)):
            name_at += lead.end()
        name = re.match(NAME, rest[name_at:])
        if name and not (name.group(0).isupper() and len(name.group(0)) <= 2):
            end = rest_start + name_at + len(name.group(0).rstrip(".-"))
            candidates.append((rest_start + begin, end, "small", True))
    for match in own.finditer(text):
        candidates.append((match.start(), match.end(), "small", True))
    for start, end in _named_workplaces(text):
        candidates.append((start, end, "small", False))
    return [
        QuasiIdentifier(start, end, "employer", text[start:end], rarity, frequency[rarity])
        for start, end, rarity, _listed in _longest_first(candidates)
    ]


# --------------------------------------------------------------------------- all kinds


def find_all(text: str) -> list[QuasiIdentifier]:
    """Every quasi-identifier in the text, overlaps resolved (longest, then kind order)."""
    found = (
        find_conditions(text)
        + find_professions(text)
        + find_achievements(text)
        + find_languages(text)
        + find_employers(text)
    )
    ranked = sorted(found, key=lambda q: (-(q.end - q.start), KIND_PRIORITY[q.kind]))
    chosen: list[QuasiIdentifier] = []
    for item in ranked:
        if any(item.start < c.end and c.start < item.end for c in chosen):
            continue
        chosen.append(item)
    return sorted(chosen, key=lambda q: q.start)


def common_languages(text: str) -> list[QuasiIdentifier]:
    """Common languages: not flagged, but they still narrow the population a little."""
    return [q for q in find_languages(text, include_common=True) if q.rarity == "common"]
