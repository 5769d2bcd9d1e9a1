"""What the URL fuzz test fuzzes, found from the code: every URL pattern, and every query
parameter our views read.

- ``url_patterns()`` walks ``django.urls.get_resolver()`` recursively and returns each pattern as
  a list of segments (route strings with their converters, or regexes), with its view.
- ``query_parameters(callables)`` reads the source of views (following the functions and classes
  they call in our own packages, including imports inside a function) and returns the names read
  from ``request.GET``: ``.get("x")``, ``["x"]``, ``.getlist("x")``, ``"x" in request.GET``,
  ``int_param(request.GET, "x")``, a form class bound to ``request.GET`` (its declared fields
  and the ones its ``__init__`` adds), and keys that are loop variables over a constant
  collection. Every other use of ``request.GET`` that could read a parameter (a key that is not
  a constant, the whole QueryDict passed to an unknown function, iterated, ``dict()``-ed) is
  returned as *unresolved*, so the fuzz test can fail until the scan learns it. ``.copy()`` and
  ``.urlencode()`` only pass the query on (for links) and are not reads.
"""

import ast
import importlib
import inspect
import textwrap
from dataclasses import dataclass, field

from django import forms
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

OWN_PACKAGES = ("samenspel", "toolkit", "learning", "casebank", "embed")
QUERY_ATTRIBUTES = {"GET", "query_params"}
READ_METHODS = {"get", "getlist", "__getitem__", "__contains__", "pop", "lists"}
PASS_ON_METHODS = {"copy", "urlencode"}
INT_HELPERS = {"int_param", "int_list_param"}


@dataclass
class Pattern:
    segments: list  # RoutePattern or RegexPattern objects, outermost first
    callback: object
    name: str
    module: str

    @property
    def description(self):
        return "".join(str(segment) for segment in self.segments) or "/"

    @property
    def is_own(self):
        """Our view, also when a third-party router wraps our class (the page API)."""
        return self.module.startswith(OWN_PACKAGES) or any(
            own(target) for target in view_targets(self.callback)
        )


def url_patterns(resolver=None, segments=()):
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found.extend(url_patterns(entry, (*segments, entry.pattern)))
        elif isinstance(entry, URLPattern):
            callback = entry.callback
            found.append(
                Pattern(
                    segments=[*segments, entry.pattern],
                    callback=callback,
                    name=entry.name or "",
                    module=getattr(inspect.unwrap(callback), "__module__", "") or "",
                )
            )
    return found


def is_route(segment):
    return isinstance(segment, RoutePattern)


def is_regex(segment):
    return isinstance(segment, RegexPattern)


@dataclass
class ScanResult:
    parameters: set = field(default_factory=set)
    unresolved: list = field(default_factory=list)


def own(obj, packages=OWN_PACKAGES):
    return (getattr(obj, "__module__", "") or "").startswith(packages)


def view_targets(callback):
    """The functions and classes behind a URL callback: the function itself, a class-based
    view's class (``view_class``) or a DRF viewset's class (``cls``)."""
    targets = []
    for attribute in ("view_class", "cls"):
        cls = getattr(callback, attribute, None)
        if cls is not None:
            targets.append(cls)
    targets.append(inspect.unwrap(callback))
    return targets


def query_parameters(targets, packages=OWN_PACKAGES):
    """Scan functions and classes (and what they call in ``packages``) for query reads."""
    result = ScanResult()
    seen = set()
    pending = list(targets)
    while pending:
        target = pending.pop()
        if id(target) in seen:
            continue
        seen.add(id(target))
        if inspect.isclass(target):
            for cls in target.__mro__:
                if own(cls, packages):
                    pending.extend(
                        value
                        for value in vars(cls).values()
                        if inspect.isfunction(value)
                        or isinstance(value, staticmethod | classmethod)
                    )
            continue
        function = getattr(target, "__func__", target)
        function = inspect.unwrap(function)
        if not inspect.isfunction(function) or not own(function, packages):
            continue
        pending.extend(_scan_function(function, result, packages))
    return result


def _source_tree(function):
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return None
    return ast.parse(source)


def _local_imports(tree, function):
    """Names bound by ``import``/``from … import`` inside the function body."""
    names = {}
    package = function.__module__.rpartition(".")[0]
    module = importlib.import_module(function.__module__)
    package = getattr(module, "__package__", package) or package
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            try:
                imported = importlib.import_module(base, package) if node.level else None
                imported = imported or importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                value = getattr(imported, alias.name, None)
                if value is None:
                    try:
                        value = importlib.import_module(f"{imported.__name__}.{alias.name}")
                    except ImportError:
                        continue
                names[alias.asname or alias.name] = value
    return names


def _resolve(node, namespace):
    """The object a Name or Attribute chain refers to, or None."""
    if isinstance(node, ast.Name):
        return namespace.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _resolve(node.value, namespace)
        return getattr(base, node.attr, None) if base is not None else None
    return None


def _is_query(node):
    return isinstance(node, ast.Attribute) and node.attr in QUERY_ATTRIBUTES


