"""Dead code check for `make lint`: vulture over the product code, with the names that templates
use and the framework's conventions counted as used, and a reviewed whitelist
(scripts/deadcode_whitelist.py) for what is reached in ways vulture cannot see. Prints each
finding and exits 1 when there is any: delete the code, or, if it is really used, add it to the
whitelist with the reason."""

import ast
import re
import sys
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["site", "toolkit", "learning", "casebank", "embed", "benchmarks"]
WHITELIST = ROOT / "scripts" / "deadcode_whitelist.py"
# Migrations and settings are read by Django; the content modules hold demo text as Python
# literals (being moved to data files) and are checked by their schema tests.
EXCLUDE = ["*/migrations/*", "*/settings/*", "*/demo_content/*", "*demo_content.py", "*_content.py"]

# Names Django, Wagtail, django-rules and the standard library call by convention.
IGNORE_NAMES = [
    # app configs, management commands, settings modules, URL modules
    "*Config",
    "default_auto_field",
    "ready",
    "label",
    "verbose_name",
    "help",
    "add_arguments",
    "handle",
    "stealth_options",
    "requires_system_checks",
    "app_name",
    "urlpatterns",
    "handler*",
    # models, forms, admin, Wagtail pages, snippets and blocks
    "Meta",
    "ordering",
    "verbose_name_plural",
    "indexes",
    "constraints",
    "unique_together",
    "db_table",
    "abstract",
    "proxy",
    "get_latest_by",
    "default_related_name",
    "permissions",
    "default_permissions",
    "objects",
    "widgets",
    "labels",
    "help_texts",
    "error_messages",
    "fields",
    "exclude",
    "clean_*",
    "personal_data",
    "parent_page_types",
    "value_class",
    "subpage_types",
    "page_description",
    "max_count",
    "max_count_per_parent",
    "template",
    "ajax_template",
    "content_panels",
    "settings_panels",
    "promote_panels",
    "panels",
    "search_fields",
    "api_fields",
    "get_context",
    "get_template",
    "get_sitemap_urls",
    "get_url_parts",
    "serve",
    "serve_preview",
    "preview_modes",
    "default_preview_mode",
    "get_admin_display_title",
    "icon",
    "group",
    "form_classname",
    "get_form_context",
    "get_searchable_content",
    "get_preview_value",
    "preview_value",
    "preview_template",
    "description",
    "admin_text",
    "is_shown",
    "menu_label",
    "menu_icon",
    "menu_order",
    "add_to_admin_menu",
    "list_display",
    "list_filter",
    "search_fields",
    "index_view_class",
    "inspect_view_enabled",
    "model",
    "base_form_class",
    "edit_handler",
    "__str__",
    "natural_key",
    "get_absolute_url",
    "full_url",
    "*_display",
    "get_*_display",
    "choices",
    "do_not_call_in_templates",
    # views, middleware, templates, feeds, sitemaps, DRF
    "dispatch",
    "get",
    "post",
    "head",
    "options",
    "get_queryset",
    "get_object",
    "get_context_data",
    "template_name",
    "process_request",
    "process_response",
    "process_view",
    "process_exception",
    "title",
    "link",
    "items",
    "item_title",
    "item_description",
    "item_link",
    "item_pubdate",
    "item_guid",
    "item_updateddate",
    "location",
    "lastmod",
    "changefreq",
    "priority",
    "protocol",
    "i18n",
    "render",
    "render_basic",
    "to_python",
    "get_prep_value",
    "from_db_value",
    "deconstruct",
    "formfield",
    "value_to_string",
    "has_permission",
    "has_object_permission",
    "permission_classes",
    "serializer_class",
    # allauth adapters
    "is_open_for_signup",
    "get_login_redirect_url",
    "save_user",
    "populate_username",
    "send_mail",
    "clean_email",
    "clean_password",
    "get_email_confirmation_url",
    "add_message",
    "pre_login",
    "post_login",
    "is_safe_url",
    "get_client_ip",
    # Wagtail admin viewsets and columns, Django feeds, Django REST framework
    "save_instance",
    "get_value",
    "copy_view_enabled",
    "edit_view_class",
    "get_form_class",
    "menu_name",
    "cell_template_name",
    "normalize",
    "value_from_form",
    "feed_type",
    "subtitle",
    "renderer_classes",
    "pagination_class",
    "field_order",
    "can_delete_authenticator",
    # arguments that a signal, hook or framework signature passes whether used or not
    "sender",
    "signal_kwargs",
    "serve_args",
    "serve_kwargs",
    "for_update",
    "expression",
    "model_instance",
    "kwargs",
    "args",
    # the WSGI entry point, dunder methods
    "application",
    "__*__",
]
# Functions that a decorator registers are called by the registry. Template tags and
# django-rules predicates are not listed: templates and rules name them, and those are checked.
IGNORE_DECORATORS = [
    "@receiver",
    "@hooks.register",
    "@registry.*",
    "@route",
    "@path",
    "@re_path",
    "@admin.register",
    "@register_snippet",
    "@register_setting",
    "@property",
    "@cached_property",
    "@*.setter",
]

