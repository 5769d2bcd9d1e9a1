"""Search across the handbook, building blocks, products and glossary, in Dutch.

PostgreSQL: Wagtail's database backend with the ``dutch`` text-search configuration stems words
itself. SQLite (FTS5, no Dutch stemming): pages and terms also index their Snowball stems
(``search_stems``), and each alternative is searched as typed OR as stems.

Both backends get the same query expansion (:func:`expand`): every word or glossary name in the
question becomes a group of alternatives, the groups are AND-ed:

* a glossary term, abbreviation or synonym brings the others ("OTS" also finds
  "Ondertoezichtstelling");
* a compound brings its known parts ("jeugdhulpverlener" also finds "jeugdhulp"), split
  against ``toolkit.stemming.KNOWN_WORDS`` and the glossary's words. The other direction is in
  the index (``toolkit.stemming.index_stems``).

The site-wide search (``samenspel.search``) and the case bank's search use the same expansion.
"""

import re
from urllib.parse import urlencode

from django.db import connection
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from samenspel.cache import GLOSSARY_TIMEOUT, key_search_lexicon, remembered
from samenspel.search import Group, Hit

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
from .stemming import KNOWN_WORDS, MIN_PART, WORD, compound_parts, stem, stem_text

HANDBOOK_TYPES = (HandbookPage, ChapterPage)
PRODUCT_TYPES = (ProductIndexPage, ProductPage)
# Search kinds in the order a reader sees them.
KINDS = ("building_block", "handbook", "product", "glossary")
LIMIT = 30
MAX_GROUPS = 12  # words (or glossary names) of one question that are searched
# A compound's parts shorter than this are not searched on their own: "gezinsplan" should not
# find every page that says "gezin" or "plan" (the index still has them, so "gezin" finds it).
MIN_ALTERNATIVE = 6
KIND_LABELS = {
    "building_block": _("Building blocks"),
    "handbook": _("Handbook chapters"),
    "product": _("Products"),
    "glossary": _("Glossary"),
}


def search_lexicon():
    """{"names": {lower-case name: [other names of the same term]}, "words": frozenset,
    "longest": words in the longest name}, cached until the page generation changes (glossary
    terms bump it)."""
    return remembered(key_search_lexicon(), read_search_lexicon, GLOSSARY_TIMEOUT)


def read_search_lexicon():
    names, words = {}, set(KNOWN_WORDS)
    for term in GlossaryTerm.objects.all():
        variants = [name for name in (term.term, term.abbreviation, *term.synonym_list) if name]
        for name in variants:
            others = names.setdefault(name.lower(), [])
            others.extend(other for other in variants if other.lower() != name.lower())
            words.update(w.lower() for w in WORD.findall(name) if len(w) >= MIN_PART)
    longest = max((len(WORD.findall(name)) for name in names), default=1)
    return {"names": names, "words": frozenset(words), "longest": longest}


def expand(text):
    """The question as groups of alternatives, each group's first entry as typed.

    ``"OTS jeugdhulpverlener"`` → ``[["OTS", "Ondertoezichtstelling"], ["jeugdhulpverlener",
    "jeugdhulp", "verlener"]]``. A glossary name of several words stays one group."""
    lexicon = search_lexicon()
    words = WORD.findall(text or "")
    groups, start = [], 0
    while start < len(words) and len(groups) < MAX_GROUPS:
        end = start + 1
        for size in range(min(lexicon["longest"], len(words) - start), 1, -1):
            if " ".join(words[start : start + size]).lower() in lexicon["names"]:
                end = start + size
                break
        phrase = " ".join(words[start:end])
        alternatives = [phrase, *lexicon["names"].get(phrase.lower(), [])]
        if end == start + 1:
            parts = compound_parts(phrase, lexicon["words"])
            alternatives += [part for part in parts if len(part) >= MIN_ALTERNATIVE]
        seen = {}
        for alternative in alternatives:
            seen.setdefault(alternative.lower(), alternative)
        groups.append(list(seen.values()))
        start = end
    return groups


def _alternative(text):
    query = PlainText(text, operator="and")
    if connection.vendor == "postgresql":
        return query
    stemmed = stem_text(text)
    return Or([query, PlainText(stemmed, operator="and")]) if stemmed != text.lower() else query


def build_query(groups):
    """A Wagtail search query: every group must match, by any of its alternatives."""
    parts = [
        Or([_alternative(a) for a in group]) if len(group) > 1 else _alternative(group[0])
        for group in groups
    ]
    return And(parts) if len(parts) > 1 else parts[0]


def search(text, kind="", phase=""):
    """A list of hits: dicts with kind, title, url, snippet (highlighted)."""
    hits = []
    for found in search_kinds(text, [kind] if kind else KINDS, phase).values():
        hits.extend(found)
    return hits


def search_kinds(text, kinds=KINDS, phase="", limit=LIMIT):
    """{kind: [hits]} for the given kinds (at most ``limit`` per page type), in KINDS order. A
    phase narrows to building blocks."""
    groups = expand((text or "").strip())
    if not groups:
        return {}
    query = build_query(groups)
    marked = " ".join(alternative for group in groups for alternative in group)
    found = {}
    if "building_block" in kinds:
        blocks = BuildingBlockPage.objects.live().public()
        if phase:
            blocks = filter_building_blocks(blocks, phase=phase)
        found["building_block"] = [
            _page_hit("building_block", page, page.summary, marked)
            for page in blocks.search(query)[:limit]
        ]
    for kind, models in (("handbook", HANDBOOK_TYPES), ("product", PRODUCT_TYPES)):
        if kind in kinds and not phase:
            found[kind] = [
                _page_hit(kind, page, _summary(page), marked)
                for model in models
                for page in model.objects.live().public().search(query)[:limit]
            ]
    if "glossary" in kinds and not phase:
        terms = list(get_search_backend().search(query, GlossaryTerm)[:limit])
        glossary_url = _glossary_url() if terms else ""  # once, not once per term
        found["glossary"] = [
            {
                "kind": "glossary",
                "title": str(term),
                "url": f"{glossary_url}#{term.anchor}",
                "snippet": highlight(term.definition, marked),
                "title_html": highlight(str(term), marked),
            }
            for term in terms
        ]
    return found


def site_search(request, text, limit):
    """The method's groups in the site search (hook ``samenspel_search``): the same for every
    reader, so anonymous answers may be shared."""
    groups = []
    for kind, hits in search_kinds(text).items():
        more_url = f"{reverse('toolkit:search')}?{urlencode({'q': text, 'kind': kind})}"
        groups.append(
            Group(
                kind=kind,
                label=KIND_LABELS[kind],
                total=len(hits),
                more=len(hits) >= LIMIT,
                more_url=more_url,
                hits=[
                    Hit(hit["title"], hit["url"], hit["title_html"], hit["snippet"])
                    for hit in hits[:limit]
                ],
            )
        )
    return groups


def _summary(page):
    return getattr(page, "summary", "") or strip_tags(page.intro or "")


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
