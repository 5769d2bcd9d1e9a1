"""Every app has the same anatomy (docs/architecture.md, "App anatomy"); these tests keep it."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
# app folder -> app label (the folder its templates live in)
APPS = {
    "site": "samenspel",
    "embed": "embed",
    "site/privacy": "privacy",
    "toolkit": "toolkit",
    "learning": "learning",
    "learning/feedback": "feedback",
    "casebank": "casebank",
}
SERVICES_LIMIT = 400
# Known to break the rule, with the reason; remove the entry when it is fixed.
OVERSIZED_SERVICES = {}
EAGER_GETTEXT = {"gettext", "ngettext", "pgettext", "npgettext"}


def product_modules():
    for folder in ("site", "toolkit", "learning", "casebank"):
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def import_time_calls(tree, names):
    """Calls of `names` that run when the module is imported: at module and class level, in
    decorators and in default argument values, but not inside function bodies."""
    found = []

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                evaluated = [*getattr(child, "decorator_list", []), *child.args.defaults]
                evaluated += [d for d in child.args.kw_defaults if d is not None]
                for part in evaluated:
                    visit_all(part)
                continue
            if isinstance(child, ast.Call) and getattr(child.func, "id", None) in names:
                found.append(child.lineno)
            visit(child)

    def visit_all(node):
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and getattr(sub.func, "id", None) in names:
                found.append(sub.lineno)

    visit(tree)
    return found


def test_no_module_translates_at_import_time():
    """gettext() at import time freezes the language of whoever imported the module first;
    module and class level text uses gettext_lazy."""
    offenders = []
    for path in product_modules():
        tree = ast.parse(path.read_text())
        eager = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation"
            for alias in node.names
            if alias.name in EAGER_GETTEXT
        }
        offenders += [f"{path.relative_to(ROOT)}:{n}" for n in import_time_calls(tree, eager)]
    assert offenders == []


def test_the_import_time_check_sees_class_level_and_default_arguments():
    source = (
        "from django.utils.translation import gettext as _\n"
        "STEPS = (('a', _('A')),)\n"
        "class Form:\n    label = _('B')\n"
        "def f(x=_('C')):\n    return _('fine: runs per call')\n"
    )
    assert import_time_calls(ast.parse(source), {"_"}) == [2, 4, 5]


@pytest.mark.parametrize("app", APPS)
def test_signals_modules_hold_signal_receivers(app):
    path = ROOT / app / "signals.py"
    if path.exists():
        text = path.read_text()
        connects = ("@receiver", ".connect(", "bump_on_change(")  # the last: samenspel.signals
        assert any(way in text for way in connects), f"{app}/signals.py connects nothing"


@pytest.mark.parametrize("app", APPS)
def test_services_are_a_flat_module_until_they_outgrow_it(app):
    module, package = ROOT / app / "services.py", ROOT / app / "services"
    assert not (module.exists() and package.exists())
    if module.exists():
        lines = len(module.read_text().splitlines())
        name = f"{app}/services.py"
        assert lines <= SERVICES_LIMIT or name in OVERSIZED_SERVICES, (
            f"{name} has {lines} lines: split it into services/ by concern"
        )
    if package.exists():
        lines = sum(len(p.read_text().splitlines()) for p in package.glob("*.py"))
        assert lines > SERVICES_LIMIT, f"{app}/services/ has {lines} lines: make it one module"
        assert (package / "__init__.py").read_text().strip() == "", (
            "services/__init__.py stays empty: callers import the concern's module"
        )


@pytest.mark.parametrize(("app", "label"), APPS.items())
def test_templates_live_under_the_app_label(app, label):
    folder = ROOT / app / "templates"
    if folder.exists():
        assert sorted(p.name for p in folder.iterdir()) == [label]


def test_tests_live_under_tests_not_in_the_apps():
    in_apps = [
        str(path.relative_to(ROOT))
        for path in product_modules()
        if path.name.startswith("test_") or "tests" in path.parts
    ]
    assert in_apps == []


def test_one_field_template_renders_help_texts_and_errors():
    """Only samenspel/forms/field.html writes the ids that aria-describedby points at."""
    pattern = re.compile(r"_helptext|_help\"|_error\"|aria-describedby|aria-invalid")
    writers = [
        str(path.relative_to(ROOT))
        for folder in ("templates", "site", "toolkit", "learning", "casebank")
        for path in (ROOT / folder).rglob("*.html")
        if "templates" in path.parts and pattern.search(path.read_text())
    ]
    assert writers == ["site/templates/samenspel/forms/field.html"]
