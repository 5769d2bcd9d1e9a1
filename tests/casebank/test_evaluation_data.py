"""Schema of the labelled evaluation data in ``casebank/deidentify/evaluation/``.

Every ``*.jsonl`` file in that folder is checked (the folder is globbed, so a file added later is
covered too). Files named ``quasi*.jsonl`` hold quasi-identifier items
(``{"id", "text", "quasi": [{"start", "end", "kind", "text"}]}``); every other file holds stories
(``{"id", "text", "identifiers": [...], "domain_words": [...], "known"?: [...], "style"?}``).
The allowed kinds and styles are data: ``evaluation/kinds.json``.

Rules: one JSON object per line, ids unique within a file, required keys present and no unknown
keys, every span inside the text with ``text[start:end] == span["text"]`` and no surrounding
whitespace, kinds from the allowed set, gold identifier spans never overlap each other, domain
words never overlap an identifier, quasi spans never overlap each other.

The held-out story split (``test5.jsonl``, written on another branch; see
``casebank.deidentify.evaluate.HELD_OUT``) and ``quasi_test5.jsonl`` are HELD OUT: they were written by an engineer who never
saw the detector code (``casebank/deidentify/*.py``) nor ran it on them, and they must never be
used for tuning. Read a miss on them as a measurement, fix the detector by a general rule
found on other text, and leave these files as they are. ``cases.jsonl`` (and ``holdout.jsonl``,
no longer held out since its misses were fixed), ``dev.jsonl`` and the burned held-out splits
``dev_heldout_1.jsonl`` to ``dev_heldout_4.jsonl`` (each scored once, then read) are the
development part, and so is ``quasi_dev_heldout.jsonl`` (formerly ``quasi_test.jsonl``) for the
quasi-identifier check. ``dev_heldout_3.jsonl`` and ``dev_heldout_4.jsonl`` were the third and
fourth held-out splits (``test3.jsonl``, ``test4.jsonl``), each written blind by another
engineer and compiled from its ``*_source.txt``; their size and source checks stay. The fifth
held-out split (``test5.jsonl``) and ``quasi_test5.jsonl`` are written blind on another branch
while the detector is tuned; they are scored once, and never tuned on or edited to match the
detector.

This module needs no database and does not import the de-identifier.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

EVALUATION = Path(__file__).resolve().parents[2] / "casebank" / "deidentify" / "evaluation"
KINDS = json.loads((EVALUATION / "kinds.json").read_text(encoding="utf-8"))
IDENTIFIER_KINDS = frozenset(KINDS["identifier_kinds"])
QUASI_KINDS = frozenset(KINDS["quasi_kinds"])
STYLES = frozenset(KINDS["styles"])

STORY_KEYS = {"id", "text", "identifiers", "domain_words"}
STORY_OPTIONAL = {"known", "style"}
QUASI_KEYS = {"id", "text", "quasi"}
FILES = sorted(EVALUATION.glob("*.jsonl"))


def is_quasi_file(path: Path) -> bool:
    return path.name.startswith("quasi")


def load(path: Path) -> list[tuple[int, object]]:
    """(line number, parsed value) for every non-blank line; a line that is no JSON raises."""
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                records.append((number, json.loads(line)))
    return records


def span_problems(where: str, text: str, spans: object, kinds: frozenset | None) -> list[str]:
    """Problems of one list of spans; ``kinds`` None means the spans carry no kind."""
    if not isinstance(spans, list):
        return [f"{where}: not a list"]
    problems = []
    keys = {"start", "end", "text"} | ({"kind"} if kinds is not None else set())
    for index, span in enumerate(spans):
        at = f"{where}[{index}]"
        if not isinstance(span, dict) or set(span) != keys:
            problems.append(f"{at}: keys must be exactly {sorted(keys)}: {span!r}")
            continue
        start, end = span["start"], span["end"]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
            problems.append(f"{at}: start and end must be integers")
            continue
        if not 0 <= start < end <= len(text):
            problems.append(f"{at}: offsets {start}-{end} outside the text ({len(text)} chars)")
            continue
        if text[start:end] != span["text"]:
            problems.append(
                f"{at}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}"
            )
        elif span["text"] != span["text"].strip():
            problems.append(f"{at}: span {span['text']!r} starts or ends with whitespace")
        if kinds is not None and span["kind"] not in kinds:
            problems.append(f"{at}: unknown kind {span['kind']!r}")
    return problems


def overlaps(spans: list, others: list | None = None) -> list[tuple[dict, dict]]:
    """Pairs of overlapping spans within ``spans``, or between ``spans`` and ``others``."""
    valid = [s for s in spans if isinstance(s, dict) and {"start", "end"} <= set(s)]
    if others is None:
        ordered = sorted(valid, key=lambda s: (s["start"], s["end"]))
        return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if b["start"] < a["end"]]
    other = [s for s in others if isinstance(s, dict) and {"start", "end"} <= set(s)]
    return [(a, b) for a in valid for b in other if a["start"] < b["end"] and b["start"] < a["end"]]


def record_problems(where: str, record: object, quasi: bool) -> list[str]:
    if not isinstance(record, dict):
        return [f"{where}: not a JSON object"]
    required = QUASI_KEYS if quasi else STORY_KEYS
    allowed = required if quasi else required | STORY_OPTIONAL
    problems = []
    if missing := required - set(record):
        problems.append(f"{where}: missing keys {sorted(missing)}")
    if unknown := set(record) - allowed:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    if not isinstance(record.get("id"), str) or not record.get("id"):
        problems.append(f"{where}: id must be a non-empty string")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return [*problems, f"{where}: text must be a non-empty string"]
    if quasi:
        spans = record.get("quasi", [])
        problems += span_problems(f"{where} quasi", text, spans, QUASI_KINDS)
        problems += [
            f"{where}: quasi spans overlap: {a['text']!r} and {b['text']!r}"
            for a, b in overlaps(spans if isinstance(spans, list) else [])
        ]
        return problems
    identifiers = record.get("identifiers", [])
    domain_words = record.get("domain_words", [])
    problems += span_problems(f"{where} identifiers", text, identifiers, IDENTIFIER_KINDS)
    problems += span_problems(f"{where} domain_words", text, domain_words, None)
    identifiers = identifiers if isinstance(identifiers, list) else []
    domain_words = domain_words if isinstance(domain_words, list) else []
    problems += [
        f"{where}: identifiers overlap: {a['text']!r} and {b['text']!r}"
        for a, b in overlaps(identifiers)
    ]
    problems += [
        f"{where}: domain word {a['text']!r} overlaps identifier {b['text']!r}"
        for a, b in overlaps(domain_words, identifiers)
    ]
    if "style" in record and record["style"] not in STYLES:
        problems.append(f"{where}: unknown style {record['style']!r}")
    known = record.get("known", [])
    if not isinstance(known, list) or not all(
        isinstance(item, dict)
        and set(item) <= {"name", "label"}
        and isinstance(item.get("name"), str)
        and item["name"].strip()
        and isinstance(item.get("label", ""), str)
        for item in known
    ):
        problems.append(f"{where}: known must be a list of {{'name', 'label'?}} with a name")
    return problems


def file_problems(path: Path) -> list[str]:
    quasi = is_quasi_file(path)
    problems = []
    try:
        records = load(path)
    except json.JSONDecodeError as error:
        return [f"{path.name}: a line is no valid JSON: {error}"]
    ids = Counter(record.get("id") for _, record in records if isinstance(record, dict))
    problems += [f"{path.name}: id {id_!r} used {n} times" for id_, n in ids.items() if n > 1]
    for number, record in records:
        problems += record_problems(f"{path.name}:{number}", record, quasi)
    if not records:
        problems.append(f"{path.name}: no records")
    return problems


def test_the_folder_holds_the_development_and_held_out_files():
    names = {path.name for path in FILES}
    assert {
        "cases.jsonl",
        "holdout.jsonl",
        "dev_heldout_2.jsonl",
        "dev_heldout_3.jsonl",
        "dev_heldout_4.jsonl",
        "test5.jsonl",
        "quasi_dev.jsonl",
        "quasi_test5.jsonl",
        "quasi_dev_heldout.jsonl",
    } <= names


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_every_evaluation_file_follows_the_schema(path):
    assert file_problems(path) == []


def test_the_held_out_split_has_the_size_and_coverage_the_issue_asks_for():
    stories = [record for _, record in load(EVALUATION / "dev_heldout_2.jsonl")]
    kinds = Counter(span["kind"] for story in stories for span in story["identifiers"])
    assert len(stories) >= 55
    assert sum(kinds.values()) >= 600
    assert sum(len(story["domain_words"]) for story in stories) >= 500
    assert set(kinds) == IDENTIFIER_KINDS
    assert {story["style"] for story in stories} == STYLES
    assert all(300 <= len(story["text"]) <= 1200 for story in stories)
    with_known = sum(1 for story in stories if story.get("known"))
    assert len(stories) // 4 <= with_known <= len(stories) // 2

    items = [record for _, record in load(EVALUATION / "quasi_dev_heldout.jsonl")]
    assert len(items) >= 40
    assert {span["kind"] for item in items for span in item["quasi"]} == QUASI_KINDS
    assert sum(1 for item in items if not item["quasi"]) >= 10


RARE_KINDS = ("bsn", "iban", "licence_plate", "url", "account", "postcode", "email", "case_number")


# Per later split: at least (stories, identifiers, domain words, identifiers of each rare kind).
WRITTEN_FOR = {
    "dev_heldout_3": (70, 1200, 550, 10),
    "dev_heldout_4": (60, 1000, 450, 8),
    "test5": (70, 1500, 400, 12),
}


@pytest.mark.parametrize("split", WRITTEN_FOR)
def test_a_later_split_has_the_size_and_coverage_it_was_written_for(split):
    least_stories, least_identifiers, least_domain_words, least_rare = WRITTEN_FOR[split]
    stories = [record for _, record in load(EVALUATION / f"{split}.jsonl")]
    kinds = Counter(span["kind"] for story in stories for span in story["identifiers"])
    assert len(stories) >= least_stories
    assert sum(kinds.values()) >= least_identifiers
    assert sum(len(story["domain_words"]) for story in stories) >= least_domain_words
    assert set(kinds) == IDENTIFIER_KINDS
    assert all(kinds[kind] >= least_rare for kind in RARE_KINDS), kinds
    assert {story["style"] for story in stories} == STYLES
    assert all(300 <= len(story["text"]) <= 1200 for story in stories)
    with_known = sum(1 for story in stories if story.get("known"))
    assert len(stories) // 4 <= with_known <= len(stories) // 2


def test_the_fresh_quasi_split_has_negatives_and_every_kind():
    items = [record for _, record in load(EVALUATION / "quasi_test5.jsonl")]
    assert len(items) >= 40
    assert {span["kind"] for item in items for span in item["quasi"]} == QUASI_KINDS
    assert sum(1 for item in items if not item["quasi"]) >= 10


def _markup_module():
    """``markup.py`` loaded from its file, so the de-identifier package is not imported."""
    spec = importlib.util.spec_from_file_location("_markup", EVALUATION / "markup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", WRITTEN_FOR)
def test_a_later_split_is_its_markup_source_compiled(split):
    markup = _markup_module()
    source = (EVALUATION / f"{split}_source.txt").read_text(encoding="utf-8")
    assert markup.parse_source(source) == [
        record for _, record in load(EVALUATION / f"{split}.jsonl")
    ]


def test_markup_turns_the_nbsp_escape_into_a_no_break_space():
    markup = _markup_module()
    [record] = markup.parse_source(
        "### x-1\nBel [[phone:06&nbsp;12 34 56 78]] of\n{{Veilig Thuis}}."
    )
    assert record["text"] == "Bel 06\u00a012 34 56 78 of Veilig Thuis."
    assert record["identifiers"] == [
        {"start": 4, "end": 18, "kind": "phone", "text": "06\u00a012 34 56 78"}
    ]
    assert record["domain_words"] == [{"start": 22, "end": 34, "text": "Veilig Thuis"}]


def test_the_checker_reports_broken_records(tmp_path):
    """The rules above can fail: each broken record below is reported."""
    text = "Moeder Sandra woont in Delft."
    good = {
        "id": "x-1",
        "text": text,
        "identifiers": [{"start": 7, "end": 13, "kind": "person", "text": "Sandra"}],
        "domain_words": [{"start": 0, "end": 6, "text": "Moeder"}],
    }
    broken = [
        good,
        good,  # duplicate id
        {
            **good,
            "id": "x-2",
            "identifiers": [{"start": 7, "end": 14, "kind": "person", "text": "Sandra"}],
        },
        {
            **good,
            "id": "x-3",
            "identifiers": [{"start": 23, "end": 28, "kind": "town", "text": "Delft"}],
        },
        {
            **good,
            "id": "x-4",
            "identifiers": [
                {"start": 7, "end": 13, "kind": "person", "text": "Sandra"},
                {"start": 10, "end": 13, "kind": "person", "text": "dra"},
            ],
        },
        {**good, "id": "x-5", "domain_words": [{"start": 7, "end": 13, "text": "Sandra"}]},
        {"id": "x-6", "text": text, "identifiers": []},
        {
            **good,
            "id": "x-7",
            "identifiers": [{"start": 20, "end": 99, "kind": "place", "text": "x"}],
        },
        {**good, "id": "x-8", "style": "poem"},
    ]
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in broken) + "\n", encoding="utf-8")
    problems = "\n".join(file_problems(path))
    assert "'x-1' used 2 times" in problems
    assert "broken.jsonl:3 identifiers[0]: text[7:14]" in problems
    assert "unknown kind 'town'" in problems
    assert "identifiers overlap" in problems
    assert "domain word 'Sandra' overlaps identifier 'Sandra'" in problems
    assert "missing keys ['domain_words']" in problems
    assert "outside the text" in problems
    assert "unknown style 'poem'" in problems

    quasi = tmp_path / "quasi_broken.jsonl"
    quasi.write_text(
        json.dumps(
            {
                "id": "q",
                "text": "Vader is hoefsmid.",
                "quasi": [{"start": 9, "end": 17, "kind": "hobby", "text": "hoefsmid"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert file_problems(quasi) == ["quasi_broken.jsonl:1 quasi[0]: unknown kind 'hobby'"]
