"""De-identification quality and speed: recall (whole and partial leaks), domain words kept,
crashes and milliseconds per 1,000 characters, per kind, on the development and the held-out
test split, for the project layer and for deduce alone (the baseline).

    .venv/bin/python -m benchmarks.deidentify_quality

Needs no database. Prints one JSON line and writes the "De-identification" section of
docs/benchmarks.md. The targets (issue 12) are judged on the test split only: recall >= 0.99,
no partial leaks, domain words kept >= 0.98, no crashes, <= 50 ms per 1,000 characters warm.
"""

import json
import os

from benchmarks.common import json_line, write_marked_section

TARGETS = {"recall": 0.99, "partial_leaks": 0, "domain_kept": 0.98, "crashes": 0,
           "ms_per_1000_chars": 50.0}  # fmt: skip


def targets_met(figures):
    return (
        figures["recall"] >= TARGETS["recall"]
        and figures["partial_leaks"] <= TARGETS["partial_leaks"]
        and figures["domain_kept"] >= TARGETS["domain_kept"]
        and figures["crashes"] <= TARGETS["crashes"]
        and figures["ms_per_1000_chars"] <= TARGETS["ms_per_1000_chars"]
    )


def main():
    from casebank.deidentify import evaluate

    load_before = os.getloadavg()[0]
    results = evaluate.run_splits(["dev", "test"])
    load_after = os.getloadavg()[0]
    lines = [
        "`python -m benchmarks.deidentify_quality`: the de-identifier on its development split "
        "(tuned on) and its held-out test split (never tuned on), against deduce alone. "
        f"Machine load average {load_before:.1f} before and {load_after:.1f} after (2 cores).",
    ]
    summary = {"benchmark": "deidentify_quality", "load_average": round(load_after, 1)}
    for name, pair in results.items():
        lines.append(f"\n### {name} split\n")
        if pair is None:
            lines.append("(not there)")
            summary[name] = None
            continue
        lines.append(evaluate.markdown_table(*pair))
        project, baseline = pair[0].as_dict(), pair[1].as_dict()
        summary[name] = {
            key: project[key]
            for key in (
                "identifiers",
                "recall",
                "partial_leaks",
                "domain_kept",
                "crashes",
                "ms_per_1000_chars",
            )  # fmt: skip
        }
        summary[name]["deduce_recall"] = baseline["recall"]
    test = summary.get("test")
    summary["met"] = bool(test) and targets_met(test)
    write_marked_section("deidentify_quality", "## De-identification\n\n" + "\n".join(lines))
    print(json.dumps(summary, indent=1))
    print(json_line(summary))


if __name__ == "__main__":
    main()
