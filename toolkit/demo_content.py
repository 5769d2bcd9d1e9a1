"""The method toolkit's demo content, read from the YAML files in ``toolkit/content/``.

* ``CHAPTERS`` (``handbook.yaml``) — the handbook tree: chapters with sections and child chapters.
* ``BUILDING_BLOCKS`` (``building_blocks.yaml``) — building blocks with steps, worksheets, metadata.
* ``PRODUCTS`` and ``DECISION_AID_2A`` (``products.yaml``) — the GI products and the decision aid.
* ``TERMS`` (``glossary.yaml``) — the begrippenlijst.
* ``RELEASES`` (``releases.yaml``) — method releases 1.0 and 1.1; ``building_blocks_at`` and
  ``chapters_at`` compute the content as it stands in a release.

The ``TypedDict``s below are the shape of each file; ``samenspel.datafiles.load`` checks a file
against its shape when it is read. Role keys, phases, products and statuses come from
``toolkit.vocabulary``. Everything here is fictional demo content; only ``seed_demo`` and tests
read it, never the running site.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Literal

from typing_extensions import TypedDict

from samenspel.datafiles import STRICT, load

from .vocabulary import PhaseKey, ProductKey, RoleKey, StatusKey, WorksheetKindKey

CONTENT = Path(__file__).resolve().parent / "content"
ISODate = str  # "YYYY-MM-DD"


# --- shapes of the files ---------------------------------------------------------------------


class Section(TypedDict):
    __pydantic_config__ = STRICT
    heading: str
    paragraphs: list[str]


class Chapter(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    intro: str
    sections: list[Section]
    children: list[Chapter]


class Step(TypedDict):
    __pydantic_config__ = STRICT
    title: str
    what: str
    how: str
    who: str
    when: str
    where: str


class WorksheetField(TypedDict):
    __pydantic_config__ = STRICT
    label: str
    help: str
    family_view: bool


class Worksheet(TypedDict):
    __pydantic_config__ = STRICT
    kind: WorksheetKindKey
    title: str
    instructions: str
    fields: list[WorksheetField]


class BuildingBlock(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    summary: str
    purpose: str
    when_to_use: str
    involved: list[RoleKey]
    lead: RoleKey
    steps: list[Step]
    worksheets: list[Worksheet]
    tips: list[str]
    pitfalls: list[str]
    phases: list[PhaseKey]
    products: list[ProductKey]
    related: list[str]
    status: StatusKey
    owner: str
    last_reviewed: ISODate
    next_review: ISODate
    foundation: bool


class Product(TypedDict):
    __pydantic_config__ = STRICT
    code: ProductKey
    slug: str
    title: str
    summary: str
    rules: list[str]
    who_leads: str
    consent_required: bool
    jbt_needed: bool
    max_hours: int | None
    body_paragraphs: list[str]


class Answer(TypedDict):
    __pydantic_config__ = STRICT
    label: str
    next: str


class QuestionNode(TypedDict):
    __pydantic_config__ = STRICT
    question: str
    help: str
    answers: list[Answer]


class AdviceNode(TypedDict):
    __pydantic_config__ = STRICT
    advice: str
    product: ProductKey | None
    explanation: str


class DecisionAid(TypedDict):
    __pydantic_config__ = STRICT
    start: str
    nodes: dict[str, QuestionNode | AdviceNode]


class ProductsFile(TypedDict):
    __pydantic_config__ = STRICT
    products: list[Product]
    decision_aid_2a: DecisionAid


class Term(TypedDict):
    __pydantic_config__ = STRICT
    term: str
    abbreviation: str
    definition: str
    synonyms: list[str]


class BuildingBlockUpdates(TypedDict, total=False):
    """The fields a release may change on a building block, each given whole."""

    __pydantic_config__ = STRICT
    summary: str
    purpose: str
    when_to_use: str
    steps: list[Step]
    worksheets: list[Worksheet]
    tips: list[str]
    pitfalls: list[str]
    related: list[str]
    status: StatusKey
    last_reviewed: ISODate
    next_review: ISODate


class ChapterUpdates(TypedDict, total=False):
    __pydantic_config__ = STRICT
    intro: str
    sections: list[Section]


class Change(TypedDict):
    __pydantic_config__ = STRICT
    page: tuple[Literal["building_block", "chapter"], str]
    kind: Literal["new", "amended", "removed"]
    note: str
    field_updates: BuildingBlockUpdates | ChapterUpdates


class Release(TypedDict):
    __pydantic_config__ = STRICT
    version: str
    title: str
    date: ISODate
    summary: str
    changes: list[Change]


class HandbookFile(TypedDict):
    __pydantic_config__ = STRICT
    chapters: list[Chapter]


class BuildingBlocksFile(TypedDict):
    __pydantic_config__ = STRICT
    building_blocks: list[BuildingBlock]


class GlossaryFile(TypedDict):
    __pydantic_config__ = STRICT
    terms: list[Term]


class ReleasesFile(TypedDict):
    __pydantic_config__ = STRICT
    releases: list[Release]


# The files and their shapes; the content test loads each one.
FILES: dict[str, type] = {
    "handbook.yaml": HandbookFile,
    "building_blocks.yaml": BuildingBlocksFile,
    "products.yaml": ProductsFile,
    "glossary.yaml": GlossaryFile,
    "releases.yaml": ReleasesFile,
}

CHAPTERS: list[Chapter] = load(CONTENT / "handbook.yaml", HandbookFile)["chapters"]
BUILDING_BLOCKS: list[BuildingBlock] = load(CONTENT / "building_blocks.yaml", BuildingBlocksFile)[
    "building_blocks"
]
_products = load(CONTENT / "products.yaml", ProductsFile)
PRODUCTS: list[Product] = _products["products"]
DECISION_AID_2A: DecisionAid = _products["decision_aid_2a"]
TERMS: list[Term] = load(CONTENT / "glossary.yaml", GlossaryFile)["terms"]
RELEASES: list[Release] = load(CONTENT / "releases.yaml", ReleasesFile)["releases"]
for _release in RELEASES:
    for _change in _release["changes"]:
        _change["page"] = tuple(_change["page"])  # (page_type, slug): a key the seeder looks up


# --- lookups ---------------------------------------------------------------------------------


def block_by_slug(slug: str) -> BuildingBlock:
    """Return the building block with this slug (``KeyError`` if there is none)."""
    for block in BUILDING_BLOCKS:
        if block["slug"] == slug:
            return block
    raise KeyError(slug)


def product_by_code(code: str) -> Product:
    """Return the product with this code (``KeyError`` if there is none)."""
    for product in PRODUCTS:
        if product["code"] == code:
            return product
    raise KeyError(code)


def iter_chapters(chapters: list[Chapter] | None = None):
    """Yield every chapter of the tree depth-first, parents before their children."""
    for chapter in CHAPTERS if chapters is None else chapters:
        yield chapter
        yield from iter_chapters(chapter["children"])


def chapter_word_count(chapter: Chapter) -> int:
    """Words in a chapter's own intro and sections (children not included)."""
    texts = [chapter["intro"]]
    for section in chapter["sections"]:
        texts.append(section["heading"])
        texts.extend(section["paragraphs"])
    return sum(len(text.split()) for text in texts)


