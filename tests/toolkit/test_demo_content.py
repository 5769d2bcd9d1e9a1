"""Structural checks of the method-toolkit demo content (pure data, no database)."""

from __future__ import annotations

import datetime
import re

import pytest

from toolkit.demo_content import (
    BUILDING_BLOCKS,
    CHAPTERS,
    DECISION_AID_2A,
    PRODUCTS,
    RELEASES,
    TERMS,
    building_blocks_at,
    chapter_word_count,
    chapters_at,
    iter_chapters,
)

# The brief, restated here on purpose rather than imported from the package's schema module.
ROLE_KEYS = {"lt", "gi", "family", "behavioural_scientist", "young_person", "other"}
PHASES = ["weigh", "investigate", "analyse", "change", "secure"]
PRODUCT_CODES = {"1", "2a", "2b"}
STATUSES = {"concept", "in_development", "adopted", "under_revision"}
WORKSHEET_KINDS = {"timeline", "family_pattern", "vto_checklist", "checklist"}

REQUIRED_BLOCKS = {
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
}
FOUNDATION = {"samenwerking", "reflectie", "directe-en-stabiele-veiligheid", "weging"}

BLOCK_TYPES = {
    "slug": str,
    "title": str,
    "summary": str,
    "purpose": str,
    "when_to_use": str,
    "involved": list,
    "lead": str,
    "steps": list,
    "worksheets": list,
    "tips": list,
    "pitfalls": list,
    "phases": list,
    "products": list,
    "related": list,
    "status": str,
    "owner": str,
    "last_reviewed": str,
    "next_review": str,
    "foundation": bool,
}
STEP_KEYS = {"title", "what", "how", "who", "when", "where"}
WORKSHEET_KEYS = {"kind", "title", "instructions", "fields"}
FIELD_KEYS = {"label", "help", "family_view"}
CHAPTER_KEYS = {"slug", "title", "intro", "sections", "children"}
SECTION_KEYS = {"heading", "paragraphs"}
PRODUCT_TYPES = {
    "code": str,
    "slug": str,
    "title": str,
    "summary": str,
    "rules": list,
    "who_leads": str,
    "consent_required": bool,
    "jbt_needed": bool,
    "max_hours": (int, type(None)),
    "body_paragraphs": list,
}
TERM_KEYS = {"term", "abbreviation", "definition", "synonyms"}
REQUIRED_ABBREVIATIONS = {
    "LT",
    "GI",
    "JBT",
    "RvdK",
    "VTO",
    "OTS",
    "VOTS",
    "MUHP",
    "ARIJ",
    "MDO",
    "CJG",
    "SKT",
    "JGH",
    "CIT",
    "H10",
}
REQUIRED_TERMS = {
    "jeugdbeschermer",
    "preventief jeugdbeschermer",
    "gedragswetenschapper",
    "casusregie",
    "opschalen",
    "afschalen",
    "drang",
    "dwang",
    "bodemeisen",
    "borging",
    "verklarende analyse",
    "genogram",
    "weging",
    "veilig thuis",
    "opgaveteam",
}
TOP_LEVEL_CHAPTERS = [
    "inleiding",
    "werkwijze-in-het-kort",
    "rollen-en-verantwoordelijkheden",
    "fasen",
    "producten",
    "privacy-en-toestemming",
    "werken-met-het-gezin",
    "begrippenlijst",
]
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _nonempty_str(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _date(value: str) -> datetime.date:
    assert DATE_RE.match(value), value
    return datetime.date.fromisoformat(value)


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def assert_valid_block(block: dict, known_slugs: set[str]) -> None:
    slug = block.get("slug")
    assert set(block) == set(BLOCK_TYPES), (slug, set(block) ^ set(BLOCK_TYPES))
    for key, kind in BLOCK_TYPES.items():
        assert isinstance(block[key], kind), (slug, key)
    for key in ("slug", "title", "summary", "purpose", "when_to_use", "owner"):
        assert _nonempty_str(block[key]), (slug, key)
    assert SLUG_RE.match(slug), slug
    assert _sentences(block["summary"]) == 1, slug

    assert block["involved"] and set(block["involved"]) <= ROLE_KEYS, slug
    assert len(set(block["involved"])) == len(block["involved"]), slug
    assert block["lead"] in ROLE_KEYS, slug
    assert block["lead"] in block["involved"], slug

    assert 3 <= len(block["steps"]) <= 6, (slug, len(block["steps"]))
    for step in block["steps"]:
        assert set(step) == STEP_KEYS, (slug, step)
        assert all(_nonempty_str(step[key]) for key in STEP_KEYS), (slug, step["title"])

    for sheet in block["worksheets"]:
        assert set(sheet) == WORKSHEET_KEYS, slug
        assert sheet["kind"] in WORKSHEET_KINDS, (slug, sheet["kind"])
        assert _nonempty_str(sheet["title"]) and _nonempty_str(sheet["instructions"]), slug
        assert isinstance(sheet["fields"], list) and sheet["fields"], slug
        for field in sheet["fields"]:
            assert set(field) == FIELD_KEYS, (slug, field)
            assert _nonempty_str(field["label"]) and _nonempty_str(field["help"]), slug
            assert isinstance(field["family_view"], bool), slug

    for key in ("tips", "pitfalls"):
        assert block[key], (slug, key)
        assert all(_nonempty_str(item) for item in block[key]), (slug, key)

    assert block["phases"] and set(block["phases"]) <= set(PHASES), slug
    assert block["phases"] == [p for p in PHASES if p in block["phases"]], slug
    assert block["products"] and set(block["products"]) <= PRODUCT_CODES, slug
    assert block["status"] in STATUSES, slug
    assert block["owner"].startswith("Opgaveteam"), slug

    assert set(block["related"]) <= known_slugs, (slug, set(block["related"]) - known_slugs)
    assert slug not in block["related"], slug
    assert len(set(block["related"])) == len(block["related"]), slug

    assert _date(block["last_reviewed"]) < _date(block["next_review"]), slug


def assert_valid_chapter(chapter: dict) -> None:
    slug = chapter.get("slug")
    assert set(chapter) == CHAPTER_KEYS, slug
    assert SLUG_RE.match(slug), slug
    assert _nonempty_str(chapter["title"]) and _nonempty_str(chapter["intro"]), slug
    assert 1 <= _sentences(chapter["intro"]) <= 2, slug
    assert isinstance(chapter["sections"], list) and isinstance(chapter["children"], list), slug
    for section in chapter["sections"]:
        assert set(section) == SECTION_KEYS, slug
        assert _nonempty_str(section["heading"]), slug
        assert isinstance(section["paragraphs"], list) and section["paragraphs"], slug
        assert all(_nonempty_str(p) for p in section["paragraphs"]), slug
    if slug == "begrippenlijst":
        assert chapter["sections"] == [] and chapter["children"] == []
    else:
        assert chapter["sections"], slug
        assert 150 <= chapter_word_count(chapter) <= 400, (slug, chapter_word_count(chapter))


# --- building blocks --------------------------------------------------------------------------

BLOCK_SLUGS = {block["slug"] for block in BUILDING_BLOCKS}


def test_required_block_slugs_present_and_unique():
    slugs = [block["slug"] for block in BUILDING_BLOCKS]
    assert len(slugs) == len(set(slugs))
    assert set(slugs) >= REQUIRED_BLOCKS


@pytest.mark.parametrize("block", BUILDING_BLOCKS, ids=lambda b: b["slug"])
def test_block_schema(block):
    assert_valid_block(block, BLOCK_SLUGS)


def test_foundation_flags():
    assert {b["slug"] for b in BUILDING_BLOCKS if b["foundation"]} == FOUNDATION


def test_statuses_are_mixed():
    statuses = {block["status"] for block in BUILDING_BLOCKS}
    assert len(statuses) >= 3
    assert statuses != {"adopted"}


def test_tijdslijn_worksheet_has_room_for_the_family_view():
    (block,) = [b for b in BUILDING_BLOCKS if b["slug"] == "tijdslijn"]
    sheets = [s for s in block["worksheets"] if s["kind"] == "timeline"]
    assert sheets
    assert any(field["family_view"] for sheet in sheets for field in sheet["fields"])


def test_gezinspatronen_has_a_pattern_worksheet():
    (block,) = [b for b in BUILDING_BLOCKS if b["slug"] == "gezinspatronen"]
    assert any(sheet["kind"] == "family_pattern" for sheet in block["worksheets"])


def test_vto_checklist_covers_the_vto_content():
    sheets = [
        sheet
        for block in BUILDING_BLOCKS
        for sheet in block["worksheets"]
        if sheet["kind"] == "vto_checklist"
    ]
    assert len(sheets) == 1
    text = " ".join(f"{f['label']} {f['help']}" for f in sheets[0]["fields"]).lower()
    for needle in (
        "twee bronnen",
        "veroorzakende",
        "in stand houdende",
        "geprobeerd",
        "waarom onderzoek nodig",
        "maatregel moet bereiken",
    ):
        assert needle in text, needle


def test_weging_names_the_key_signal():
    (block,) = [b for b in BUILDING_BLOCKS if b["slug"] == "weging"]
    assert "steeds terugkomt" in block["purpose"]
    assert "blijvende oplossing" in block["purpose"]


# --- handbook ---------------------------------------------------------------------------------


def test_chapter_tree_order_and_unique_slugs():
    assert [c["slug"] for c in CHAPTERS] == TOP_LEVEL_CHAPTERS
    slugs = [c["slug"] for c in iter_chapters()]
    assert len(slugs) == len(set(slugs))
    (fasen,) = [c for c in CHAPTERS if c["slug"] == "fasen"]
    assert [c["slug"] for c in fasen["children"]] == [
        "wegen",
        "onderzoeken",
        "analyseren",
        "veranderen",
        "borgen",
    ]


@pytest.mark.parametrize("chapter", list(iter_chapters()), ids=lambda c: c["slug"])
def test_chapter_schema(chapter):
    assert_valid_chapter(chapter)


def test_privacy_chapter_covers_consent_refusal_and_drang_dwang():
    (privacy,) = [c for c in CHAPTERS if c["slug"] == "privacy-en-toestemming"]
    text = " ".join(
        p.lower()
        for chapter in iter_chapters([privacy])
        for section in chapter["sections"]
        for p in section["paragraphs"]
    )
    for needle in ("toestemming", "weigering", "drang", "dwang", "vrijwillig", "veilig thuis"):
        assert needle in text, needle


# --- products and decision aid ----------------------------------------------------------------


def test_products_schema_and_facts():
    assert [p["code"] for p in PRODUCTS] == ["1", "2a", "2b"]
    slugs = [p["slug"] for p in PRODUCTS]
    assert len(slugs) == len(set(slugs))
    for product in PRODUCTS:
        assert set(product) == set(PRODUCT_TYPES), product["code"]
        for key, kind in PRODUCT_TYPES.items():
            assert isinstance(product[key], kind), (product["code"], key)
        assert SLUG_RE.match(product["slug"])
        assert product["rules"] and all(_nonempty_str(r) for r in product["rules"])
        assert product["body_paragraphs"]
        assert all(_nonempty_str(p) for p in product["body_paragraphs"])
    one, two_a, two_b = PRODUCTS
    assert (one["consent_required"], one["jbt_needed"], one["max_hours"]) == (False, False, None)
    assert (two_a["consent_required"], two_a["jbt_needed"], two_a["max_hours"]) == (True, False, 25)
    assert (two_b["consent_required"], two_b["jbt_needed"]) == (True, True)


def _walk(node_id, nodes, seen):
    assert node_id in nodes, node_id
    assert node_id not in seen, f"cycle through {node_id}"
    node = nodes[node_id]
    if "advice" in node:
        return [[*seen, node_id]]
    paths = []
    for answer in node["answers"]:
        paths += _walk(answer["next"], nodes, [*seen, node_id])
    return paths


def test_decision_aid_shape():
    assert set(DECISION_AID_2A) == {"start", "nodes"}
    nodes = DECISION_AID_2A["nodes"]
    assert DECISION_AID_2A["start"] in nodes
    questions = [n for n in nodes.values() if "question" in n]
    assert 4 <= len(questions) <= 6
    for node_id, node in nodes.items():
        if "question" in node:
            assert set(node) == {"question", "help", "answers"}, node_id
            assert _nonempty_str(node["question"]) and _nonempty_str(node["help"]), node_id
            assert len(node["answers"]) >= 2, node_id
            for answer in node["answers"]:
                assert set(answer) == {"label", "next"}, node_id
                assert _nonempty_str(answer["label"]), node_id
        else:
            assert set(node) == {"advice", "product", "explanation"}, node_id
            assert _nonempty_str(node["advice"]) and _nonempty_str(node["explanation"]), node_id
            assert node["product"] is None or node["product"] in PRODUCT_CODES, node_id


def test_decision_aid_is_acyclic_and_every_path_ends_in_advice():
    nodes = DECISION_AID_2A["nodes"]
    paths = _walk(DECISION_AID_2A["start"], nodes, [])
    assert all("advice" in nodes[path[-1]] for path in paths)
    reached = {node_id for path in paths for node_id in path}
    assert reached == set(nodes), set(nodes) - reached
    advised = {nodes[path[-1]]["product"] for path in paths}
    assert {"1", "2a", "2b"} <= advised


# --- glossary ---------------------------------------------------------------------------------


def test_glossary_schema():
    assert len(TERMS) >= 25
    for term in TERMS:
        assert set(term) == TERM_KEYS, term.get("term")
        assert _nonempty_str(term["term"]) and _nonempty_str(term["definition"])
        assert isinstance(term["abbreviation"], str)
        assert isinstance(term["synonyms"], list)
        assert all(_nonempty_str(s) for s in term["synonyms"])
    names = [t["term"].lower() for t in TERMS]
    assert len(names) == len(set(names))


def test_glossary_covers_required_abbreviations_and_terms():
    abbreviations = {t["abbreviation"] for t in TERMS if t["abbreviation"]}
    assert abbreviations >= REQUIRED_ABBREVIATIONS, REQUIRED_ABBREVIATIONS - abbreviations
    names = {t["term"].lower() for t in TERMS}
    assert names >= REQUIRED_TERMS, REQUIRED_TERMS - names


# --- releases ---------------------------------------------------------------------------------


def test_two_releases_in_order():
    assert len(RELEASES) == 2
    first, second = RELEASES
    for item in RELEASES:
        assert set(item) == {"version", "title", "date", "summary", "changes"}
        assert _nonempty_str(item["title"]) and _nonempty_str(item["summary"])
        assert _date(item["date"]).year == 2026
    assert first["version"] == "1.0" and first["changes"] == []
    assert second["version"] in {"1.1", "2.0"}
    assert _date(first["date"]) < _date(second["date"])


def _second_release_changes():
    return RELEASES[1]["changes"]


def test_second_release_change_shapes_and_counts():
    changes = _second_release_changes()
    for change in changes:
        assert set(change) == {"page", "kind", "note", "field_updates"}
        page_type, slug = change["page"]
        assert page_type in {"building_block", "chapter"}
        assert change["kind"] in {"new", "amended", "removed"}
        assert _nonempty_str(change["note"]) and isinstance(change["field_updates"], dict)
    amended_blocks = {
        c["page"][1] for c in changes if c["kind"] == "amended" and c["page"][0] == "building_block"
    }
    amended_chapters = {
        c["page"][1] for c in changes if c["kind"] == "amended" and c["page"][0] == "chapter"
    }
    new_blocks = {
        c["page"][1] for c in changes if c["kind"] == "new" and c["page"][0] == "building_block"
    }
    assert len(amended_blocks) >= 3
    assert {"privacy", "tijdslijn", "weging"} <= amended_blocks
    assert len(amended_chapters) >= 1
    assert len(new_blocks) >= 1


def test_second_release_updates_only_existing_fields_of_existing_pages():
    release_1_blocks = {b["slug"]: b for b in building_blocks_at(RELEASES[0]["version"])}
    release_1_chapters = {c["slug"]: c for c in iter_chapters(chapters_at(RELEASES[0]["version"]))}
    for change in _second_release_changes():
        page_type, slug = change["page"]
        if change["kind"] == "new":
            assert page_type == "building_block" and slug in BLOCK_SLUGS
            assert slug not in release_1_blocks
            assert change["field_updates"] == {}
            continue
        existing = release_1_blocks if page_type == "building_block" else release_1_chapters
        assert slug in existing, change["page"]
        assert change["field_updates"], change["page"]
        assert set(change["field_updates"]) <= set(existing[slug]) - {"slug"}, change["page"]
        for field, value in change["field_updates"].items():
            assert type(value) is type(existing[slug][field]), (change["page"], field)
            assert value != existing[slug][field], (change["page"], field)


def test_release_states_are_valid():
    for item in RELEASES:
        blocks = building_blocks_at(item["version"])
        slugs = {b["slug"] for b in blocks}
        assert slugs >= REQUIRED_BLOCKS
        for block in blocks:
            assert_valid_block(block, slugs)
        for chapter in iter_chapters(chapters_at(item["version"])):
            assert_valid_chapter(chapter)


def test_release_two_content_is_plausible():
    before = {b["slug"]: b for b in building_blocks_at(RELEASES[0]["version"])}
    after = {b["slug"]: b for b in building_blocks_at(RELEASES[1]["version"])}
    assert len(after["privacy"]["steps"]) > len(before["privacy"]["steps"])
    assert any("weiger" in s["title"].lower() for s in after["privacy"]["steps"])
    assert len(after["tijdslijn"]["steps"]) == len(before["tijdslijn"]["steps"]) + 1
    assert "voorbeeld" in after["weging"]["when_to_use"].lower()
    assert after["privacy"]["status"] != before["privacy"]["status"]

    def paragraphs(version):
        (chapter,) = [
            c for c in iter_chapters(chapters_at(version)) if c["slug"] == "werken-met-het-gezin"
        ]
        return sum(len(s["paragraphs"]) for s in chapter["sections"])

    assert paragraphs(RELEASES[1]["version"]) == paragraphs(RELEASES[0]["version"]) + 1


def test_building_blocks_at_does_not_mutate_the_source():
    (privacy,) = [b for b in BUILDING_BLOCKS if b["slug"] == "privacy"]
    steps_before = len(privacy["steps"])
    building_blocks_at(RELEASES[1]["version"])
    assert len(privacy["steps"]) == steps_before
