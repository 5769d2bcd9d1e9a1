"""Links glossary terms where they first appear on a page, in rendered HTML.

The terms are read with one query and kept in Django's cache (until a term or page changes), so
linking adds no queries per page. Only text outside links, headings, abbreviations, definitions,
buttons, labels, scripts and styles is touched; each term is linked once per page (per
:class:`GlossaryLinker`).
"""

import re
from html import escape

from samenspel.cache import GLOSSARY_TIMEOUT, key_glossary, remembered

from .models import GlossaryPage, GlossaryTerm

SKIP_TAGS = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "dfn", "button", "label", "script",
    "style", "textarea", "select", "option", "summary", "title", "mark",
}  # fmt: skip
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}


def glossary_entries():
    """[(pattern source, case sensitive, slug, term, definition, is_abbreviation)], cached until
    the page generation changes (terms and glossary pages bump it: toolkit.signals)."""
    return remembered(key_glossary(), read_glossary_entries, GLOSSARY_TIMEOUT)


def read_glossary_entries():

    glossary = GlossaryPage.objects.live().first()
    base_url = glossary.url if glossary else ""
    entries = {"url": base_url, "terms": []}
    for term in GlossaryTerm.objects.all():
        words = [(term.term, False, False)]
        if term.abbreviation:
            words.append((term.abbreviation, True, True))
        words.extend((synonym, False, False) for synonym in term.synonym_list)
        for word, case_sensitive, is_abbreviation in words:
            entries["terms"].append(
                (word, case_sensitive, term.slug, term.term, term.definition, is_abbreviation)
            )
    # Longest first, so "Medewerker Lokaal Team" wins over "Lokaal Team".
    entries["terms"].sort(key=lambda entry: -len(entry[0]))
    return entries


class GlossaryLinker:
    """Links each term's first occurrence across everything passed to :meth:`link`."""

    def __init__(self, entries=None):
        entries = entries if entries is not None else glossary_entries()
        self.url = entries["url"]
        self.linked_slugs = set()
        self.terms = entries["terms"]
        self._patterns = [
            (
                re.compile(
                    r"(?<![\w-])" + re.escape(word) + r"(?![\w-])",
                    0 if case_sensitive else re.IGNORECASE,
                ),
                slug,
                term,
                definition,
                is_abbreviation,
            )
            for word, case_sensitive, slug, term, definition, is_abbreviation in self.terms
        ]

    def link(self, html):
        if not self._patterns or not self.url:
            return html
        parts = TAG.split(str(html))
        skip_depth = 0
        for index, part in enumerate(parts):
            if part.startswith("<"):
                match = TAG_NAME.match(part)
                if match:
                    closing, name = match.group(1), match.group(2).lower()
                    if name in SKIP_TAGS and name not in VOID_TAGS and not part.endswith("/>"):
                        skip_depth += -1 if closing else 1
                        skip_depth = max(skip_depth, 0)
                continue
            if skip_depth or not part.strip():
                continue
            parts[index] = self._link_text(part)
        return "".join(parts)

    def _link_text(self, text):
        # ``text`` is already escaped HTML text; terms are matched on it as it is.
        for pattern, slug, term, definition, is_abbreviation in self._patterns:
            if slug in self.linked_slugs:
                continue
            match = pattern.search(text)
            if not match:
                continue
            self.linked_slugs.add(slug)
            found = match.group(0)
            href = f"{self.url}#begrip-{slug}"
            inner = f'<abbr title="{escape(term)}">{found}</abbr>' if is_abbreviation else found
            replacement = (
                f'<a class="glossary-link" href="{escape(href)}" '
                f'title="{escape(definition[:200])}">{inner}</a>'
            )
            # Link the rest of the text too, for other terms, without touching this link.
            before, after = text[: match.start()], text[match.end() :]
            return self._link_text(before) + replacement + self._link_text(after)
        return text
