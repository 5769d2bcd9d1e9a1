"""Stored values are code, so they are English (docs/architecture.md, "Stored values in English").

Every choice a model field of ours stores comes from a declared vocabulary (a ``TextChoices`` in
``toolkit.vocabulary`` or an app's choices module), and a vocabulary's stored key is its
member's name in lower case: ``WEIGH = "weigh"``. A Dutch key (``WEIGH = "wegen"``) breaks that
rule unless it is listed below with its reason.
"""

import json
import re

import pytest
from django.apps import apps
from django.db import connection, models
from django.db.migrations.executor import MigrationExecutor
from wagtail.blocks import ChoiceBlock, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListBlock
from wagtail.fields import StreamField
from wagtail.models import Page

from casebank import indexing
from casebank.models import Case, CaseFacetValue, CaseFactor
from learning.feedback import services
from learning.feedback.models import Comment, FeedbackItem, FeedbackStatusChange
from learning.models import LotMember, LotRole
from samenspel.models import Membership
from tests.casebank.factories import CaseFactorFactory, CaseFactory
from tests.feedback.factories import CommentFactory, FeedbackItemFactory
from tests.learning.factories import LotMemberFactory
from tests.site.factories import HomePageFactory, OrganisationFactory, member
from tests.toolkit.factories import BuildingBlockPageFactory
from toolkit.models import BuildingBlockPage
from toolkit.vocabulary import Phase, Role, Status

PROJECT = ("samenspel", "toolkit", "learning", "casebank", "embed")
KEY = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")

# (vocabulary, member): why its key is not the member's name in lower case.
NOT_THE_NAME = {
    # The method's product codes, as municipalities buy them.
    ("toolkit.vocabulary.Product", "ONE"),
    ("toolkit.vocabulary.Product", "TWO_A"),
    ("toolkit.vocabulary.Product", "TWO_B"),
    # Roles of the shell, short English keys kept from before this rule (also in group sync).
    ("samenspel.roles.Role", "TASK_TEAM"),
    ("samenspel.roles.Role", "ORG_ADMIN"),
    # A LOT's practitioners are named by their organisation kind, as in the method.
    ("learning.models.lot.LotRole", "LT_PRACTITIONER"),
    ("learning.models.lot.LotRole", "GI_PRACTITIONER"),
    # A short key for the case form.
    ("casebank.choices.CaseForm", "MOMENT_OF_TRUTH"),
}


def ours(module):
    return module.split(".")[0] in PROJECT


def vocabularies():
    found, todo = [], list(models.TextChoices.__subclasses__())
    while todo:
        choices = todo.pop()
        todo += choices.__subclasses__()
        if ours(choices.__module__):
            found.append(choices)
    return found


def test_every_vocabulary_key_is_its_english_name():
    checked, wrong = 0, []
    for choices in vocabularies():
        name = f"{choices.__module__}.{choices.__qualname__}"
        for choice in choices:
            checked += 1
            if (name, choice.name) in NOT_THE_NAME:
                assert KEY.fullmatch(choice.value), (name, choice.name)
            elif choice.value != choice.name.lower():
                wrong.append(f"{name}.{choice.name} = {choice.value!r}")
    assert checked > 100  # the vocabularies were found
    assert not wrong, "stored keys that are not their member's name: " + ", ".join(wrong)


def test_every_model_choice_comes_from_a_vocabulary():
    declared = {frozenset(choices.values) for choices in vocabularies()}
    fields = [
        (model, field)
        for model in apps.get_models()
        if ours(model.__module__)
        for field in model._meta.get_fields()
        if getattr(field, "choices", None)
    ]
    assert len(fields) > 20
    for model, field in fields:
        keys = frozenset(key for key, _label in field.flatchoices)
        assert all(KEY.fullmatch(key) for key in keys), (model, field.name, keys)
        assert keys in declared, (model, field.name, keys)


def choice_blocks(block):
    if isinstance(block, ChoiceBlock):
        yield block
    children = []
    if isinstance(block, (StreamBlock, StructBlock)):
        children = block.child_blocks.values()
    elif isinstance(block, ListBlock):
        children = [block.child_block]
    for child in children:
        yield from choice_blocks(child)


def test_every_stored_block_choice_comes_from_a_vocabulary():
    declared = {frozenset(choices.values) for choices in vocabularies()}
    found = []
    for model in apps.get_models():
        if not ours(model.__module__):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in choice_blocks(field.stream_block):
                    keys = frozenset(str(key) for key, _label in block.field.choices if key)
                    found.append((model, field.name, block.name, keys))
    assert {"info", "timeline", "2a"} <= set().union(*(keys for *_, keys in found))
    for model, field, block, keys in found:
        assert keys in declared, (model, field, block, keys)


