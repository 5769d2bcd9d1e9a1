"""Helpers for the submitter's side-by-side review screen (the only place raw text is shown)."""

from django.utils.translation import gettext_lazy as _

from .models.cases import TEXT_SECTIONS

KIND_LABELS = {
    "person": _("person"),
    "known": _("listed name"),
    "age": _("age"),
    "date": _("date"),
    "address": _("address"),
    "postcode": _("postcode"),
    "place": _("place"),
    "municipality": _("municipality"),
    "school": _("school"),
    "institution": _("institution"),
    "email": _("e-mail address"),
    "phone": _("phone number"),
    "iban": _("bank account"),
    "licence_plate": _("licence plate"),
    "case_number": _("case number"),
    "bsn": _("citizen service number"),
    "account": _("account"),
    "url": _("link"),
    "id_number": _("identification number"),
}


def kind_label(kind):
    return str(KIND_LABELS.get(kind, kind))


def marked_segments(raw_text, findings):
    """The raw text cut into plain and replaced pieces, for <mark>-ing what was replaced."""
    segments, position = [], 0
    for finding in sorted(findings, key=lambda f: f["start"]):
        start, end = finding["start"], finding["end"]
        if start < position or end > len(raw_text):
            continue  # overlapping or stale offsets: show the text unmarked
        if start > position:
            segments.append({"text": raw_text[position:start]})
        segments.append(
            {
                "text": raw_text[start:end],
                "kind": kind_label(finding["kind"]),
                "replacement": finding["replacement"],
            }
        )
        position = end
    if position < len(raw_text):
        segments.append({"text": raw_text[position:]})
    return segments


def review_sections(case, raw, draft_form):
    """Per section: the raw text with marks, the draft field, and the findings table rows."""
    sections = []
    for name in TEXT_SECTIONS:
        raw_text = raw.sections.get(name) or ""
        findings = case.findings.get(name, [])
        if not raw_text and not getattr(case, name):
            continue
        sections.append(
            {
                "name": name,
                "field": draft_form[name],
                "segments": marked_segments(raw_text, findings),
                "findings": [
                    {
                        "kind": kind_label(f["kind"]),
                        "original": raw_text[f["start"] : f["end"]],
                        "replacement": f["replacement"],
                    }
                    for f in findings
                ],
            }
        )
    return sections
