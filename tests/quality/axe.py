"""axe-core in a real browser: WCAG 2.1 A and AA rules, with a readable failure message.

axe-playwright-python ships axe.min.js inside its wheel, so nothing is downloaded at run time.
Playwright injects the script through the DevTools protocol, which the site's
Content-Security-Policy (script-src 'self') does not block.
"""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def axe_violations(page):
    """The WCAG 2.1 A/AA violations axe finds on the page as it is now."""
    options = {
        "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
        "resultTypes": ["violations"],
    }
    return _axe.run(page, options=options).response["violations"]


def describe_violations(violations, label=""):
    """One block per violated rule: rule id, impact, help text and the offending elements."""
    lines = [f"{label}: {len(violations)} axe violation(s)" if label else ""]
    for violation in violations:
        lines.append(
            f"  [{violation['id']}] ({violation.get('impact')}) {violation['help']}"
            f" — {violation['helpUrl']}"
        )
        for node in violation["nodes"][:5]:
            target = ", ".join(str(t) for t in node["target"])
            lines.append(f"      at {target}: {node['html'][:160]}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"        {summary[:240]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"      … and {len(violation['nodes']) - 5} more element(s)")
    return "\n".join(line for line in lines if line)


def assert_no_axe_violations(page, label=None):
    """Fail with the list of WCAG 2.1 A/AA violations on ``page``, if there are any."""
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, label or page.url)
