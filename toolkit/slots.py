"""Slots: the places in a toolkit page whose content is per reader, filled by other apps.

The toolkit offers one slot kind, after every step or section of a page ("what belongs to this
step": comment threads, in practice). The toolkit knows nothing of what fills it: apps register
a Wagtail hook, ``toolkit_step_slot``, a function ``(context, page)`` that returns a filler
``(anchor) -> HTML`` for one reader of one page, or ``None`` when it has nothing to add.

A page is rendered in two explicit steps:

1. the shared part, the same for every reader of a revision in a language, rendered with a
   :class:`SharedRendering` as ``step_slots``: each slot becomes a :class:`Slot` in a list of
   segments (:class:`Segments`), which is what is cached;
2. per request, :class:`StepSlots` (the hooks' fillers) renders each slot of the segments, or,
   on pages that are not shared, each slot in place as the template reaches it.

Templates ask for a slot with ``{% step_slot block.id %}`` and get whichever of the two the
page's ``step_slots`` is. Simpler hooks fill one place each. Per reader, never cached:
``toolkit_page_notice`` above a page's content (``{% page_notices page %}``) and
``toolkit_release_extras`` below a method release's changes (``{% release_extras release %}``).
``toolkit_page_action`` fills the place for a reader's actions under a page's heading (``{%
page_actions %}``, e.g. "Volgen"): a function ``(context, page) -> HTML or None``; in a shared
rendering it is left open like a step slot (an :class:`ActionsSlot`) and filled per request.
``toolkit_page_head`` adds elements to the ``<head>`` of a toolkit page (``{% page_head page
%}``): the same for every reader, so they may end up in the anonymous page cache.
"""

import secrets
from dataclasses import dataclass

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

STEP_SLOT_HOOK = "toolkit_step_slot"
# Above a page's content, per reader (e.g. "this page changed since your last visit"): a hook
# function ``(context, page) -> HTML or None``.
PAGE_NOTICE_HOOK = "toolkit_page_notice"
# In a page's <head>, the same for every reader (e.g. discovery links for other tools): a hook
# function ``(request, page) -> HTML or None``.
PAGE_HEAD_HOOK = "toolkit_page_head"
# Below a method release's list of changes (e.g. the feedback items the release answered): a hook
# function ``(context, release) -> HTML or None``.
RELEASE_EXTRAS_HOOK = "toolkit_release_extras"
# Under a page's heading, per reader (e.g. a follow button): ``(context, page) -> HTML or None``.
PAGE_ACTION_HOOK = "toolkit_page_action"


@dataclass(frozen=True)
class Slot:
    anchor: str


@dataclass(frozen=True)
class ActionsSlot:
    """The open place for the reader's page actions in a shared rendering."""


@dataclass(frozen=True)
class Segments:
    """Shared HTML with open slots: ``parts`` alternate HTML (str) and :class:`Slot`."""

    parts: tuple

    def render(self, slots):
        return mark_safe(  # noqa: S308 (our own rendered templates and the fillers' HTML)
            "".join(
                slots.fill(part.anchor)
                if isinstance(part, Slot)
                else slots.actions()
                if isinstance(part, ActionsSlot)
                else part
                for part in self.parts
            )
        )


class SharedRendering:
    """``step_slots`` while the shared part is rendered: every slot is left open.

    A slot stands in the rendered HTML as an HTML comment with a random, per-rendering nonce
    (comments are left alone by the glossary linker and cannot collide with page content); the
    rendering is cut at them once, into :class:`Segments`, before anything is cached or sent."""

    def __init__(self):
        self.nonce = secrets.token_hex(16)
        self.slots = []

    def slot(self, anchor):
        self.slots.append(Slot(str(anchor or "")))
        return mark_safe(f"<!--{self.nonce}:{len(self.slots) - 1}-->")  # noqa: S308

    def actions(self):
        self.slots.append(ActionsSlot())
        return mark_safe(f"<!--{self.nonce}:{len(self.slots) - 1}-->")  # noqa: S308

    def segments(self, html):
        parts = []
        rest = str(html)
        for index, slot in enumerate(self.slots):
            placeholder = f"<!--{self.nonce}:{index}-->"
            before, found, rest = rest.partition(placeholder)
            if not found:
                raise ValueError(f"slot {index} was not rendered")  # a template dropped it
            parts += [before, slot]
        parts.append(rest)
        return Segments(tuple(parts))


class StepSlots:
    """``step_slots`` for one reader of one page: each slot filled by every registered hook."""

    def __init__(self, context, page):
        self.context = context
        self.page = page
        self.fillers = [
            filler
            for make_filler in hooks.get_hooks(STEP_SLOT_HOOK)
            if (filler := make_filler(context, page)) is not None
        ]

    def slot(self, anchor):
        return self.fill(str(anchor or ""))

    def fill(self, anchor):
        return mark_safe("".join(str(conditional_escape(f(anchor))) for f in self.fillers))  # noqa: S308

    def actions(self):
        return filled(PAGE_ACTION_HOOK, self.context, self.page)


def filled(hook_name, context, obj):
    """What every function registered for ``hook_name`` adds for ``obj``, joined."""
    return mark_safe(  # noqa: S308 (the hooks' rendered HTML, escaped unless marked safe)
        "".join(
            str(conditional_escape(html))
            for fill in hooks.get_hooks(hook_name)
            if (html := fill(context, obj))
        )
    )


def page_head(request, page):
    return mark_safe(  # noqa: S308 (the hooks' rendered HTML, escaped unless marked safe)
        "".join(
            str(conditional_escape(html))
            for head in hooks.get_hooks(PAGE_HEAD_HOOK)
            if (html := head(request, page))
        )
    )


def page_notices(context, page):
    return filled(PAGE_NOTICE_HOOK, context, page)


def release_extras(context, release):
    return filled(RELEASE_EXTRAS_HOOK, context, release)
