"""Issue 13, finding 8: no CSV export hands a spreadsheet a formula.

Every export is found from the code: the URL patterns whose view calls
``samenspel.csvexport.csv_response``, and a scan that no other product module writes CSV. A new
export therefore either appears in ``EXPORTS`` below (with data that tries to inject a formula)
or fails ``test_every_csv_view_is_covered``.
"""

import csv
import inspect
import io
import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from learning.feedback.services import create_feedback_item
from learning.instrument import seed_instrument
from learning.models import Scale
from learning.synthetic import generate_responses
from samenspel.csvexport import safe_cell
from samenspel.privacy import registry
from tests.learning.conftest import add_responses, make_round

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("site", "learning", "casebank", "toolkit", "embed")
PAYLOADS = ['=HYPERLINK("https://evil.example","klik")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
OUR_NUMBER = re.compile(r"^-?\d+(,\d+)?$")


def walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern.callback


def view_code(callback):
    """The view and everything its decorators wrap (``__wrapped__``, closures, view classes)."""
    stack, seen = [callback], set()
    while stack:
        code = stack.pop()
        if id(code) in seen:
            continue
        seen.add(id(code))
        yield code
        stack.extend(
            inner
            for inner in (getattr(code, "__wrapped__", None), getattr(code, "view_class", None))
            if inner is not None
        )
        for cell in getattr(code, "__closure__", None) or ():
            try:
                contents = cell.cell_contents
            except ValueError:
                continue
            if inspect.isfunction(contents) or inspect.isclass(contents):
                stack.append(contents)


def calls_csv_helper(callback):
    for code in view_code(callback):
        try:
            if "csv_response(" in inspect.getsource(code):
                return True
        except (OSError, TypeError):
            continue
    return False


def csv_view_names():
    return {
        name for name, callback in walk(get_resolver().url_patterns) if calls_csv_helper(callback)
    }


def feedback_export(task_team):
    for payload in PAYLOADS:
        create_feedback_item(title=payload, summary=payload, created_by=None, source_kind="lot")
    return reverse("feedback:export_csv"), task_team


def round_export(task_team):
    instrument = seed_instrument()
    for scale, payload in zip(Scale.objects.filter(instrument=instrument), PAYLOADS, strict=False):
        scale.name = payload
        scale.save()
    measurement_round = make_round(instrument)
    add_responses(measurement_round, generate_responses(40, seed=3))
    return reverse("learning:round_csv", args=[measurement_round.pk]), task_team


@pytest.fixture
def processing_with_payload():
    # The register's cells come from the apps' declarations, not from users; a declaration that
    # starts like a formula must still reach the spreadsheet as text.
    fields = {"label": PAYLOADS[0], "purpose": PAYLOADS[1], "data": "-", "subjects": "-"}
    fields |= {"recipients": "-", "retention": "-"}
    registry.processing("test.payload", app="test", legal_basis="public_task", **fields)
    yield
    registry._processing.pop("test.payload")


def processing_register_export(task_team):
    return reverse("privacy:processing_register_csv"), task_team


EXPORTS = {
    "feedback:export_csv": feedback_export,
    "learning:round_csv": round_export,
    "privacy:processing_register_csv": processing_register_export,
}


def test_every_csv_view_is_covered():
    assert csv_view_names() == set(EXPORTS)


def test_no_module_writes_csv_but_the_shared_helper():
    offenders = []
    for package in PRODUCT:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts or path == ROOT / "site" / "csvexport.py":
                continue
            text = path.read_text()
            if re.search(r"csv\.(writer|DictWriter)\(|text/csv", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_neutralises_formula_cells(client, task_team, processing_with_payload, name):
    url, user = EXPORTS[name](task_team)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    for cell in cells:
        assert not cell.startswith(FORMULA_START) or OUR_NUMBER.match(cell), cell
    assert "'" + PAYLOADS[0] in cells  # the payload reached the export, neutralised


def test_safe_cell_keeps_numbers_and_plain_text():
    assert safe_cell(-1.5) == -1.5 and safe_cell(-3) == -3 and safe_cell(None) == ""
    assert safe_cell("Gedeelde visie") == "Gedeelde visie"
    assert safe_cell("-2+3") == "'-2+3" and safe_cell("@x") == "'@x"


def test_wagtail_admin_csv_exports_neutralise_formulas_too(client, home):
    from django.utils import timezone
    from wagtail.models import Page

    from tests.site.factories import UserFactory

    superuser = UserFactory(email="super@example.org", is_superuser=True, is_staff=True)
    page = home.add_child(instance=Page(title=PAYLOADS[0], slug="formule"))
    page.locked, page.locked_by, page.locked_at = True, superuser, timezone.now()
    page.save()
    client.force_login(superuser)
    response = client.get("/admin/reports/locked/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + PAYLOADS[0] in cells and PAYLOADS[0] not in cells
