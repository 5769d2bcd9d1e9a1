# ruff: noqa: S603 (runs only our own benchmark modules)
"""`make bench`: the site load benchmark, then every feature benchmark, within a time budget.

1. benchmarks.site_load on a throw-away PostgreSQL database (migrated and seeded with the demo);
2. every other module benchmarks/<name>.py (each prints one JSON line last), with DATABASE_URL
   pointing at that seeded database, one after another, each bounded by what is left of the
   budget (BENCH_BUDGET_SECONDS, default 570 s for the whole run);
3. the header and summary of docs/benchmarks.md (each benchmark writes its own section);
4. one JSON summary line, printed last.
"""

import json
import os
import platform
import re
import subprocess  # noqa: S404
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import site_load
from benchmarks.common import (
    DOC,
    PYTHON,
    ROOT,
    json_line,
    throwaway_database,
    write_marked_section,
)

OWN_MODULES = {"__init__", "__main__", "common", "front_cache", "site_load"}
BUDGET_SECONDS = float(os.environ.get("BENCH_BUDGET_SECONDS", "570"))
MIN_SECONDS_TO_START = 45  # a feature benchmark needs at least a migrate


def feature_modules():
    """The feature benchmarks, quickest first according to the last run's summary table, so a
    tight budget still gets most of them."""
    here = Path(__file__).resolve().parent
    names = sorted(p.stem for p in here.glob("*.py") if p.stem not in OWN_MODULES)
    last = {}
    if DOC.exists():
        for name, seconds in re.findall(r"^\| (\w+) \| ok \| ([\d.]+) \|", DOC.read_text(), re.M):
            last[name] = float(seconds)
    return sorted(names, key=lambda name: last.get(name, 0.0))


def last_json_line(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return None


def run_feature(name, database_url, seconds):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["DATABASE_URL"] = database_url
    started = time.monotonic()
    try:
        result = subprocess.run(
            [PYTHON, "-m", f"benchmarks.{name}"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=seconds,
        )
    except subprocess.TimeoutExpired:
        return {"status": "timed out", "seconds": round(seconds)}
    elapsed = round(time.monotonic() - started, 1)
    data = last_json_line(result.stdout)
    if result.returncode != 0 or data is None:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        return {"status": f"failed (exit {result.returncode})", "error": tail, "seconds": elapsed}
    return {"status": "ok", "seconds": elapsed, "result": data}


def write_header(site, features, total_seconds):
    lines = [
        "Numbers from `make bench` (`python -m benchmarks`), which runs the site load benchmark "
        "and every feature benchmark in `benchmarks/` and rewrites this file's sections. "
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}; the development "
        "machines are shared, so other work may have run at the same time: compare ratios and "
        "query counts rather than absolute numbers.",
        "",
        "| benchmark | status | seconds | targets met |",
        "| --- | --- | ---: | --- |",
    ]
    met = "yes" if site["all_targets_met"] else "**no**"
    lines.append(f"| site_load | ok | {site['seconds']} | {met} |")
    for name, outcome in features.items():
        result = outcome.get("result") or {}
        flags = [v for k, v in result.items() if k in {"met", "target_met", "passed"}]
        target = ("yes" if all(flags) else "**no**") if flags else "see section"
        lines.append(f"| {name} | {outcome['status']} | {outcome['seconds']} | {target} |")
    lines.append("")
    lines.append(f"Whole run: {total_seconds:.0f} s.")
    write_marked_section("summary", "\n".join(lines), before_other_sections=True)


def main():
    started = time.monotonic()
    deadline = started + BUDGET_SECONDS
    features = {}
    with (
        tempfile.TemporaryDirectory() as static_root,
        throwaway_database(f"samenspel_bench_{os.getpid()}") as database_url,
    ):
        site = site_load.run_on(database_url, static_root)
        print(json_line(site), flush=True)
        for name in feature_modules():
            left = deadline - time.monotonic()
            if left < MIN_SECONDS_TO_START:
                features[name] = {"status": "not run (time budget)", "seconds": 0}
                continue
            features[name] = run_feature(name, database_url, left)
            print(json_line({"benchmark": name, **features[name]}), flush=True)
    total = time.monotonic() - started
    write_header(site, features, total)
    summary = {
        "benchmark": "all",
        "seconds": round(total, 1),
        "site": {
            "all_targets_met": site["all_targets_met"],
            "targets": {k: v["value"] for k, v in site["targets"].items()},
            "pages": {
                row["key"]: {
                    "rps": row["page"]["rps"],
                    "p95_ms": row["page"]["p95_ms"],
                    "ratio": row["ratio"],
                    "queries": row["queries_warm"],
                }
                for row in site["endpoints"]
            },
            "skipped": site["notes"],
        },
        "features": {name: outcome["status"] for name, outcome in features.items()},
    }
    print(json_line(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