TEMPLATE_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DOTTED_PATH = re.compile(r"""["'](?:[A-Za-z_][A-Za-z0-9_]*\.)+([A-Za-z_][A-Za-z0-9_]*)["']""")
DECLARATION = re.compile(r"(Field|Key|Block|Choices|Panel|Model|Page|Setting)$")


def template_names():
    """Every identifier that a template mentions: attributes, methods, tags and filters that
    only templates call."""
    names = set()
    templates = [ROOT / "templates", *(ROOT / p for p in PACKAGES)]
    for template in (path for folder in templates for path in folder.rglob("*.*")):
        if "templates" not in template.parts or not template.is_file():
            continue
        for tag in re.findall(r"\{[{%](.*?)[}%]\}", template.read_text(errors="ignore"), re.S):
            names.update(TEMPLATE_WORD.findall(tag))
    return names


def python_files():
    for package in PACKAGES:
        yield from (ROOT / package).rglob("*.py")


def dotted_path_names():
    """Classes and functions that settings and registries name by dotted path
    ("samenspel.middleware.RejectNulBytesMiddleware")."""
    names = set()
    for path in python_files():
        names.update(DOTTED_PATH.findall(path.read_text()))
    return names


def _called_name(node):
    func = node.func if isinstance(node, ast.Call) else None
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def declared_names():
    """Model, form and block fields and the members of choices: declarations that Django and
    Wagtail read from the class (the database, forms, admin and templates use them by name)."""
    names = set()
    for path in python_files():
        if "migrations" in path.parts:
            continue
        for cls in ast.walk(ast.parse(path.read_text())):
            if not isinstance(cls, ast.ClassDef):
                continue
            bases = {
                b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in cls.bases
            }
            is_choices = any(base.endswith("Choices") for base in bases)
            for statement in cls.body:
                if not isinstance(statement, ast.Assign | ast.AnnAssign):
                    continue
                value = statement.value
                if (
                    is_choices
                    or isinstance(statement, ast.AnnAssign)  # dataclass and NamedTuple fields
                    or DECLARATION.search(_called_name(value))
                ):
                    targets = (
                        statement.targets
                        if isinstance(statement, ast.Assign)
                        else [statement.target]
                    )
                    names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def main():
    used = template_names() | dotted_path_names() | declared_names()
    vulture = Vulture(ignore_names=IGNORE_NAMES + sorted(used), ignore_decorators=IGNORE_DECORATORS)
    vulture.scavenge([str(ROOT / p) for p in PACKAGES] + [str(WHITELIST)], exclude=EXCLUDE)
    unused = vulture.get_unused_code(min_confidence=60)
    for item in unused:
        print(item.get_report(add_size=False).replace(str(ROOT) + "/", ""))
    if unused:
        print(
            f"\n{len(unused)} unused item(s). Delete the dead code, or add what is really used "
            "to scripts/deadcode_whitelist.py with the reason.",
            file=sys.stderr,
        )
    return 1 if unused else 0


if __name__ == "__main__":
    sys.exit(main())
