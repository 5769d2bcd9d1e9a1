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


# "Needs review" results that are reviewed and not ours, by (rule, first target): Wagtail's user
# bar (editors only) keeps its menu in its own shadow root, collapsed, so axe cannot see the
# element the toggle's aria-controls names; it is there once the menu opens.
REVIEWED_NEEDS_REVIEW = {("aria-valid-attr-value", "wagtail-userbar")}


def _outermost(target):
    """The outermost selector of an axe target; inside a shadow root the target is a list of
    selectors, host first."""
    first = target[0]
    return str(first[0] if isinstance(first, list) else first)


def aria_needs_review(page):
    """axe's "incomplete" (needs review) results for its ARIA rules (rule ids ``aria-*``): axe
    could not decide, which for ARIA almost always means a reference or role it cannot resolve.
    Counted as failures, like violations, except the reviewed ones above."""
    options = {
        "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
        "resultTypes": ["incomplete"],
    }
    results = []
    for result in _axe.run(page, options=options).response["incomplete"]:
        if not result["id"].startswith("aria-"):
            continue
        nodes = [
            node
            for node in result["nodes"]
            if (result["id"], _outermost(node["target"])) not in REVIEWED_NEEDS_REVIEW
        ]
        if nodes:
            results.append({**result, "nodes": nodes})
    return results


_BROKEN_REFERENCES = """() => {
  const problems = [];
  for (const attribute of ["aria-describedby", "aria-labelledby"]) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of element.getAttribute(attribute).split(/\\s+/).filter(Boolean)) {
        const target = document.getElementById(id);
        const text = target && (target.getAttribute("aria-label") || target.textContent || "");
        if (!target || !text.trim()) {
          problems.push(`${attribute}="${id}" on <${element.localName}` +
            (element.id ? ` id="${element.id}"` : "") + `>: ` +
            (target ? "the element has no text" : "no element with that id"));
        }
      }
    }
  }
  return problems;
}"""


def broken_aria_references(page):
    """Every ``aria-describedby`` and ``aria-labelledby`` id must name an element on the page
    that has text; otherwise the field's description or the region's name is silently empty."""
    return page.evaluate(_BROKEN_REFERENCES)


def title_problem(page):
    """A page's <title> must name the page, not only the site ("· Samenspel")."""
    title = " ".join(page.title().split())
    if not title or title.startswith("·") or title.lower() in {"samenspel", "· samenspel"}:
        return f"the page title {title!r} does not name the page"
    return None


def beyond_axe_problems(page):
    """What the accessibility checks fail on besides axe's violations, as readable lines."""
    lines = [
        f"  [axe needs review: {result['id']}] {result['help']}: "
        + ", ".join(" ".join(str(t) for t in node["target"]) for node in result["nodes"][:5])
        for result in aria_needs_review(page)
    ]
    lines += [f"  [aria reference] {problem}" for problem in broken_aria_references(page)]
    if problem := title_problem(page):
        lines.append(f"  [title] {problem}")
    return lines


def assert_no_axe_violations(page, label=None):
    """Fail with the list of WCAG 2.1 A/AA violations on ``page``, axe's ARIA "needs review"
    results, broken ARIA references and a title that does not name the page, all at once."""
    violations = axe_violations(page)
    report = describe_violations(violations, label or page.url) if violations else ""
    extra = beyond_axe_problems(page)
    if extra:
        report += "\n" + f"{label or page.url}:\n" + "\n".join(extra)
    assert not report, report
