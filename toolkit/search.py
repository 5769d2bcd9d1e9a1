"""Search across the handbook, building blocks and glossary, in Dutch.

PostgreSQL: Wagtail's database backend with the ``dutch`` text-search configuration stems words
itself. SQLite (FTS5, no Dutch stemming): pages and terms also index their Snowball stems
(``search_stems``), and the query is searched as typed OR as stems.
"""

import re

from django.db import connection
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from .models import (
    BuildingBlockPage,
    ChapterPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    ProductIndexPage,
    ProductPage,
    filter_building_blocks,
)
from .stemming import WORD, stem, stem_text

HANDBOOK_TYPES = (HandbookPage, ChapterPage, ProductIndexPage, ProductPage)
LIMIT = 30


def _query(text):
    if connection.vendor == "postgresql":
        return text
    stemmed = stem_text(text)
    return Or([PlainText(text), PlainText(stemmed)]) if stemmed and stemmed != text else text


def search(text, kind="", phase=""):
    """A list of hits: dicts with kind, title, url, snippet (highlighted)."""
    text = (text or "").strip()
    if not text:
        return []
    query = _query(text)
    hits = []
    if kind in ("", "building_block"):
        blocks = BuildingBlockPage.objects.live().public()
        if phase:
            blocks = filter_building_blocks(blocks, phase=phase)
        for page in blocks.search(query, operator="and")[:LIMIT]:
            hits.append(_page_hit("building_block", page, page.summary, text))
    if kind in ("", "handbook") and not phase:
        for model in HANDBOOK_TYPES:
            for page in model.objects.live().public().search(query, operator="and")[:LIMIT]:
                summary = getattr(page, "summary", "") or strip_tags(page.intro or "")
                hits.append(_page_hit("handbook", page, summary, text))
    if kind in ("", "glossary") and not phase:
        terms = list(get_search_backend().search(query, GlossaryTerm, operator="and")[:LIMIT])
        glossary_url = _glossary_url() if terms else ""  # once, not once per term
        for term in terms:
            hits.append(
                {
                    "kind": "glossary",
                    "title": str(term),
                    "url": f"{glossary_url}#{term.anchor}",
                    "snippet": highlight(term.definition, text),
                    "title_html": highlight(str(term), text),
                }
            )
    return hits


def _glossary_url():
    page = GlossaryPage.objects.live().first()
    return page.url if page else ""


def _page_hit(kind, page, summary, text):
    return {
        "kind": kind,
        "title": page.title,
        "url": page.url,
        "snippet": highlight(Truncator(summary or "").words(40), text),
        "title_html": highlight(page.title, text),
    }


def highlight(text, query):
    """Escape ``text`` and wrap every word whose Dutch stem matches a query word in <mark>."""
    wanted = {stem(word) for word in WORD.findall(query or "")}
    wanted |= {word.lower() for word in WORD.findall(query or "")}
    if not wanted:
        return escape(text)

    def mark(match):
        word = match.group(0)
        if stem(word) in wanted or word.lower() in wanted:
            return f"<mark>{word}</mark>"
        return word

    return mark_safe(re.sub(r"\w+", mark, escape(text)))  # noqa: S308 (escaped above)
