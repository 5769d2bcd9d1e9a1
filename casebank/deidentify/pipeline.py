"""The ``deidentify`` entry point: collect proposals, keep domain words, resolve, label."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .ages import ages_after_people, find_ages
from .candidates import Candidate
from .dates import find_dates
from .deduce_layer import find_with_deduce
from .employers import find_employers
from .gazetteer import Gazetteer, get_gazetteer
from .institutions import (
    find_institutions,
    find_named_institutions,
    find_repeated_institutions,
    institution_core,
    institution_kind,
    joined_institutions,
)
from .known import LabelledEntity, find_known_entities
from .labels import FIXED_LABELS, NON_PERSON_LABELS, LabelState
from .names import (
    find_cued_word_names,
    find_joined_names,
    find_name_candidates,
    find_repeated_names,
    reads_as_word,
)
from .normalise import normalise
from .notations import find_floors, find_unusual_notations, with_floors
from .patterns import find_shaped_identifiers
from .places import find_h10_places, find_places_after_prepositions
from .protect import protected_spans, without_protected
from .resolve import merge_adjacent_people, resolve_overlaps
from .results import Finding, Flag, KnownEntity, Result
from .roles import collapse_repeated_roles
from .shapes import extend_to_whole_tokens, find_shapes
from .structure import after_found, find_structured, join_organisations, without_field_labels
from .unknown import find_unknown_words, iter_flags

INSTITUTION_KINDS = ("school", "institution")
PERSON_KINDS = ("person", "known", "name")
# A one-letter "name" would match every such letter in the text.
MIN_KNOWN_NAME_LENGTH = 2
ARTICLES = ("de", "het", "'t", "den")
# Rounds of "a name joined to a name is a name"; lists longer than this are rare in notes.
JOINED_NAME_ROUNDS = 4


def deidentify(
    text: str,
    known: Iterable[KnownEntity | str] = (),
    state: LabelState | None = None,
    *,
    generalise_municipality: bool = False,
) -> Result:
    """Replace the identifiers in ``text``; see the package docstring for the contract."""
    state = state if state is not None else LabelState()
    gazetteer = get_gazetteer()
    # Detectors read a copy with unicode dashes and spaces made plain, of the same length, so
    # their offsets hold for ``text``; findings quote ``text`` itself.
    scan = normalise(text)
    entities = [
        _labelled(entity, scan, state, gazetteer)
        for entity in map(KnownEntity.parse, known)
        if len(entity.name.strip()) >= MIN_KNOWN_NAME_LENGTH
    ]
    candidates, flags = _collect(scan, entities, state, gazetteer)
    chosen = merge_adjacent_people(scan, resolve_overlaps(candidates, scan))
    chosen = join_organisations(scan, chosen)
    chosen = extend_to_whole_tokens(scan, chosen)
    findings, kept = _label(text, chosen, state, generalise_municipality)
    # "Moeder Sandra" with Sandra=moeder reads "Moeder", not "Moeder moeder".
    findings = collapse_repeated_roles(text, findings)
    covered = [(finding.start, finding.end) for finding in [*findings, *kept]]
    flagged = [Flag(start, end, "unknown_word") for start, end in iter_flags(flags, covered)]
    return Result(_replace(text, findings), findings, kept, flagged)


def _labelled(
    entity: KnownEntity, text: str, state: LabelState, gazetteer: Gazetteer
) -> LabelledEntity:
    # Decided once per case, so a name is not a school in one text and a person in the next.
    kind = state.known_kind(entity.name, lambda: _known_entity_kind(entity, text, gazetteer))
    if kind == "person":
        state.register_person(entity.name, entity.label)
        return LabelledEntity(entity, entity.label, True)
    label = entity.label or FIXED_LABELS[kind]
    return LabelledEntity(entity, state.fixed_label(entity.name, label), False)


def _known_entity_kind(entity: KnownEntity, text: str, gazetteer: Gazetteer) -> str:
    """What a listed name is: its label says so, or its shape, or the text around it."""
    if entity.label in NON_PERSON_LABELS:
        return next(kind for kind, label in FIXED_LABELS.items() if label == entity.label)
    looks_like = institution_kind(entity.name)
    if looks_like:
        return looks_like
    if entity.label is not None:
        return "person"  # the submitter gave a role label such as "moeder"
    return _unlabelled_kind(entity.name, text, gazetteer)


def _unlabelled_kind(name: str, text: str, gazetteer: Gazetteer) -> str:
    # "De Regenboog" listed bare, while the text says "basisschool De Regenboog": a school.
    for candidate in find_institutions(text):
        if name.lower() in text[candidate.start : candidate.end].lower():
            return candidate.kind
    if gazetteer.is_place(name):
        return "place"
    words = name.split()
    # A name opening with an article is a school or institution unless the rest is a surname.
    if len(words) > 1 and words[0].lower() in ARTICLES and not gazetteer.is_surname(words[-1]):
        return "institution"
    return "person"


def _collect(
    text: str, entities: list[LabelledEntity], state: LabelState, gazetteer: Gazetteer
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    protected = protected_spans(text)
    unknown, flags = find_unknown_words(text, gazetteer)
    found = [
        *find_h10_places(text),
        *find_places_after_prepositions(text, gazetteer),
        *find_employers(text),
        *unknown,
        *find_known_entities(text, entities, gazetteer),
        *find_shaped_identifiers(text),
        *find_shapes(text),
        *find_unusual_notations(text),
        *find_floors(text),
        *find_institutions(text),
        *find_named_institutions(text, gazetteer),
        *find_dates(text),
        *find_ages(text),
        *find_name_candidates(text, gazetteer),
        *find_with_deduce(text),
        *find_structured(text, gazetteer),
    ]
    found += with_floors(text, found)
    found += joined_institutions(text, found)
    found = list(without_protected(text, found, protected))
    found += without_protected(text, find_cued_word_names(text, found, gazetteer), protected)
    found += _spread_names(text, found, state, gazetteer, protected)
    # "Vos, roepnaam vossie, 10, woont ...": a bare number in apposition to any found name.
    found += ages_after_people(
        text, [candidate for candidate in found if candidate.kind in ("person", "known", "name")]
    )
    found += without_protected(text, _spread_institutions(text, found, state), protected)
    found += without_protected(text, after_found(text, found, gazetteer), protected)
    # Each mention of a name that is also a word is judged on its own context, so one cue
    # elsewhere does not make "Storm in huis" or "Lieve meid" a name.
    found = [
        candidate
        for candidate in found
        if candidate.kind not in PERSON_KINDS
        or not reads_as_word(text, candidate.start, candidate.end, gazetteer)
    ]
    return list(without_field_labels(text, found)), flags


def _spread_institutions(
    text: str, found: list[Candidate], state: LabelState
) -> Iterator[Candidate]:
    """A school named once with its type is the same school when named bare later on."""
    for candidate in found:
        if candidate.kind in INSTITUTION_KINDS:
            core = institution_core(text[candidate.start : candidate.end])
            if core:
                state.remember_institution(core, candidate.kind)
    return find_repeated_institutions(text, state.institution_names)


def _spread_names(
    text: str,
    found: list[Candidate],
    state: LabelState,
    gazetteer: Gazetteer,
    protected: list[tuple[int, int]],
) -> list[Candidate]:
    """Names that are names because another name is: repeated, or joined by "en"."""
    people = [candidate for candidate in found if candidate.kind in ("person", "known", "name")]
    names = [
        text[person.start : person.end] for person in people if person.kind in ("person", "name")
    ]
    spread = list(find_repeated_names(text, [*names, *state.person_names], gazetteer))
    spread = list(without_protected(text, spread, protected))
    frontier = people + spread
    for _ in range(JOINED_NAME_ROUNDS):
        joined = set(
            without_protected(text, find_joined_names(text, frontier, gazetteer), protected)
        )
        new = joined - set(spread) - set(found)
        if not new:
            break
        spread += new
        frontier = list(new)
    return spread


def _label(
    text: str, chosen: list[Candidate], state: LabelState, generalise_municipality: bool
) -> tuple[list[Finding], list[Finding]]:
    findings, kept = [], []
    for candidate in chosen:
        original = text[candidate.start : candidate.end]
        replacement = candidate.label or state.label_for(candidate.kind, original)
        finding = Finding(candidate.start, candidate.end, candidate.kind, replacement, original)
        is_kept = candidate.kind == "municipality" and not generalise_municipality
        (kept if is_kept else findings).append(finding)
    return findings, kept


def _replace(text: str, findings: list[Finding]) -> str:
    pieces, position = [], 0
    for finding in findings:
        pieces += [text[position : finding.start], finding.replacement]
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
