"""Seeds the method toolkit from its content files (``toolkit/content/*.yaml``, read by
``toolkit.demo_content``): handbook, building blocks, products, glossary, the editorial workflow
and two method releases. Deterministic and idempotent.

Release 1.0 is created as the first published revision of every page; each later release then
applies its ``field_updates`` as new published revisions. Revisions, publish dates and log
entries get the release date (09:00, Amsterdam), and StreamField blocks get ids derived from
their content (uuid5), so a step keeps its id across releases and the diff lines up.
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageLogEntry,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from . import demo_content as content
from .models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChangeNote,
    ChapterPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    MethodRelease,
    ProductIndexPage,
    ProductPage,
)

NAMESPACE = uuid.UUID("6f1c7c1e-3b7a-4d0e-9a52-5a6d2b1f0c11")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HANDBOOK_INTRO = (
    "<p>Het handboek van Beter Samenspel: wie doet wat, waar, wanneer en hoe, als het Lokale Team "
    "en de gecertificeerde instelling samen met een gezin werken. De bouwstenen werken de "
    "werkwijze per onderdeel uit.</p>"
)
INDEX_INTRO = (
    "<p>De bouwstenen van de werkwijze, elk met doel, betrokkenen, stappen, werkbladen, tips en "
    "valkuilen. Filter op fase, product of status.</p>"
)
WORKFLOW_NAME = "Redactie werkwijze"
TASK_NAME = "Beoordeling door het Opgaveteam"


def seed(log=print):
    handbook_page = HandbookPage.objects.first()
    index_page = BuildingBlockIndexPage.objects.first()
    if handbook_page is None or index_page is None:
        log("toolkit: no handbook/building-block index under the home page; skipped")
        return
    seed_glossary()
    seed_workflow(handbook_page, index_page)
    baseline, *later = content.RELEASES
    if not MethodRelease.objects.filter(version=baseline["version"]).exists():
        seed_baseline(baseline, handbook_page, index_page)
    for release in later:
        if not MethodRelease.objects.filter(version=release["version"]).exists():
            seed_release(release, index_page)
    log(
        f"toolkit: {ChapterPage.objects.count()} chapters, "
        f"{BuildingBlockPage.objects.count()} building blocks, "
        f"{GlossaryTerm.objects.count()} terms, {MethodRelease.objects.count()} releases"
    )


# --- glossary and workflow -------------------------------------------------------------------


def seed_glossary():
    from django.utils.text import slugify

    for item in content.TERMS:
        GlossaryTerm.objects.get_or_create(
            term=item["term"],
            defaults={
                "slug": slugify(item["abbreviation"] or item["term"]),
                "abbreviation": item["abbreviation"],
                "definition": item["definition"],
                "synonyms": "\n".join(item["synonyms"]),
            },
        )


def seed_workflow(*pages):
    """Editors draft, the task team (Opgaveteam) reviews and publishes."""
    group = Group.objects.filter(name="Opgaveteam").first()
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    if created and group:
        task.groups.set([group])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


# --- releases --------------------------------------------------------------------------------


def release_moment(date_string):
    date = datetime.date.fromisoformat(date_string)
    return datetime.datetime.combine(date, datetime.time(9, 0), tzinfo=AMSTERDAM)


def publish(page, moment):
    """Save and publish a revision of ``page`` dated ``moment``; returns the revision."""
    revision = page.save_revision(clean=False, log_action=False)
    revision.publish(skip_permission_checks=True)
    Revision.objects.filter(pk=revision.pk).update(created_at=moment)
    PageLogEntry.objects.filter(revision=revision).update(timestamp=moment)
    first = Page.objects.filter(pk=page.pk).values_list("first_published_at", flat=True)[0]
    Page.objects.filter(pk=page.pk).update(
        last_published_at=moment,
        latest_revision_created_at=moment,
        first_published_at=min(first, moment) if first else moment,
    )
    revision.refresh_from_db()
    return revision


def seed_baseline(release, handbook_page, index_page):
    moment = release_moment(release["date"])
    version = release["version"]
    if not handbook_page.intro:
        handbook_page.intro = HANDBOOK_INTRO
        publish(handbook_page, moment)
    if not index_page.intro:
        index_page.intro = INDEX_INTRO
        publish(index_page, moment)
    noted = []
    for chapter in content.chapters_at(version):
        noted += create_chapter(handbook_page, chapter, moment)
    created_blocks = []
    for data in content.building_blocks_at(version):
        page = BuildingBlockPage(title=data["title"], slug=data["slug"])
        apply_block_fields(page, data, with_related=False)
        index_page.add_child(instance=page)
        created_blocks.append((page, data))
    for page, data in created_blocks:
        apply_block_fields(page, data)
        noted.append((page, publish(page, moment)))
    record_release(release, [(page, revision, "new", first_note()) for page, revision in noted])


def first_note():
    return "Opgenomen in de eerste versie van de werkwijze op het platform."


def seed_release(release, index_page):
    moment = release_moment(release["date"])
    new_blocks = {
        slug: content.block_by_slug(slug)
        for (page_type, slug) in (c["page"] for c in release["changes"])
        if page_type == "building_block"
        and any(c["page"] == (page_type, slug) and c["kind"] == "new" for c in release["changes"])
    }
    pages = {}
    for slug, data in new_blocks.items():
        page = BuildingBlockPage(title=data["title"], slug=slug)
        apply_block_fields(page, data, with_related=False)
        index_page.add_child(instance=page)
        pages[("building_block", slug)] = (page, data)
    notes = []
    for change in release["changes"]:
        kind_of_page, slug = change["page"]
        if change["kind"] == "new" and kind_of_page == "building_block":
            page, data = pages[change["page"]]
            apply_block_fields(page, data)
        else:
            model = BuildingBlockPage if kind_of_page == "building_block" else ChapterPage
            page = model.objects.get(slug=slug)
            if change["kind"] == "removed":
                page.unpublish()
                notes.append((page, page.live_revision, "removed", change["note"]))
                continue
            if kind_of_page == "building_block":
                apply_block_fields(page, change["field_updates"])
            else:
                apply_chapter_fields(page, change["field_updates"])
        notes.append((page, publish(page, moment), change["kind"], change["note"]))
    record_release(release, notes)


def record_release(release, notes):
    method_release = MethodRelease.objects.create(
        version=release["version"],
        title=release["title"],
        date=datetime.date.fromisoformat(release["date"]),
        summary=release["summary"],
        published=True,
    )
    for page, revision, kind, note in notes:
        ChangeNote.objects.create(
            release=method_release, page=page, revision=revision, kind=kind, note=note
        )


# --- chapters --------------------------------------------------------------------------------


def stream(items):
    """Raw StreamField data (JSON form) from (type, value, id) triples, ids kept stable."""
    return [{"type": kind, "value": value, "id": id_} for kind, value, id_ in items]


def block_id(*parts):
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def paragraphs_html(paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def chapter_body(slug, sections):
    return stream(
        (
            "section",
            {
                "heading": section["heading"],
                "text": paragraphs_html(section["paragraphs"]),
            },
            block_id(slug, "section", section["heading"]),
        )
        for section in sections
    )


def plain_body(slug, sections):
    body = []
    for section in sections:
        body.append(("heading", section["heading"], block_id(slug, "h", section["heading"])))
        body.append(
            (
                "paragraph",
                paragraphs_html(section["paragraphs"]),
                block_id(slug, "p", section["heading"]),
            )
        )
    return stream(body)


def apply_chapter_fields(page, data):
    if "title" in data:
        page.title = data["title"]
    if "intro" in data:
        page.intro = f"<p>{data['intro']}</p>"
    if "sections" in data:
        page.body = chapter_body(page.slug, data["sections"])


def create_chapter(parent, chapter, moment):
    """Create a chapter (or the products/glossary page it introduces) and its children."""
    slug = chapter["slug"]
    intro = f"<p>{chapter['intro']}</p>"
    if slug == "producten":
        page = ProductIndexPage(
            title=chapter["title"],
            slug=slug,
            intro=intro,
            body=plain_body(slug, chapter["sections"]),
            decision_aid=decision_aid_stream(),
        )
        parent.add_child(instance=page)
        publish(page, moment)
        return create_products(page, moment)
    if slug == "begrippenlijst":
        page = GlossaryPage(
            title=chapter["title"],
            slug=slug,
            intro=intro,
            body=plain_body(slug, chapter["sections"]),
        )
        parent.add_child(instance=page)
        publish(page, moment)
        return []
    page = ChapterPage(title=chapter["title"], slug=slug)
    apply_chapter_fields(page, chapter)
    parent.add_child(instance=page)
    noted = [(page, publish(page, moment))]
    for child in chapter["children"]:
        noted += create_chapter(page, child, moment)
    return noted


# --- products --------------------------------------------------------------------------------


def create_products(index_page, moment):
    noted = []
    for data in content.PRODUCTS:
        page = ProductPage(
            title=data["title"],
            slug=data["slug"],
            code=data["code"],
            summary=data["summary"],
            rules=stream(
                ("item", rule, block_id(data["slug"], "rule", rule)) for rule in data["rules"]
            ),
            who_leads=data["who_leads"],
            consent_required=data["consent_required"],
            jbt_needed=data["jbt_needed"],
            max_hours=data["max_hours"],
            body=stream(
                ("paragraph", f"<p>{text}</p>", block_id(data["slug"], "p", text))
                for text in data["body_paragraphs"]
            ),
        )
        index_page.add_child(instance=page)
        noted.append((page, publish(page, moment)))
    return noted


def decision_aid_stream():
    aid = content.DECISION_AID_2A
    ordered = [aid["start"], *[node_id for node_id in aid["nodes"] if node_id != aid["start"]]]
    items = []
    for node_id in ordered:
        node = aid["nodes"][node_id]
        if "question" in node:
            value = {
                "node_id": node_id,
                "question": node["question"],
                "help": node.get("help", ""),
                "answers": [{"label": a["label"], "next": a["next"]} for a in node["answers"]],
            }
            items.append(("question", value, block_id("aid", node_id)))
        else:
            value = {
                "node_id": node_id,
                "advice": node["advice"],
                "product": node.get("product") or "",
                "explanation": node.get("explanation", ""),
            }
            items.append(("advice", value, block_id("aid", node_id)))
    return stream(items)


# --- building blocks -------------------------------------------------------------------------


def apply_block_fields(page, data, with_related=True):
    """Set the page's fields from a demo building-block record (complete or partial)."""
    slug = page.slug
    simple = {"title": "title", "summary": "summary", "lead": "lead", "status": "status"}
    for key, attribute in simple.items():
        if key in data:
            setattr(page, attribute, data[key])
    for key in ("purpose", "when_to_use"):
        if key in data:
            setattr(page, key, f"<p>{data[key]}</p>")
    for key in ("involved", "phases", "products"):
        if key in data:
            setattr(page, key, list(data[key]))
    if "owner" in data:
        page.method_owner = data["owner"]
    if "foundation" in data:
        page.foundation = data["foundation"]
    for key in ("last_reviewed", "next_review"):
        if key in data:
            value = data[key]
            setattr(page, key, datetime.date.fromisoformat(value) if value else None)
    if "steps" in data:
        page.steps = stream(
            ("step", dict(step), block_id(slug, "step", step["title"])) for step in data["steps"]
        )
    if "worksheets" in data:
        page.worksheets = stream(
            ("worksheet", worksheet_value(sheet), block_id(slug, "worksheet", sheet["title"]))
            for sheet in data["worksheets"]
        )
    for key in ("tips", "pitfalls"):
        if key in data:
            setattr(
                page, key, stream(("item", text, block_id(slug, key, text)) for text in data[key])
            )
    if "related" in data and with_related:
        targets = BuildingBlockPage.objects.in_bulk(
            BuildingBlockPage.objects.filter(slug__in=data["related"]).values_list("pk", flat=True)
        )
        by_slug = {target.slug: target for target in targets.values()}
        page.related = stream(
            ("building_block", by_slug[related].pk, block_id(slug, "related", related))
            for related in data["related"]
            if related in by_slug
        )


def worksheet_value(sheet):
    return {
        "kind": sheet["kind"],
        "title": sheet["title"],
        "instructions": sheet["instructions"],
        "fields": [
            {"label": f["label"], "help": f["help"], "family_view": f["family_view"]}
            for f in sheet["fields"]
        ],
    }
