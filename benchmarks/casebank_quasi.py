"""Quasi-identifier recogniser: recall per kind, false flags and speed on the labelled sets.

    .venv/bin/python -m benchmarks.casebank_quasi

Runs ``casebank.quasi_evaluate`` on the development set (``quasi_dev.jsonl``, used for tuning)
and, when present, on the held-out set (``quasi_test.jsonl``, never used for tuning); prints
one JSON line and writes the "Case bank: quasi-identifiers" section of docs/benchmarks.md.
Needs no database.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import json_line, write_marked_section  # noqa: E402
from casebank.quasi_evaluate import DEV, EVALUATION_DIR, evaluate, load, markdown  # noqa: E402

TEST = EVALUATION_DIR / "quasi_test.jsonl"


def main():
    sets = {"dev": DEV}
    if TEST.exists():
        sets["test"] = TEST
    results = {name: evaluate(load(path)) for name, path in sets.items()}
    sections = ["## Case bank: quasi-identifiers", ""]
    sections.append(
        "`.venv/bin/python -m benchmarks.casebank_quasi` (or `python -m casebank.quasi_evaluate "
        "[file]`): `casebank.quasi.find_all` on the labelled sets; see "
        "[reidentification-risk.md](reidentification-risk.md) for what counts."
    )
    for name, result in results.items():
        sections += ["", markdown(result, sets[name].name)]
    write_marked_section("casebank-quasi", "\n".join(sections))
    print(
        json_line({"benchmark": "casebank_quasi", **{n: r.as_dict() for n, r in results.items()}})
    )


if __name__ == "__main__":
    main()
