#!/usr/bin/env bash
# Dependency audit of the pinned packages (constraints.txt) with pip-audit.
#   exit 0  every pinned package was checked and none has a known vulnerability
#   exit 1  known vulnerabilities, or some packages could not be checked
#   exit 2  the vulnerability service cannot be reached from this machine (nothing was checked)
# AUDIT_SERVICE=pypi (default) or osv chooses the vulnerability service.
set -uo pipefail
cd "$(dirname "$0")/.."

PIP_AUDIT="${PIP_AUDIT:-.venv/bin/pip-audit}"
SERVICE="${AUDIT_SERVICE:-pypi}"
REQUIREMENTS="${AUDIT_REQUIREMENTS:-constraints.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every package is pinned, so pip-audit needs no resolver and no throw-away virtualenv.
"$PIP_AUDIT" --no-deps --disable-pip --progress-spinner off --vulnerability-service "$SERVICE" \
  --requirement "$REQUIREMENTS" --format json --output "$work/report.json" 2>"$work/stderr"
status=$?

"${PYTHON:-.venv/bin/python}" - "$work/report.json" "$work/stderr" "$status" "$SERVICE" <<'PY'
import json
import sys
from pathlib import Path

report_path, stderr_path, status, service = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
stderr = Path(stderr_path).read_text()
unreachable_signs = ("NameResolutionError", "ConnectionError", "Failed to resolve", "timed out")

try:
    dependencies = json.loads(Path(report_path).read_text())["dependencies"]
except (FileNotFoundError, json.JSONDecodeError, KeyError):
    if any(sign in stderr for sign in unreachable_signs):
        print(f"pip-audit: the vulnerability service '{service}' cannot be reached from this "
              "machine; nothing was audited.")
        sys.exit(2)
    print(f"pip-audit failed (exit {status}):\n{stderr[-2000:]}")
    sys.exit(1)

skipped = [d for d in dependencies if d.get("skip_reason")]
vulnerable = [d for d in dependencies if d.get("vulns")]
if dependencies and len(skipped) == len(dependencies):
    print(f"pip-audit: the vulnerability service '{service}' knows none of the "
          f"{len(dependencies)} pinned packages (first reason: {skipped[0]['skip_reason']}). "
          "It is unreachable from this machine; nothing was audited.")
    sys.exit(2)
for dependency in vulnerable:
    for vuln in dependency["vulns"]:
        fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
        print(f"VULNERABLE {dependency['name']}=={dependency['version']}: {vuln['id']} "
              f"(fixed in: {fixes})")
for dependency in skipped:
    print(f"NOT AUDITED {dependency['name']}: {dependency['skip_reason']}")
audited = len(dependencies) - len(skipped)
print(f"pip-audit: {audited} packages audited, {len(vulnerable)} vulnerable, "
      f"{len(skipped)} not audited.")
sys.exit(1 if vulnerable or skipped else 0)
PY
