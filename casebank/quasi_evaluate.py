"""Measure the quasi-identifier recogniser (``casebank.quasi``) on a labelled set.

    .venv/bin/python -m casebank.quasi_evaluate            # the development set (and the test)
    .venv/bin/python -m casebank.quasi_evaluate path.jsonl # any file in the same format

Sets: **dev** is ``quasi_dev.jsonl`` and ``quasi_dev_heldout.jsonl`` (the first held-out set,
``quasi_test.jsonl``, scored once at recall 0.78 and then read; its record
``quasi_dev_heldout_scored_once.json`` is a floor). **test** is ``quasi_test5.jsonl``, written blind
on another branch; it is read whenever it is there and never tuned on.

Format, one JSON object a line: ``{"id", "text", "quasi": [{"start", "end", "kind", "text"}]}``
with kind one of condition, profession, achievement, language, employer.

- A labelled item is *found* when a recognised item of the same kind overlaps it (the warning
  points the writer to the right words; the exact span matters less than for names).
- *Exact* counts only recognised spans equal to the label.
- A *false flag* is a recognised item that overlaps no label; the share of texts without any
  label that still get a flag is reported apart.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .quasi import KINDS, find_all

EVALUATION_DIR = Path(__file__).parent / "deidentify" / "evaluation"
DEV = EVALUATION_DIR / "quasi_dev.jsonl"
DEV_HELDOUT = EVALUATION_DIR / "quasi_dev_heldout.jsonl"
DEV_FILES = (DEV, DEV_HELDOUT)
# The fresh held-out set of this round, written on another branch; read when it is there.
TEST = EVALUATION_DIR / "quasi_test5.jsonl"


def available_sets(evaluation_dir: Path | None = None) -> dict[str, list[Path]]:
    """The sets to score: dev always, test when its file has been merged."""
    folder = evaluation_dir or EVALUATION_DIR
    sets = {"dev": [folder / path.name for path in DEV_FILES]}
    test = folder / TEST.name
    if test.exists():
        sets["test"] = [test]
    return sets


def load_set(paths: list[Path]) -> list[dict]:
    return [record for path in paths for record in load(path)]


@dataclass
class Result:
    items: int = 0
    found: Counter = field(default_factory=Counter)
    exact: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    false_flags: Counter = field(default_factory=Counter)
    empty_texts: int = 0
    empty_texts_flagged: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    ms_per_1000_chars: float = 0.0

    def recall(self, kind=None):
        found = self.found[kind] if kind else sum(self.found.values())
        total = self.total[kind] if kind else sum(self.total.values())
        return found / total if total else None

    def as_dict(self):
        return {
            "items": self.items,
            "recall": self.recall(),
            "recall_per_kind": {kind: self.recall(kind) for kind in KINDS},
            "labels_per_kind": {kind: self.total[kind] for kind in KINDS},
            "exact": sum(self.exact.values()),
            "false_flags": sum(self.false_flags.values()),
            "false_flags_per_kind": dict(self.false_flags),
            "texts_without_labels": self.empty_texts,
            "texts_without_labels_flagged": self.empty_texts_flagged,
            "ms_per_1000_chars": round(self.ms_per_1000_chars, 2),
        }


def load(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(records: list[dict]) -> Result:
    result = Result(items=len(records))
    find_all("Vader werkt als hoefsmid.")  # compile the patterns before timing
    for record in records:
        text = record["text"]
        predicted = find_all(text)
        labels = record.get("quasi", [])
        for label in labels:
            result.total[label["kind"]] += 1
            same = [p for p in predicted if p.kind == label["kind"]]
            if any(p.start < label["end"] and label["start"] < p.end for p in same):
                result.found[label["kind"]] += 1
            else:
                result.missed.append((record["id"], label["kind"], label["text"]))
            if any((p.start, p.end) == (label["start"], label["end"]) for p in same):
                result.exact[label["kind"]] += 1
        for item in predicted:
            if not any(item.start < lab["end"] and lab["start"] < item.end for lab in labels):
                result.false_flags[item.kind] += 1
                result.spurious.append((record["id"], item.kind, item.text))
        if not labels:
            result.empty_texts += 1
            result.empty_texts_flagged += bool(predicted)
    result.ms_per_1000_chars = _timed(records)
    return result


def _timed(records, rounds=3):
    """Best of a few passes over all texts, in ms per 1,000 characters (the machine is shared)."""
    characters = sum(len(record["text"]) for record in records) or 1
    best = float("inf")
    for _round in range(rounds):
        started = time.perf_counter()
        for record in records:
            find_all(record["text"])
        best = min(best, time.perf_counter() - started)
    return best * 1000 / characters * 1000


def markdown(result: Result, name: str) -> str:
    rows = ["| kind | labels | found (overlap, same kind) | recall |", "| --- | --- | --- | --- |"]
    for kind in KINDS:
        recall = result.recall(kind)
        shown = f"{recall:.2f}" if recall is not None else "–"
        rows.append(f"| {kind} | {result.total[kind]} | {result.found[kind]} | {shown} |")
    overall = result.recall()
    rows.append(
        f"| **all** | {sum(result.total.values())} | {sum(result.found.values())} | "
        f"**{overall:.2f}** |"
    )
    return "\n".join(
        [
            f"{name}: {result.items} texts.",
            "",
            *rows,
            "",
            f"- exact spans: {sum(result.exact.values())} of {sum(result.total.values())}",
            f"- false flags (a recognised item overlapping no label): "
            f"{sum(result.false_flags.values())} {dict(result.false_flags)}",
            f"- texts without quasi-identifiers that got a flag: {result.empty_texts_flagged} "
            f"of {result.empty_texts}",
            f"- speed: {result.ms_per_1000_chars:.2f} ms per 1,000 characters",
        ]
    )


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    sets = {Path(argv[0]).name: [Path(argv[0])]} if argv else available_sets()
    for name, paths in sets.items():
        result = evaluate(load_set(paths))
        print(markdown(result, f"{name} ({', '.join(path.name for path in paths)})"))
        for missed in result.missed:
            print("missed:", *missed)
        for spurious in result.spurious:
            print("false flag:", *spurious)


if __name__ == "__main__":
    main()