def _parents(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def _constant_keys(node, namespace, loops):
    """The string keys an expression stands for: a constant, or a loop variable over a constant
    collection. None when it cannot be known."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Name) and node.id in loops:
        collection = _resolve(loops[node.id], namespace)
        if isinstance(collection, list | tuple | set | frozenset | dict):
            keys = set(collection)
            if all(isinstance(key, str) for key in keys):
                return keys
    if isinstance(node, ast.Name):
        value = namespace.get(node.id)
        if isinstance(value, str):
            return {value}
    if isinstance(node, ast.Attribute):
        value = _resolve(node, namespace)
        if isinstance(value, str):
            return {value}
    return None


def form_fields(form_class, packages=OWN_PACKAGES):
    """Declared fields plus the ones ``__init__`` adds with ``self.fields["x"] = …``."""
    names = set(getattr(form_class, "base_fields", {}))
    for cls in form_class.__mro__:
        init = vars(cls).get("__init__")
        if init is None or not own(cls, packages):
            continue
        tree = _source_tree(init)
        for node in ast.walk(tree) if tree else []:
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "fields"
                and isinstance(node.slice, ast.Constant)
                and isinstance(node.ctx, ast.Store)
            ):
                names.add(node.slice.value)
    return names


def _scan_function(function, result, packages):
    """Record the query reads of one function; return the own callables it refers to."""
    tree = _source_tree(function)
    if tree is None:
        return []
    closure = inspect.getclosurevars(function).nonlocals  # a decorator's wrapped view
    namespace = {**function.__globals__, **closure, **_local_imports(tree, function)}
    parents = _parents(tree)
    loops = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.comprehension | ast.For) and isinstance(node.target, ast.Name):
            loops[node.target.id] = node.iter
    where = f"{function.__module__}.{function.__qualname__}"

    def unresolved(node, why):
        result.unresolved.append(f"{where} line {node.lineno}: {why}")

    for node in ast.walk(tree):
        if not _is_query(node):
            continue
        if isinstance(parents.get(node), ast.Attribute) and parents[node].attr == "GET":
            continue  # request._request.GET: the inner node is the query
        parent = parents.get(node)
        while isinstance(parent, ast.BoolOp):  # request.GET or None
            node, parent = parent, parents.get(parent)
        if isinstance(parent, ast.Attribute):
            method = parent.attr
            call = parents.get(parent)
            if method in PASS_ON_METHODS:
                continue
            if method in READ_METHODS and isinstance(call, ast.Call) and call.args:
                keys = _constant_keys(call.args[0], namespace, loops)
                if keys is None:
                    unresolved(node, f"request.GET.{method}() with a key the scan cannot read")
                else:
                    result.parameters |= keys
                continue
            unresolved(node, f"request.GET.{method}")
        elif isinstance(parent, ast.Subscript) and parent.value is node:
            keys = _constant_keys(parent.slice, namespace, loops)
            if keys is None:
                unresolved(node, "request.GET[…] with a key the scan cannot read")
            else:
                result.parameters |= keys
        elif isinstance(parent, ast.Compare) and node in parent.comparators:
            keys = _constant_keys(parent.left, namespace, loops)
            if keys is None:
                unresolved(node, "… in request.GET with a key the scan cannot read")
            else:
                result.parameters |= keys
        elif isinstance(parent, ast.Call) and node in parent.args:
            called = _resolve(parent.func, namespace)
            name = getattr(called, "__name__", "")
            if name in INT_HELPERS and len(parent.args) > 1:
                keys = _constant_keys(parent.args[1], namespace, loops)
                if keys is not None:
                    result.parameters |= keys
                    continue
            if inspect.isclass(called) and issubclass(called, forms.BaseForm):
                result.parameters |= form_fields(called, packages)
                continue
            unresolved(node, f"request.GET passed to {ast.unparse(parent.func)}")
        elif isinstance(parent, ast.Assign) and isinstance(parents.get(parent), ast.AST):
            if all(isinstance(target, ast.Attribute) for target in parent.targets):
                continue  # request._request.GET = query: a write, not a read
            unresolved(node, "request.GET assigned to a name")
        else:
            unresolved(node, f"request.GET used as {type(parent).__name__}")

    called = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            target = _resolve(node.func, namespace)
            is_form = inspect.isclass(target) and issubclass(target, forms.BaseForm)
            is_code = inspect.isfunction(target) or inspect.isclass(target)
            if is_code and not is_form and own(target, packages):
                called.append(target)
    return called


def page_models():
    """Our concrete Wagtail page types: they are views too (``serve``, ``get_context`` and
    routable-page routes), reached through Wagtail's catch-all pattern."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if own(model)]


def page_query_parameters(model):
    return query_parameters([model])


def subpage_routes(model):
    """(name, RoutePattern or RegexPattern) of a routable page type's sub-routes."""
    if not hasattr(model, "get_subpage_urls"):
        return []
    return [(route.name, route.pattern) for route in model.get_subpage_urls()]
