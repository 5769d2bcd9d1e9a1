"""The one way the platform writes CSV: Dutch spreadsheet conventions, formulas neutralised.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return before one) as a formula, so a feedback title like ``=HYPERLINK(...)`` would
become a live link or worse in the reader's spreadsheet (OWASP "CSV injection"). Every such text
cell gets a leading ``'``, which spreadsheets show as text. Numbers the code itself writes (ints,
floats, and the decimal-comma strings of :func:`number`) are left alone, so a negative mean stays
a number.

Every CSV export uses :func:`csv_response`; ``tests/quality/test_csv_exports.py`` fails when any
other module creates a ``csv.writer``.
"""

import csv

from django.http import HttpResponse

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Number(str):
    """A number formatted by our code (decimal comma): written as is, never neutralised."""


def number(value, digits=2):
    return Number(f"{value:.{digits}f}".replace(".", ","))


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Number):
        return value
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


class SafeWriter:
    """``csv.writer`` with every cell passed through :func:`safe_cell`."""

    def __init__(self, stream, **options):
        self.writer = csv.writer(stream, delimiter=";", **options)

    def writerow(self, row):
        return self.writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_response(filename):
    """(response, writer): a UTF-8 download with a byte-order mark (Excel needs it) and ``;`` as
    separator (Dutch spreadsheets use the comma for decimals)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    return response, SafeWriter(response)


def neutralise_wagtail_exports():
    """Wagtail's admin listings (reports, site history, redirects, ...) export CSV themselves;
    pass their text cells through :func:`safe_cell` as well. Their XLSX export already turns
    formulas into text. Called once from ``SamenspelConfig.ready``."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin  # lazy: needs ready apps

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        result = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(result, str):
            return safe_cell(result)
        return result

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
