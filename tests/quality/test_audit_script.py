"""scripts/audit.sh: fails on known vulnerabilities, says so clearly when it cannot audit.

pip-audit itself is replaced by a stand-in that writes a prepared report, because the real
vulnerability services are out of reach on these machines (see docs/security.md).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_audit(tmp_path, report=None, stderr="", exit_code=0):
    fake = tmp_path / "pip-audit"
    lines = ["#!/usr/bin/env python3", "import sys", "args = sys.argv[1:]"]
    if report is not None:
        lines += [
            "out = args[args.index('--output') + 1]",
            f"open(out, 'w').write({json.dumps(json.dumps(report))})",
        ]
    lines += [f"sys.stderr.write({stderr!r})", f"sys.exit({exit_code})"]
    fake.write_text("\n".join(lines) + "\n")
    fake.chmod(0o755)
    return subprocess.run(
        ["bash", "scripts/audit.sh"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PIP_AUDIT": str(fake), "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_clean_report_passes(tmp_path):
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}]}
    result = run_audit(tmp_path, report)
    assert result.returncode == 0, result.stdout
    assert "1 packages audited, 0 vulnerable" in result.stdout


def test_known_vulnerability_fails_with_its_id(tmp_path):
    vuln = {"id": "PYSEC-2099-1", "fix_versions": ["5.2.20"], "aliases": [], "description": ""}
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": [vuln]}]}
    result = run_audit(tmp_path, report, exit_code=1)
    assert result.returncode == 1
    assert "VULNERABLE django==5.2.19: PYSEC-2099-1 (fixed in: 5.2.20)" in result.stdout


def test_partly_unaudited_is_not_a_pass(tmp_path):
    report = {
        "dependencies": [
            {"name": "django", "version": "5.2.19", "vulns": []},
            {"name": "wagtail", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    result = run_audit(tmp_path, report)
    assert result.returncode == 1
    assert "NOT AUDITED wagtail" in result.stdout


@pytest.mark.parametrize(
    ("report", "stderr"),
    [
        ({"dependencies": [{"name": "django", "skip_reason": "not found on PyPI"}]}, ""),
        (None, "requests.exceptions.ConnectionError: NameResolutionError(...)"),
    ],
)
def test_unreachable_service_exits_2_with_a_clear_message(tmp_path, report, stderr):
    result = run_audit(tmp_path, report, stderr=stderr, exit_code=1)
    assert result.returncode == 2
    assert "nothing was audited" in result.stdout
