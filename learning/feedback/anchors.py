"""Find a StreamField block by its stable id in any revision of any page type.

Wagtail keeps a block's ``id`` across revisions, so a comment anchored to a block id stays with
that section or step. Whether the text changed is decided by comparing the block's stored value
in the revision the reader saw with the value in the live revision.
"""

import json

import bleach
from django.utils.translation import gettext as _
from wagtail.models import Page


def _as_data(value):
    # StreamField values are stored in revision content as a JSON string (older revisions) or
    # as a list; both are accepted.
    if isinstance(value, str) and value[:1] == "[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def find_block(data, anchor):
    """The stored block dict with ``id == anchor`` anywhere inside ``data``, or None."""
    data = _as_data(data)
    if isinstance(data, dict):
        if data.get("id") == anchor and "value" in data:
            return data
        children = data.values()
    elif isinstance(data, list):
        children = data
    else:
        return None
    for child in children:
        found = find_block(child, anchor)
        if found is not None:
            return found
    return None


def block_in_revision(revision, anchor):
    if revision is None or not anchor:
        return None
    return find_block(revision.content, anchor)


def blocks_of_revision(revision):
    """Top-level (anchor, label) pairs of every StreamField of a revision, in order."""
    if revision is None:
        return []
    anchors = []
    for value in revision.content.values():
        data = _as_data(value)
        if isinstance(data, list):
            for block in data:
                if isinstance(block, dict) and block.get("id") and "type" in block:
                    anchors.append((block["id"], block_label(block)))
    return anchors


def block_label(block):
    """A short human label for a block: its heading/title or the start of its text."""
    value = block.get("value")
    if isinstance(value, dict):
        for key in ("heading", "title", "name", "text"):
            if isinstance(value.get(key), str) and value[key].strip():
                return _shorten(value[key])
    if isinstance(value, str):
        return _shorten(value)
    if isinstance(value, int):  # a chosen page (a related building block): its title
        page = Page.objects.filter(pk=value).only("title").first()
        if page is not None:
            return _shorten(page.title)
    return _("Section")  # never the stored block type ("building_block")


def _shorten(text, length=70):
    plain = " ".join(bleach.clean(text, tags=set(), strip=True).split())
    return plain if len(plain) <= length else plain[: length - 1] + "…"


def anchor_state(anchor, seen_revision, live_revision):
    """'same', 'changed' or 'removed' for a block between two revisions ('same' when unknown)."""
    if not anchor or seen_revision is None or live_revision is None:
        return "same"
    if seen_revision.pk == live_revision.pk:
        return "same"
    live = block_in_revision(live_revision, anchor)
    if live is None:
        return "removed"
    seen = block_in_revision(seen_revision, anchor)
    if seen is None or seen.get("value") == live.get("value"):
        return "same"
    return "changed"
