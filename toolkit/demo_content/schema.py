"""Vocabularies and field names of the method-toolkit demo content.

The page models and the seeder are built to match these shapes. Plain data only: nothing here
imports Django, so the content can be read and tested without a database.
"""

from __future__ import annotations

# Role keys used in ``involved`` and ``lead`` of a building block, with the labels the site shows.
ROLE_LABELS: dict[str, str] = {
    "lt": "Lokaal Team",
    "gi": "Gecertificeerde instelling",
    "family": "Ouders en gezin",
    "gedragswetenschapper": "Gedragswetenschapper",
    "jeugdige": "Jeugdige",
    "other": "Andere betrokkenen",
}
ROLE_KEYS: tuple[str, ...] = tuple(ROLE_LABELS)

# The five phases of the method, in order.
PHASE_LABELS: dict[str, str] = {
    "wegen": "Wegen",
    "onderzoeken": "Onderzoeken",
    "analyseren": "Analyseren",
    "veranderen": "Veranderen",
    "borgen": "Borgen",
}
PHASES: tuple[str, ...] = tuple(PHASE_LABELS)

# The process lanes between LT and GI, in order.
PROCESS_LANES: tuple[str, ...] = (
    "Signaleren",
    "Verzoek tot onderzoek (VTO)",
    "Start maatregel of preventieve betrokkenheid",
    "Einde maatregel of preventieve betrokkenheid",
    "Borging veiligheid",
)

PRODUCT_CODES: tuple[str, ...] = ("1", "2a", "2b")

STATUS_LABELS: dict[str, str] = {
    "concept": "Concept",
    "in_ontwikkeling": "In ontwikkeling",
    "vastgesteld": "Vastgesteld",
    "in_herziening": "In herziening",
}
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)

WORKSHEET_KINDS: tuple[str, ...] = ("tijdslijn", "gezinspatroon", "vto_checklist", "checklist")

# Keys of each record type.
CHAPTER_KEYS: tuple[str, ...] = ("slug", "title", "intro", "sections", "children")
SECTION_KEYS: tuple[str, ...] = ("heading", "paragraphs")
BUILDING_BLOCK_KEYS: tuple[str, ...] = (
    "slug",
    "title",
    "summary",
    "purpose",
    "when_to_use",
    "involved",
    "lead",
    "steps",
    "worksheets",
    "tips",
    "pitfalls",
    "phases",
    "products",
    "related",
    "status",
    "owner",
    "last_reviewed",
    "next_review",
    "foundation",
)
STEP_KEYS: tuple[str, ...] = ("title", "what", "how", "who", "when", "where")
WORKSHEET_KEYS: tuple[str, ...] = ("kind", "title", "instructions", "fields")
WORKSHEET_FIELD_KEYS: tuple[str, ...] = ("label", "help", "family_view")
PRODUCT_KEYS: tuple[str, ...] = (
    "code",
    "slug",
    "title",
    "summary",
    "rules",
    "who_leads",
    "consent_required",
    "jbt_needed",
    "max_hours",
    "body_paragraphs",
)
TERM_KEYS: tuple[str, ...] = ("term", "abbreviation", "definition", "synonyms")
RELEASE_KEYS: tuple[str, ...] = ("version", "title", "date", "summary", "changes")
CHANGE_KEYS: tuple[str, ...] = ("page", "kind", "note", "field_updates")
CHANGE_KINDS: tuple[str, ...] = ("new", "amended", "removed")
PAGE_TYPES: tuple[str, ...] = ("building_block", "chapter")

REQUIRED_BLOCK_SLUGS: tuple[str, ...] = (
    "samenwerking",
    "samenwerkingsprincipes",
    "reflectie",
    "directe-en-stabiele-veiligheid",
    "weging",
    "privacy",
    "tijdslijn",
    "voorgeschiedenis-en-situatie-gezin",
    "gezinspatronen",
    "van-patroon-naar-haalbare-eindsituatie",
)
FOUNDATION_SLUGS: frozenset[str] = frozenset(
    {"samenwerking", "reflectie", "directe-en-stabiele-veiligheid", "weging"}
)
