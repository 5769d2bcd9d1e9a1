"""Consistent labels within one case.

One ``LabelState`` per case: pass it to every ``deidentify`` call for that case and the same
person keeps the same label across texts. People are numbered in order of first appearance;
a later mention of only the first name or only the surname maps to the same person.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from .ages import age_label
from .dates import period_label
from .vocabulary import INTERFIXES, TITLES

FIXED_LABELS = {
    "address": "[adres]",
    "postcode": "[postcode]",
    "place": "[plaats]",
    "municipality": "[gemeente]",
    "school": "[school]",
    "institution": "[instelling]",
    "email": "[e-mail]",
    "phone": "[telefoonnummer]",
    "iban": "[iban]",
    "licence_plate": "[kenteken]",
    "case_number": "[zaaknummer]",
    "bsn": "[bsn]",
    "account": "[account]",
    "url": "[link]",
    "id_number": "[nummer]",
    "employer": "[werkgever]",
    "name": "[naam]",
}
# A known entity with one of these labels is not a person, so no first-name/surname matching.
NON_PERSON_LABELS = frozenset(FIXED_LABELS.values())
_TITLE_WORDS = frozenset(title.rstrip(".") for title in TITLES)


@dataclass
class _Person:
    label: str
    given: str = ""
    surname: str = ""
    initials: str = ""
    single: str = ""

    def names(self) -> list[str]:
        return [name for name in (self.full, self.single) if name]

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.given or self.initials, self.surname) if part)

    @property
    def surname_core(self) -> str:
        return " ".join(word for word in self.surname.split() if word not in INTERFIXES)


def parse_person_name(name: str, label: str = "") -> _Person:
    words = [word for word in name.lower().split() if word.rstrip(".") not in _TITLE_WORDS]
    initials = [word for word in words if _is_initial(word)]
    rest = [word for word in words if not _is_initial(word)]
    if initials:
        return _Person(label, initials="".join(i.rstrip(".") for i in initials),
                       surname=" ".join(rest))  # fmt: skip
    if len(rest) == 1:
        return _Person(label, single=rest[0])
    if rest and rest[0] in INTERFIXES:  # "De Vries": a surname without a first name
        return _Person(label, surname=" ".join(rest))
    return _Person(label, given=rest[0] if rest else "", surname=" ".join(rest[1:]))


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return word.endswith(".") and len(letters) <= 4 and letters.isalpha()


def same_person(first: _Person, second: _Person) -> bool:
    if first.full and first.full == second.full:
        return True
    if first.single or second.single:
        single, other = (first, second) if first.single else (second, first)
        return single.single in _parts(other)
    if first.given and second.given:
        return first.given == second.given and _surnames_agree(first, second)
    # One of them has initials or no first name at all: the surname decides, initials must fit.
    if not first.surname_core or first.surname_core != second.surname_core:
        return False
    first_initial = first.initials[:1] or first.given[:1]
    second_initial = second.initials[:1] or second.given[:1]
    return not first_initial or not second_initial or first_initial == second_initial


def _parts(person: _Person) -> set[str]:
    return {part for part in (person.single, person.given, person.surname, person.surname_core)
            if part}  # fmt: skip


def _surnames_agree(first: _Person, second: _Person) -> bool:
    return not first.surname or not second.surname or first.surname_core == second.surname_core


@dataclass
class LabelState:
    """Labels handed out so far in one case; share it across the texts of that case."""

    _people: list[_Person] = field(default_factory=list)
    _fixed: dict[str, str] = field(default_factory=dict)
    _institutions: dict[str, str] = field(default_factory=dict)
    _known_kinds: dict[str, str] = field(default_factory=dict)
    _persons_numbered: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def person_label(self, name: str) -> str:
        """The label of the person called ``name``; the next number when the person is new.

        Numbers follow the order of first mention in the texts, also for listed names.
        """
        with self._lock:
            person = self._find_or_add(parse_person_name(name))
            if not person.label:
                self._persons_numbered += 1
                person.label = f"[persoon {self._persons_numbered}]"
            return person.label

    def register_person(self, name: str, label: str | None) -> None:
        """Note a listed person before any text is read, so that every form of the name
        ("Sandra de Vries", "Sandra", "De Vries") maps to one person. No number is used yet."""
        with self._lock:
            person = self._find_or_add(parse_person_name(name))
            if label and not person.label:
                person.label = label

    def _find_or_add(self, mention: _Person) -> _Person:
        for person in self._people:
            if same_person(person, mention):
                _enrich(person, mention)
                return person
        self._people.append(mention)
        return mention

    def fixed_label(self, name: str, label: str) -> str:
        """Remember a submitter's label for a non-person name (a school, a street)."""
        with self._lock:
            return self._fixed.setdefault(" ".join(name.lower().split()), label)

    def label_for(self, kind: str, original: str) -> str:
        if kind in ("person", "known"):  # a listed person without a label of its own
            return self.person_label(original)
        if kind == "date":
            return period_label(original)
        if kind == "age":
            return age_label(original)
        return FIXED_LABELS.get(kind, "[verwijderd]")

    def known_kind(self, name: str, decide: Callable[[], str]) -> str:
        """The kind of a listed name, decided by ``decide`` the first time it is seen."""
        key = " ".join(name.lower().split())
        with self._lock:
            if key not in self._known_kinds:
                self._known_kinds[key] = decide()
            return self._known_kinds[key]

    def remember_institution(self, core: str, kind: str) -> None:
        """Keep a school's or institution's name to find bare mentions in later texts."""
        with self._lock:
            self._institutions.setdefault(core, kind)

    @property
    def institution_names(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._institutions.items())

    @property
    def person_names(self) -> list[str]:
        """Names of everyone labelled so far, to find them again in later texts."""
        with self._lock:
            return [name for person in self._people if person.label for name in person.names()]


def _enrich(person: _Person, mention: _Person) -> None:
    """Keep the fullest form of a name so later partial mentions still match."""
    if person.single and not mention.single:
        person.single = ""
        person.given, person.surname, person.initials = (
            mention.given, mention.surname, mention.initials
        )  # fmt: skip
    elif not person.single and not mention.single:
        person.given = person.given or mention.given
        person.surname = person.surname or mention.surname
