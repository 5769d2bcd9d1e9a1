"""Readable differences between two published versions of a page ("Wat is er veranderd?").

Each page type describes itself as ordered sections (``diff_sections()``: key, label, plain
text); stream blocks are keyed by their stable block id, so a step that moved or changed is
compared with itself. Words are compared with difflib from the standard library.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry, Revision

TOKEN = re.compile(r"\s+|[^\s]+")


def text_of(value):
    """Plain text of rich text, a string or a block value."""
    text = strip_tags(str(value or "")).replace("&nbsp;", " ")
    return re.sub(r"[ \t]+", " ", normalize_newlines(text)).strip()


def block_text(value):
    """Plain text of a block value: struct blocks become "Label: text" lines."""
    if hasattr(value, "items"):
        lines = []
        for name, child in value.items():
            if name == "fields":
                lines.extend(block_text(item) for item in child)
                continue
            text = block_text(child)
            if text and name not in {"family_view", "kind", "node_id"}:
                lines.append(text)
            elif name == "family_view" and child:
                lines.append(str(_("(the family's own view)")))
        return "\n".join(lines)
    if isinstance(value, (list, tuple)):
        return "\n".join(block_text(item) for item in value)
    if hasattr(value, "title") and hasattr(value, "url_path"):
        return value.title
    return text_of(getattr(value, "source", value))


def stream_text(stream):
    return "\n".join(block_text(block.value) for block in stream or [])


def stream_sections(stream, label=None):
    sections = []
    for block in stream or []:
        value = block.value
        heading = label or block.block.label
        title = value.get("title") or value.get("heading") if hasattr(value, "get") else None
        if title:
            heading = f"{heading}: {title}"
        sections.append((f"block-{block.id}", heading, block_text(value)))
    return sections


@dataclass
class SectionDiff:
    label: str
    status: str  # "same", "changed", "added" or "removed"
    segments: list = field(default_factory=list)  # (op, text) with op in "same", "ins", "del"

    @property
    def changed(self):
        return self.status != "same"

    @property
    def old_segments(self):
        """The previous version's text: unchanged and deleted words (left column)."""
        return [(op, text) for op, text in self.segments if op != "ins"]

    @property
    def new_segments(self):
        """The new version's text: unchanged and inserted words (right column)."""
        return [(op, text) for op, text in self.segments if op != "del"]


def word_diff(old, new):
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    segments = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("same", "".join(old_tokens[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(("del", "".join(old_tokens[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("ins", "".join(new_tokens[j1:j2])))
    return segments


def diff_pages(old_page, new_page):
    """Section-by-section differences, in the new version's order, removed sections after."""
    old_sections = {key: (label, text) for key, label, text in old_page.diff_sections()}
    result, seen = [], set()
    for key, label, text in new_page.diff_sections():
        seen.add(key)
        if key not in old_sections:
            if text:
                result.append(SectionDiff(str(label), "added", [("ins", text)]))
            continue
        old_text = old_sections[key][1]
        if old_text == text:
            result.append(SectionDiff(str(label), "same", [("same", text)]))
        else:
            result.append(SectionDiff(str(label), "changed", word_diff(old_text, text)))
    for key, (label, text) in old_sections.items():
        if key not in seen and text:
            result.append(SectionDiff(str(label), "removed", [("del", text)]))
    return result


def published_revisions(page):
    """Revisions of ``page`` that were published at some time, oldest first (never drafts)."""
    published_ids = set(
        PageLogEntry.objects.filter(
            page_id=page.pk, action="wagtail.publish", revision__isnull=False
        ).values_list("revision_id", flat=True)
    )
    if page.live_revision_id:
        published_ids.add(page.live_revision_id)
    return Revision.page_revisions.filter(object_id=str(page.pk), pk__in=published_ids).order_by(
        "created_at", "pk"
    )
