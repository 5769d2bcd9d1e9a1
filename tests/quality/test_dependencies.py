"""Dependencies point one way (docs/architecture.md, "Dependencies").

Built from the source with ``ast``, not by importing it: every ``import`` in every product module
counts, at module level and inside functions alike, as does every ``{% load %}``,
``{% url "namespace:..." %}``, ``{% include %}`` and ``{% extends %}`` in the templates. The
layers, lowest first:

    samenspel (the shell: site/, with samenspel.privacy)
    toolkit
    feedback (learning.feedback)
    embed, casebank, learning

A component may use its own code and anything below it that ALLOWED lists; nothing else.
"""

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {"site": "samenspel", "toolkit": "toolkit", "learning": "learning"}
FOLDERS |= {"casebank": "casebank", "embed": "embed"}
FIRST_PARTY = set(FOLDERS.values())

ALLOWED = {
    "samenspel": set(),
    "toolkit": {"samenspel"},
    "feedback": {"samenspel", "toolkit"},
    "embed": {"samenspel", "toolkit", "feedback"},
    "casebank": {"samenspel", "toolkit", "feedback"},
    "learning": {"samenspel", "toolkit", "feedback"},
}

# The settings are the composition root: the one place in the shell that names domain apps (as
# strings: INSTALLED_APPS, SAMENSPEL_URLCONFS, SAMENSPEL_DEMO_SEEDERS).
COMPOSITION_ROOT = "samenspel.settings"

# Edges the rule forbids that are still there, each with the reason. Delete an entry when its
# edge goes; the test fails on an entry that no longer matches anything.
KNOWN_EXCEPTIONS = {
    # TEMPORARY: the shell's demo seeder creates the apps' section pages by model label; branch
    # arch-content moves the demo content into data files.
    ("string", "samenspel", "toolkit", "site/demo.py"),
    ("string", "samenspel", "casebank", "site/demo.py"),
    ("string", "samenspel", "learning", "site/demo.py"),
    # The site chrome (templates/base.html) links to the release feed and to a member's
    # notifications, and the organisation page to its intranet settings, by URL name.
    ("url", "samenspel", "toolkit", "toolkit:release_feed"),
    ("url", "samenspel", "feedback", "feedback:notifications"),
    ("url", "samenspel", "embed", "embed:settings"),
}

# Imports of first-party code inside functions, each for a reason. A new one fails the test:
# import at module level, or add it here with its reason. ("deferred" ones break an import loop
# and so are left out of test_no_import_loops.) Imports in AppConfig.ready() (``<app>.apps``) need
# no entry: Django loads models and signal handlers only once the app registry is ready.
FUNCTION_LEVEL_IMPORTS = {
    ("toolkit.models.building_blocks", "toolkit.forms"): (
        "deferred: toolkit.forms imports toolkit.models.choices and so this package; goes when the "
        "method vocabulary leaves toolkit/models/ (branch arch-content)"
    ),
    ("toolkit.models.products", "toolkit.views.decision_aid"): (
        "deferred: the view's form imports toolkit.models.choices and so this package (as above)"
    ),
    ("learning.tokens", "learning.stats"): (
        "lazy: learning.stats loads numpy and scipy, which a guest's link check does not need"
    ),
}

# Lines the pretend-optionality check lets through, with the reason.
NOT_APP_GUARDS = {
    "casebank/deidentify/model.py": "fcntl is POSIX-only: a platform module, not an app",
    "site/sweeper.py": "a queued task row may name an import path that no longer exists",
    "site/datamigrations.py": "a data migration reaches its historical models only by name",
    # TEMPORARY: demo data names the section pages by model label; branch arch-content moves the
    # demo content into data files, where labels are data.
    "site/demo.py": "model labels from the demo data",
}

NAMESPACES = {
    "samenspel": "samenspel",
    "privacy": "samenspel",
    "toolkit": "toolkit",
    "feedback": "feedback",
    "learning": "learning",
    "casebank": "casebank",
    "embed": "embed",
}
DOMAIN_STRING = re.compile(r"^(toolkit|learning|casebank|embed|feedback)([.:/])(\S*)")


def string_target(value):
    """The layer a string names as a module, model label, URL namespace or template folder."""
    match = DOMAIN_STRING.match(value)
    if match is None:
        return None
    name, separator, rest = match.groups()
    if name == "learning" and separator == "." and rest.startswith("feedback"):
        return "feedback"
    return name


def component(module):
    """The layer a dotted module name belongs to, or None for third-party code."""
    if module == "learning.feedback" or module.startswith("learning.feedback."):
        return "feedback"
    top = module.split(".")[0]
    return top if top in FIRST_PARTY else None


