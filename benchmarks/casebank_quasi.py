"""Quasi-identifier recogniser: recall per kind, false flags and speed on the labelled sets.

    .venv/bin/python -m benchmarks.casebank_quasi

Runs ``casebank.quasi_evaluate`` on the development set (``quasi_dev.jsonl`` and the burned
``quasi_dev_heldout.jsonl``, used for tuning) and, when present, on the held-out set
(``quasi_test5.jsonl``, never used for tuning); prints
one JSON line and writes the "Case bank: quasi-identifiers" section of docs/benchmarks.md.
Needs no database.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import json_line, write_marked_section  # noqa: E402
from casebank.quasi_evaluate import available_sets, evaluate, load_set, markdown  # noqa: E402


def main():
    sets = available_sets()
    results = {name: evaluate(load_set(paths)) for name, paths in sets.items()}
    sections = ["## Case bank: quasi-identifiers", ""]
    sections.append(
        "`.venv/bin/python -m benchmarks.casebank_quasi` (or `python -m casebank.quasi_evaluate "
        "[file]`): `casebank.quasi.find_all` on the labelled sets; see "
        "[reidentification-risk.md](reidentification-risk.md) for what counts."
    )
    for name, result in results.items():
        files = ", ".join(path.name for path in sets[name])
        sections += ["", markdown(result, f"{name} ({files})")]
    write_marked_section("casebank-quasi", "\n".join(sections))
    print(
        json_line({"benchmark": "casebank_quasi", **{n: r.as_dict() for n, r in results.items()}})
    )


if __name__ == "__main__":
    main()
