"""Links glossary terms and building blocks where they first appear on a page, in rendered HTML.

The terms and the live building blocks' titles are read with two queries and kept in Django's
cache (until a term or page changes, ``PAGES``), so linking adds no queries per page. Only text
outside links, headings, abbreviations, definitions, buttons, labels, scripts and styles is
touched; each term and each building block is linked once per page (per
:class:`GlossaryLinker`), a building block never on its own page. Where a building block's title
is also a glossary term ("Weging"), the building block is linked: its page says more than the
definition. Renderings that hold links are cached under the same generation (the shared
building-block article, the anonymous page cache), so a renamed or new building block shows in
the links after its publish.
"""

import re
from html import escape

from samenspel.cache import GLOSSARY_TIMEOUT, key_glossary, remembered

from .models import BuildingBlockPage, GlossaryPage, GlossaryTerm

SKIP_TAGS = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "dfn", "button", "label", "script",
    "style", "textarea", "select", "option", "summary", "title", "mark",
}  # fmt: skip
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}


def glossary_entries():
    """{"url": glossary page, "terms": [(word, case sensitive, slug, term, definition,
    is_abbreviation)], "blocks": [(title, url, summary)]}, cached until the page generation
    changes (terms and pages bump it: toolkit.signals)."""
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
    entries["blocks"] = [
        (page.title, page.url, page.summary)
        for page in BuildingBlockPage.objects.live().public()
        if page.url
    ]
    titles = {title.lower() for title, _url, _summary in entries["blocks"]}
    entries["terms"] = [entry for entry in entries["terms"] if entry[0].lower() not in titles]
    # Longest first, so "Medewerker Lokaal Team" wins over "Lokaal Team".
    entries["terms"].sort(key=lambda entry: -len(entry[0]))
    return entries


class GlossaryLinker:
    """Links each term's first occurrence across everything passed to :meth:`link`."""

    def __init__(self, entries=None, current_url=""):
        entries = entries if entries is not None else glossary_entries()
        self.url = entries["url"]
        self.linked_slugs = set()
        self.terms = entries["terms"]
        # (pattern, key, href, title attribute, abbreviation title or "", CSS class), longest
        # word first across terms and building blocks.
        found = [
            (
                word,
                case_sensitive,
                slug,
                f"{self.url}#begrip-{slug}",
                definition[:200],
                term if is_abbreviation else "",
                "glossary-link",
            )
            for word, case_sensitive, slug, term, definition, is_abbreviation in self.terms
            if self.url
        ]
        found += [
            (title, False, f"block:{url}", url, summary[:200], "", "building-block-link")
            for title, url, summary in entries.get("blocks", ())
            if url != current_url
        ]
        found.sort(key=lambda entry: -len(entry[0]))
        self._patterns = [
            (
                re.compile(
                    r"(?<![\w-])" + re.escape(word) + r"(?![\w-])",
                    0 if case_sensitive else re.IGNORECASE,
                ),
                *rest,
            )
            for word, case_sensitive, *rest in found
        ]

    def link(self, html):
        if not self._patterns:
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
        for pattern, key, href, title, abbreviation_of, css_class in self._patterns:
            if key in self.linked_slugs:
                continue
            match = pattern.search(text)
            if not match:
                continue
            self.linked_slugs.add(key)
            found = match.group(0)
            inner = (
                f'<abbr title="{escape(abbreviation_of)}">{found}</abbr>'
                if abbreviation_of
                else found
            )
            title_attribute = f' title="{escape(title)}"' if title else ""
            replacement = (
                f'<a class="{css_class}" href="{escape(href)}"{title_attribute}>{inner}</a>'
            )

            # Link the rest of the text too, for other terms, without touching this link.
            before, after = text[: match.start()], text[match.end() :]
            return self._link_text(before) + replacement + self._link_text(after)
        return text