# The migrations that moved the stored keys from Dutch to English, one per app.
BEFORE = [
    ("samenspel", "0003_task_receipt"),
    ("toolkit", "0005_change_note_verbose_names"),
    ("feedback", "0003_preference_label"),
    ("learning", "0006_outcome_feedback_item_foreign_key"),
    ("casebank", "0004_deidentification_retries"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def loaded(value):
    return json.loads(value) if isinstance(value, str) else value


def stored(model, *fields):
    with connection.cursor() as cursor:
        columns = ", ".join(fields)
        cursor.execute(f"SELECT {columns} FROM {model._meta.db_table} ORDER BY 1")  # noqa: S608
        return cursor.fetchall()


@pytest.mark.django_db(transaction=True)
def test_stored_keys_move_to_dutch_and_back_again():
    """Rows written today go back to the Dutch keys when the migrations are reversed, and come
    back unchanged when they are applied again: pages, revisions, worksheets, the ledger and its
    history, comments, LOT members, memberships, cases, their factors and facet rows."""
    try:
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="thuis")
        block = BuildingBlockPageFactory(
            parent=home,
            involved=[Role.LT, Role.BEHAVIOURAL_SCIENTIST],
            lead=Role.BEHAVIOURAL_SCIENTIST,
            phases=[Phase.WEIGH, Phase.SECURE],
            status=Status.UNDER_REVISION,
            worksheets=[("worksheet", {"kind": "timeline", "title": "Tijdslijn", "fields": []})],
        )
        revision = block.save_revision()
        organisation = OrganisationFactory()
        member(organisation, "behavioural_scientist")
        item = FeedbackItemFactory(factor_level="interpersonal", addressee="municipality")
        services.change_status(
            item, to_status="decided", decision="partly", reason="Deels", by=item.created_by
        )
        CommentFactory(page=block, kind="unclear_term")
        LotMemberFactory(role=LotRole.PROJECT_LEADER)
        case = CaseFactory(case_type="ots_necessary", kader="pressure", region="haaglanden")
        CaseFactorFactory(case=case, cluster="rules", level="organisation")
        indexing.sync_index(case)

        def keys():
            revision.refresh_from_db()
            return {
                "block": stored(BuildingBlockPage, "involved", "lead", "phases", "status"),
                "worksheet": loaded(stored(BuildingBlockPage, "worksheets")[0][0])[0]["value"][
                    "kind"
                ],
                "revision": [revision.content[f] for f in ("involved", "lead", "phases", "status")],
                "revision worksheet": loaded(revision.content["worksheets"])[0]["value"]["kind"],
                "membership": stored(Membership, "role"),
                "item": stored(FeedbackItem, "status", "decision", "factor_level", "addressee"),
                "history": stored(FeedbackStatusChange, "from_status", "to_status", "decision"),
                "comment": stored(Comment, "kind"),
                "lot member": stored(LotMember, "role"),
                "case": stored(Case, "case_type", "kader", "region"),
                "factors": sorted(stored(CaseFactor, "cluster", "level")),
                "facets": sorted(stored(CaseFacetValue, "facet", "value")),
            }

        english = keys()
        migrate(BEFORE)
        dutch = keys()
        assert dutch["block"] == [
            ("lt,gedragswetenschapper", "gedragswetenschapper", "wegen,borgen", "in_herziening")
        ]
        assert dutch["revision"] == [
            "lt,gedragswetenschapper",
            "gedragswetenschapper",
            "wegen,borgen",
            "in_herziening",
        ]
        assert dutch["worksheet"] == dutch["revision worksheet"] == "tijdslijn"
        assert dutch["membership"] == [("gedragswetenschapper",)]
        assert dutch["item"] == [("besluit", "deels", "interpersoonlijk", "gemeente")]
        assert dutch["history"] == [("", "ontvangen", ""), ("ontvangen", "besluit", "deels")]
        assert dutch["comment"] == [("onduidelijk_begrip",)]
        assert dutch["lot member"] == [("projectleider",)]
        assert dutch["case"] == [("ots_toch_noodzakelijk", "drang", "haaglanden")]
        assert ("spelregels", "organisatie") in dutch["factors"]
        assert ("kader", "drang") in dutch["facets"] and ("cluster", "spelregels") in dutch[
            "facets"
        ]

        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        assert keys() == english
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
