"""The Nu HTML checker (vnu) over a batch of saved pages, in one Java start.

vnu.jar comes from the npm package ``vnu-jar`` (pinned in package.json / package-lock.json,
installed by ``make install-test`` with ``npm ci``); Java from Debian's ``default-jre-headless``
(scripts/system-deps.sh test). The checker is given the HTML exactly as the server sent it, not
the browser's repaired DOM: a list inside a <p> is an error in the first and invisible in the
second.
"""

import json
import shutil
import subprocess
from pathlib import Path

VNU_JAR = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def nu_errors(paths):
    """``{path: [message, …]}`` for every saved page with an error (warnings and info are left
    out). One JVM checks all files: starting it costs seconds, a page milliseconds."""
    java = shutil.which("java")
    assert java, "Java is missing: scripts/system-deps.sh test installs default-jre-headless"
    assert VNU_JAR.exists(), f"{VNU_JAR} is missing: run `npm ci` (make install-test does)"
    paths = [str(path) for path in paths]
    if not paths:
        return {}
    result = subprocess.run(  # noqa: S603 (fixed program, our own files)
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *paths],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    report = json.loads(result.stderr or result.stdout)
    errors = {}
    for message in report["messages"]:
        if message.get("type") != "error":
            continue
        path = message.get("url", "").removeprefix("file:")
        where = f"line {message.get('lastLine', '?')}"
        extract = " ".join(message.get("extract", "").split())
        errors.setdefault(path, []).append(f"{where}: {message['message']} «{extract[:120]}»")
    return errors


def describe_nu_errors(errors, labels):
    """One block per page: its label (``labels`` maps a saved file to the page state) and the
    checker's errors."""
    blocks = []
    for path, messages in sorted(errors.items()):
        lines = [f"{labels.get(path, path)}: {len(messages)} Nu HTML checker error(s)"]
        lines += [f"  {message}" for message in messages[:15]]
        if len(messages) > 15:
            lines.append(f"  … and {len(messages) - 15} more")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