def product_modules():
    modules = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = [package, *path.relative_to(ROOT / folder).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


MODULES = product_modules()


def imports_of(module, path):
    """(imported module, line, inside a function) for every import statement in the file."""
    tree = ast.parse(path.read_text(), str(path))
    in_function = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            in_function |= {
                id(sub) for sub in ast.walk(node) if isinstance(sub, ast.Import | ast.ImportFrom)
            }
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            submodules = [
                f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES
            ]
            names = submodules + ([target] if len(submodules) < len(node.names) else [])
        else:
            continue
        for name in names:
            yield name, node.lineno, id(node) in in_function


IMPORTS = {module: list(imports_of(module, path)) for module, path in MODULES.items()}


def string_constants(path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value, node.lineno


def template_files():
    for folder, package in [*FOLDERS.items(), ("templates", "samenspel")]:
        base = ROOT / folder
        for path in sorted(
            base.rglob("templates/**/*") if folder != "templates" else base.rglob("*")
        ):
            if path.is_file() and ".venv" not in path.parts:
                owner = (
                    "feedback" if "learning/feedback/" in str(path.relative_to(ROOT)) else package
                )
                yield owner, path


TEMPLATE_LIBRARIES = {
    path.stem: component(module)
    for module, path in MODULES.items()
    if ".templatetags." in module and path.name != "__init__.py"
}


def edges():
    """(kind, from component, to component, detail, where) for every first-party reference."""
    for module, imports in IMPORTS.items():
        source = component(module)
        for target, line, _inside in imports:
            if component(target) is not None:
                yield "import", source, component(target), target, f"{module}:{line}"
        if component(module) == "samenspel" and not module.startswith(COMPOSITION_ROOT):
            path = MODULES[module]
            for value, line in string_constants(path):
                target = string_target(value)
                if target:
                    where = str(path.relative_to(ROOT))
                    yield "string", source, target, where, f"{where}:{line} {value!r}"
    for module, path in MODULES.items():
        # Strings that name a higher layer's module, label or template elsewhere too.
        source = component(module)
        if source == "samenspel":
            continue
        for value, line in string_constants(path):
            target = string_target(value)
            if target and target not in {source, *ALLOWED[source]}:
                where = str(path.relative_to(ROOT))
                yield "string", source, target, where, f"{where}:{line} {value!r}"
    for owner, path in template_files():
        text = path.read_text(errors="replace")
        where = str(path.relative_to(ROOT))
        for libraries in re.findall(r"{%\s*load\s+([^%]+?)\s*%}", text):
            for library in libraries.split():
                target = TEMPLATE_LIBRARIES.get(library)
                if target:
                    yield "template", owner, target, library, where
        for folder in re.findall(r"{%\s*(?:include|extends)\s+['\"]([\w-]+)/", text):
            target = NAMESPACES.get(folder)  # an app's templates live in a folder of its name
            if target:
                yield "template", owner, target, folder, where
        for name in re.findall(r"{%\s*url\s+['\"]([\w-]+):([\w-]+)['\"]", text):
            target = NAMESPACES.get(name[0])
            if target:
                yield "url", owner, target, ":".join(name), where


EDGES = list(edges())


def is_allowed(kind, source, target):
    return target == source or target in ALLOWED[source]


def test_layers_are_known():
    assert {component(module) for module in MODULES} == set(ALLOWED)


def test_dependencies_point_one_way():
    wrong = sorted(
        f"{kind}: {source} -> {target} ({where}, {detail})"
        for kind, source, target, detail, where in EDGES
        if not is_allowed(kind, source, target)
        and (kind, source, target, detail) not in KNOWN_EXCEPTIONS
    )
    assert not wrong, "Dependencies against the layers (docs/architecture.md):\n" + "\n".join(wrong)


def test_every_known_exception_still_exists():
    found = {(kind, source, target, detail) for kind, source, target, detail, _ in EDGES}
    assert found >= KNOWN_EXCEPTIONS, KNOWN_EXCEPTIONS - found


def test_no_pretend_optionality():
    """No app is optional: no import guards, no model looked up by name to dodge an import."""
    dodges = re.compile(
        r"except (ImportError|ModuleNotFoundError|LookupError)|apps\.is_installed|"
        r"apps\.get_model\(|importlib|import_module\("
    )
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in MODULES.values()
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if dodges.search(line) and str(path.relative_to(ROOT)) not in NOT_APP_GUARDS
    ]
    assert not found, "\n".join(found)


def test_function_level_imports_of_first_party_code_have_a_reason():
    found = {
        (module, target)
        for module, imports in IMPORTS.items()
        for target, _line, inside in imports
        if inside and component(target) is not None and not module.endswith(".apps")
    }
    new = sorted(found - FUNCTION_LEVEL_IMPORTS.keys())
    assert not new, (
        "Import these at module level, or give the reason in FUNCTION_LEVEL_IMPORTS:\n"
        + ("\n".join(f"{module} imports {target}" for module, target in new))
    )
    assert not FUNCTION_LEVEL_IMPORTS.keys() - found, "stale entries"


def import_cycles():
    graph = defaultdict(set)
    for module, imports in IMPORTS.items():
        own_packages = {module.rsplit(".", n)[0] for n in range(module.count(".") + 1)}
        for target, _line, inside in imports:
            if inside and FUNCTION_LEVEL_IMPORTS.get((module, target), "").startswith("deferred"):
                continue
            # Importing a.b.c runs a/__init__ and a/b/__init__ first: those count too, except the
            # importing module's own packages (a package importing its modules is no loop).
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                name = ".".join(parts[:end])
                if name in MODULES and name != module and name not in own_packages:
                    graph[module].add(name)
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            members = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.add(member)
                if member == node:
                    break
            if len(members) > 1:
                cycles.append(sorted(members))

    for node in list(MODULES):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_loops():
    """No two modules import each other, directly or round about, not even inside a function."""
    assert import_cycles() == []


@pytest.mark.parametrize(
    ("module", "expected"),
    [("learning.feedback.services", "feedback"), ("samenspel.privacy.core", "samenspel")],
)
def test_components_of_modules(module, expected):
    assert component(module) == expected
