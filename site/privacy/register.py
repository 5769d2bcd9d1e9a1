"""The processing register (verwerkingsregister, AVG art. 30) from the privacy registry, as CSV
and Markdown for the data-protection officer.

CSV goes through the shared writer (``samenspel.csvexport``), which neutralises formula cells.
"""

import io

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from samenspel.csvexport import SafeWriter

from . import registry


def columns():
    """(heading, function of a Processing) in the order of AVG art. 30(1)."""
    return [
        (_("Key"), lambda p: p.key),
        (_("Processing activity"), lambda p: p.label),
        (_("Purpose"), lambda p: p.purpose),
        (_("Legal basis"), lambda p: p.legal_basis_label),
        (_("Categories of data subjects"), lambda p: p.subjects),
        (_("Categories of personal data"), lambda p: p.data),
        (_("Special categories (AVG art. 9)"), lambda p: p.special_categories or _("None")),
        (_("Recipients"), lambda p: p.recipients),
        (_("Transfers outside the EU"), lambda p: p.transfers),
        (_("Retention"), retention_text),
        (_("Security measures"), lambda p: p.security),
        (_("Application part"), lambda p: p.app),
    ]


def retention_text(activity):
    text = str(activity.retention)
    rules = activity.rules()
    if rules:
        automatic = "; ".join(
            _("after %(days)s days (rule %(key)s): %(description)s")
            % {"description": rule.description, "key": rule.key, "days": rule.days}
            for rule in rules
        )
        text = f"{text} {_('Automatic deletion:')} {automatic}"
    return text


def rows():
    """The header and one row of strings per registered processing activity."""
    cols = columns()
    header = [heading for heading, _value in cols]
    body = [[str(value(p)) for _heading, value in cols] for p in registry.processing_activities()]
    return header, body


def write_csv(writer):
    header, body = rows()
    writer.writerow(header)
    writer.writerows(body)


def as_csv():
    header, body = rows()
    out = io.StringIO()
    write_csv(SafeWriter(out))
    return out.getvalue()


def markdown_cell(value):
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def as_markdown():
    header, body = rows()
    lines = [
        f"# {_('Processing register')} — Samenspel",
        "",
        _("Generated from the privacy registry on %(date)s.")
        % {"date": date_format(timezone.localdate(), "j F Y")},
        "",
    ]
    for row in body:
        lines.append(f"## {markdown_cell(row[1])}")
        lines.append("")
        lines.append(f"| {_('Field')} | {_('Value')} |")
        lines.append("| --- | --- |")
        for heading, cell in zip(header, row, strict=True):
            lines.append(f"| {markdown_cell(heading)} | {markdown_cell(cell)} |")
        lines.append("")
    return "\n".join(lines)