# --- the content per release -----------------------------------------------------------------
# Release 1.0 is the baseline: every building block and chapter except those a later release
# marks as "new". Each later release applies its changes: an "amended" page takes the complete
# new value of each field in ``field_updates``; a "new" page first appears in that release.


def release(version: str) -> Release:
    """Return the release with this version (``KeyError`` if there is none)."""
    for item in RELEASES:
        if item["version"] == version:
            return item
    raise KeyError(version)


def _pages_new_in(releases: list[Release], page_type: str) -> set[str]:
    return {
        change["page"][1]
        for item in releases
        for change in item["changes"]
        if change["kind"] == "new" and change["page"][0] == page_type
    }


def _releases_up_to(version: str) -> tuple[list[Release], list[Release]]:
    versions = [item["version"] for item in RELEASES]
    index = versions.index(version)
    return RELEASES[1 : index + 1], RELEASES[index + 1 :]


def building_blocks_at(version: str) -> list[BuildingBlock]:
    """The building blocks as they stand in ``version`` (deep copies, in list order)."""
    applied, later = _releases_up_to(version)
    not_yet = _pages_new_in(later, "building_block")
    blocks = {b["slug"]: copy.deepcopy(b) for b in BUILDING_BLOCKS if b["slug"] not in not_yet}
    for item in applied:
        for change in item["changes"]:
            page_type, slug = change["page"]
            if page_type != "building_block":
                continue
            if change["kind"] == "removed":
                blocks.pop(slug, None)
            else:
                blocks[slug].update(copy.deepcopy(change["field_updates"]))
    return [blocks[b["slug"]] for b in BUILDING_BLOCKS if b["slug"] in blocks]


def chapters_at(version: str) -> list[Chapter]:
    """The handbook tree as it stands in ``version`` (a deep copy)."""
    applied, later = _releases_up_to(version)
    not_yet = _pages_new_in(later, "chapter")
    removed: set[str] = set()
    chapters = copy.deepcopy(CHAPTERS)
    by_slug = {chapter["slug"]: chapter for chapter in iter_chapters(chapters)}
    for item in applied:
        for change in item["changes"]:
            page_type, slug = change["page"]
            if page_type != "chapter":
                continue
            if change["kind"] == "removed":
                removed.add(slug)
            else:
                by_slug[slug].update(copy.deepcopy(change["field_updates"]))
    return _prune(chapters, not_yet | removed)


def _prune(chapters: list[Chapter], drop: set[str]) -> list[Chapter]:
    kept = []
    for chapter in chapters:
        if chapter["slug"] in drop:
            continue
        chapter["children"] = _prune(chapter["children"], drop)
        kept.append(chapter)
    return kept


__all__ = [
    "BUILDING_BLOCKS",
    "CHAPTERS",
    "DECISION_AID_2A",
    "FILES",
    "PRODUCTS",
    "RELEASES",
    "TERMS",
    "block_by_slug",
    "building_blocks_at",
    "chapter_word_count",
    "chapters_at",
    "iter_chapters",
    "product_by_code",
    "release",
]
