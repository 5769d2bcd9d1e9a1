"""Measure the de-identifier on the labelled evaluation set.

Run ``python -m casebank.deidentify.evaluate`` to print a Markdown table: recall per kind for the
project layer and for deduce alone, overall recall, and the domain-word preservation rate.

- An identifier counts as caught when the findings together cover its whole span.
- A listed domain word counts as preserved when no finding overlaps it.
- The project layer runs with ``generalise_municipality=True`` so municipality mentions are
  scored like every other kind; by default they are kept in the text and reported apart.
- deduce alone gets no known-entity list: it has no way to take one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .gazetteer import get_gazetteer
from .model import get_deduce
from .pipeline import deidentify
from .results import KnownEntity

EVALUATION_DIR = Path(__file__).parent / "evaluation"
DEFAULT_CASES = EVALUATION_DIR / "cases.jsonl"
# Written after the detector existed and scored once before any change to it; see the docs.
HOLDOUT_CASES = EVALUATION_DIR / "holdout.jsonl"
# A made-up case story of about 3,000 characters, to time one call (JSON so it ships as
# package data).
STORY = EVALUATION_DIR / "story.json"
TIMED_CALLS = 20

Span = tuple[int, int]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    identifiers: list[dict]
    domain_words: list[dict]
    known: list[KnownEntity]


@dataclass
class Scores:
    caught: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    preserved: int = 0
    domain_total: int = 0
    missed: list[str] = field(default_factory=list)
    scrubbed: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        caught = self.caught[kind] if kind else sum(self.caught.values())
        total = self.total[kind] if kind else sum(self.total.values())
        return caught / total if total else 1.0

    @property
    def preservation(self) -> float:
        return self.preserved / self.domain_total if self.domain_total else 1.0


Detector = Callable[[Case], Iterable[Span]]


def load_cases(path: Path = DEFAULT_CASES) -> list[Case]:
    with path.open(encoding="utf-8") as lines:
        return [_case_from_record(json.loads(line)) for line in lines if line.strip()]


def _case_from_record(record: dict) -> Case:
    known = [KnownEntity(item["name"], item.get("label")) for item in record.get("known", ())]
    return Case(record["id"], record["text"], record["identifiers"], record["domain_words"], known)


def project_layer(case: Case) -> list[Span]:
    result = deidentify(case.text, known=case.known, generalise_municipality=True)
    return [(finding.start, finding.end) for finding in result.findings]


def deduce_alone(case: Case) -> list[Span]:
    document = get_deduce().deidentify(case.text)
    return [(annotation.start_char, annotation.end_char) for annotation in document.annotations]


def score(cases: Iterable[Case], detector: Detector) -> Scores:
    scores = Scores()
    for case in cases:
        spans = list(detector(case))
        _score_identifiers(case, spans, scores)
        _score_domain_words(case, spans, scores)
    return scores


def _score_identifiers(case: Case, spans: list[Span], scores: Scores) -> None:
    for identifier in case.identifiers:
        kind = identifier["kind"]
        scores.total[kind] += 1
        if _is_covered(case.text, identifier["start"], identifier["end"], spans):
            scores.caught[kind] += 1
        else:
            scores.missed.append(f"{case.id} {kind}: {identifier['text']!r}")


def _score_domain_words(case: Case, spans: list[Span], scores: Scores) -> None:
    for word in case.domain_words:
        scores.domain_total += 1
        if any(start < word["end"] and word["start"] < end for start, end in spans):
            scores.scrubbed.append(f"{case.id}: {word['text']!r}")
        else:
            scores.preserved += 1


def _is_covered(text: str, start: int, end: int, spans: list[Span]) -> bool:
    """True when the union of ``spans`` covers every non-space character of [start, end).

    Spaces may fall between two findings: "[school] [gemeente]" for "Christelijk Lyceum Delft"
    leaks nothing.
    """
    covered = set()
    for span_start, span_end in spans:
        covered.update(range(max(start, span_start), min(end, span_end)))
    return all(offset in covered or text[offset].isspace() for offset in range(start, end))


def markdown_table(project: Scores, baseline: Scores) -> str:
    rows = [
        "| kind | identifiers | project layer recall | deduce alone recall |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind in sorted(project.total, key=lambda kind: (-project.total[kind], kind)):
        rows.append(
            f"| {kind} | {project.total[kind]} | {project.recall(kind):.3f} "
            f"| {baseline.recall(kind):.3f} |"
        )
    rows.append(
        f"| **overall** | {sum(project.total.values())} | **{project.recall():.3f}** "
        f"| **{baseline.recall():.3f}** |"
    )
    rows.append(
        f"| **domain words preserved** | {project.domain_total} "
        f"| **{project.preservation:.3f}** | **{baseline.preservation:.3f}** |"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="a JSONL set to score")
    parser.add_argument("--holdout", action="store_true", help="score the held-out set instead")
    parser.add_argument("--verbose", action="store_true", help="list misses and over-scrubbing")
    parser.add_argument("--timing", action="store_true", help="also time loading and one call")
    arguments = parser.parse_args(argv)
    if arguments.timing:
        print(timing_report() + "\n")
    cases = load_cases(HOLDOUT_CASES if arguments.holdout else arguments.cases)
    project, baseline = score(cases, project_layer), score(cases, deduce_alone)
    print(markdown_table(project, baseline))
    if arguments.verbose:
        _print_details("project layer", project)
        _print_details("deduce alone", baseline)


def timing_report() -> str:
    """One-time load cost of this process and the median time of one call on the story."""
    started = time.perf_counter()
    get_deduce()
    get_gazetteer()
    loaded = time.perf_counter() - started
    story = json.loads(STORY.read_text(encoding="utf-8"))["text"]
    deidentify(story)  # warm-up: regex compilation and first-use caches
    durations = []
    for _ in range(TIMED_CALLS):
        call_started = time.perf_counter()
        deidentify(story, known=["Sandra=moeder", "Noah=kind 1"])
        durations.append(time.perf_counter() - call_started)
    return (
        f"load (deduce model + name lists, this process): {loaded:.1f} s\n"
        f"one call on a {len(story)}-character story: median "
        f"{statistics.median(durations) * 1000:.0f} ms over {TIMED_CALLS} calls"
    )


def _print_details(title: str, scores: Scores) -> None:
    print(f"\n## {title}: missed identifiers")
    print("\n".join(scores.missed) or "(none)")
    print(f"\n## {title}: domain words overlapped by a finding")
    print("\n".join(scores.scrubbed) or "(none)")


if __name__ == "__main__":
    main()
