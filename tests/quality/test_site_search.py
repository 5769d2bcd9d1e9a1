"""The one site search in the header (samenspel.search): across the method for everyone, cases
and their own LOTs for members, suggestions while typing, Dutch compounds and glossary synonyms
(toolkit.search, toolkit.stemming). Runs on SQLite and PostgreSQL alike."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from samenspel.roles import Role
from tests.casebank.factories import CaseFactory
from tests.learning.factories import LotFactory, LotMemberFactory, SessionFactory
from tests.site.factories import OrganisationFactory, member
from tests.toolkit.factories import (
    BuildingBlockPageFactory,
    ChapterPageFactory,
    GlossaryTermFactory,
    publish,
)
from toolkit.models import BuildingBlockIndexPage, HandbookPage
from toolkit.search import expand
from toolkit.stemming import compound_parts, split_compound

pytestmark = pytest.mark.django_db

SEARCH = "samenspel:search"
SUGGEST = "samenspel:search_suggestions"


def block(**fields):
    return publish(BuildingBlockPageFactory(parent=BuildingBlockIndexPage.objects.get(), **fields))


def chapter(**fields):
    return publish(ChapterPageFactory(parent=HandbookPage.objects.get(), **fields))


def suggestions(client, q):
    response = client.get(reverse(SUGGEST), {"q": q})
    assert response.status_code == 200, response.content
    return response, json.loads(response.content)


# --- words ---------------------------------------------------------------------------------


def test_compounds_split_into_known_words():
    assert split_compound("jeugdhulpverlener") == ["jeugdhulp", "verlener"]
    assert split_compound("gezinspatronen") == ["gezin", "patronen"]  # linking s
    assert split_compound("jeugdhulp") == ["jeugd", "hulp"]
    assert split_compound("appelmoes") == []  # not made of known words
    assert "jeugdhulp" in compound_parts("jeugdhulpverleners".removesuffix("s"))


def test_glossary_names_and_compounds_become_alternatives(site_tree):
    GlossaryTermFactory(
        term="Ondertoezichtstelling", abbreviation="OTS", synonyms="Kinderbeschermingsmaatregel"
    )
    GlossaryTermFactory(term="Medewerker Lokaal Team", abbreviation="MLT")
    groups = expand("OTS jeugdhulpverlener")
    assert [g[0] for g in groups] == ["OTS", "jeugdhulpverlener"]
    assert {"Ondertoezichtstelling", "Kinderbeschermingsmaatregel"} <= set(groups[0])
    assert "jeugdhulp" in groups[1]
    # A glossary name of several words is one group, whatever its case.
    assert expand("medewerker lokaal team") == [["medewerker lokaal team", "MLT"]]
    assert expand("%%% <>") == []


# --- the method, for everyone ----------------------------------------------------------------


def test_compounds_and_synonyms_are_found_both_ways(site_tree, client):
    GlossaryTermFactory(term="Ondertoezichtstelling", abbreviation="OTS")
    about_care = chapter(title="Toegang", intro="<p>Wie regelt de jeugdhulp in de wijk?</p>")
    about_workers = block(
        title="Rolverdeling", summary="Wat de jeugdhulpverleners van elkaar verwachten."
    )
    about_measure = block(title="Maatregelen", summary="Als een ondertoezichtstelling dreigt.")

    def found(q, kind=""):
        response = client.get(reverse("toolkit:search"), {"q": q, "kind": kind})
        return {hit["url"] for hit in response.context["hits"]}

    assert about_care.url in found("jeugdhulpverlener")  # compound → its part
    care = found("jeugdhulp")
    assert about_workers.url in care  # part → the compound (in the index)
    assert about_measure.url not in care
    assert about_measure.url in found("OTS")  # abbreviation → term
    # Products have their own kind now; handbook is chapters only.
    assert found("jeugdhulp", "product") == set()


def test_anonymous_search_groups_the_method_by_kind_and_never_shows_cases(site_tree, client):
    GlossaryTermFactory(term="Gezinsplan", definition="Het plan van het gezin zelf.")
    block(title="Het gezinsplan", summary="Samen een gezinsplan maken.")
    chapter(title="Plannen", intro="<p>Over het gezinsplan.</p>")
    CaseFactory(title="Een gezinsplan dat werkte")
    lot = LotFactory(name="LOT gezinsplan")
    SessionFactory(lot=lot, title="Gezinsplan oefenen")

    response = client.get(reverse(SEARCH), {"q": "gezinsplan"})
    assert response.status_code == 200
    kinds = [group.kind for group in response.context["groups"]]
    assert kinds == ["building_block", "handbook", "glossary"]
    html = response.content.decode()
    for group in response.context["groups"]:
        assert group.total == len(group.hits) == 1
        assert f'href="{group.more_url.replace("&", "&amp;")}"' in html
    assert "/zoeken/?q=gezinsplan&amp;kind=building_block" in html
    assert "Een gezinsplan dat werkte" not in html and "LOT gezinsplan" not in html
    assert "Gezinsplan oefenen" not in html
    assert "log in" in html  # members are told they find more

    _response, data = suggestions(client, "gezinsplan")
    assert {group["kind"] for group in data["groups"]} == {"building_block", "handbook", "glossary"}
    assert "werkte" not in json.dumps(data) and "LOT" not in json.dumps(data)


def test_every_page_has_the_header_search_box(site_tree, client):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'action="/zoeken/alles/"' in html
    assert 'data-suggest-url="/zoeken/suggesties/"' in html
    assert 'for="site-search-q"' in html


def test_anonymous_answers_are_shared_and_members_never(
    site_tree, client, django_assert_num_queries
):
    block(title="Het gezinsplan", summary="Samen een gezinsplan maken.")
    for url in (reverse(SEARCH) + "?q=gezinsplan", reverse(SUGGEST) + "?q=gezinsplan"):
        client.get(url)
        with django_assert_num_queries(0):
            repeat = client.get(url)
        assert repeat["X-Samenspel-Cache"] == "hit"
        assert "public" in repeat["Cache-Control"]

    user = member(OrganisationFactory())
    client.force_login(user)
    for url in (reverse(SEARCH) + "?q=gezinsplan", reverse(SUGGEST) + "?q=gezinsplan"):
        client.get(url)
        repeat = client.get(url)
        assert "X-Samenspel-Cache" not in repeat
        assert "private" in repeat["Cache-Control"] and "public" not in repeat["Cache-Control"]


# --- members: cases and their own LOTs --------------------------------------------------------


def test_members_see_cases_and_only_their_own_lots(site_tree, client):
    delft, zoetermeer = OrganisationFactory(), OrganisationFactory()
    reader = member(delft)
    own = LotFactory(name="LOT Veiligheidsplan Delft", municipality=delft)
    LotMemberFactory(lot=own, user=reader)
    SessionFactory(lot=own, title="Veiligheidsplan bespreken")
    other = LotFactory(name="LOT Veiligheidsplan Zoetermeer", municipality=zoetermeer)
    SessionFactory(lot=other, title="Veiligheidsplan Zoetermeer oefenen")
    published = CaseFactory(title="Een veiligheidsplan met de buren")
    CaseFactory(title="Een veiligheidsplan in review", review=True)
    CaseFactory(title="Een veiligheidsplan ter goedkeuring", awaiting_approval=True)

    client.force_login(reader)
    response = client.get(reverse(SEARCH), {"q": "veiligheidsplan"})
    groups = {group.kind: group for group in response.context["groups"]}
    assert [hit.title for hit in groups["case"].hits] == [published.title]
    assert groups["case"].total == 1
    assert [hit.title for hit in groups["lot"].hits] == ["LOT Veiligheidsplan Delft"]
    assert [hit.title for hit in groups["lot_session"].hits] == ["Veiligheidsplan bespreken"]
    html = response.content.decode()
    assert "Zoetermeer" not in html and "review" not in html and "goedkeuring" not in html
    assert reverse("casebank:search") + "?q=veiligheidsplan" in html

    _response, data = suggestions(client, "veiligheidsplan")
    text = json.dumps(data)
    assert published.title in text and "LOT Veiligheidsplan Delft" in text
    assert "Zoetermeer" not in text and "review" not in text

    # The LOT's organisation admin of Zoetermeer sees Zoetermeer's LOT, not Delft's.
    admin = member(zoetermeer, Role.ORG_ADMIN)
    client.force_login(admin)
    _response, data = suggestions(client, "veiligheidsplan")
    lots = [g for g in data["groups"] if g["kind"] == "lot"]
    assert [item["title"] for item in lots[0]["items"]] == ["LOT Veiligheidsplan Zoetermeer"]


def test_case_search_shares_the_expansion(site_tree, client):
    reader = member(OrganisationFactory())
    GlossaryTermFactory(term="Ondertoezichtstelling", abbreviation="OTS")
    case = CaseFactory(
        title="Drang zonder maatregel", course="Een ondertoezichtstelling bleef uit."
    )
    client.force_login(reader)
    response = client.get(reverse("casebank:search"), {"q": "OTS"})
    assert case.title in response.content.decode()


# --- hostile input and limits -----------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "\u202egnp.exe مرحبا 👨\u200d👩\u200d👧"},
        {"q": ["een", "twee"]},
        {"q": ""},
        {"q": "&|!:*()"},
        {},
    ],
)
def test_hostile_questions_get_an_answer(site_tree, client, params):
    page = client.get(reverse(SEARCH), params)
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()
    response, data = suggestions(client, params.get("q", ""))
    assert response["Content-Type"] == "application/json"
    assert isinstance(data["groups"], list)
    assert "<script" not in response.content.decode()


@override_settings(SAMENSPEL_RATE_LIMITS={"search-suggest": "3/m"})
def test_suggestions_are_rate_limited(site_tree, client):
    user = member(OrganisationFactory())
    client.force_login(user)  # members' answers are never cached, so every call counts
    statuses = [client.get(reverse(SUGGEST), {"q": f"plan{n}"}).status_code for n in range(5)]
    assert statuses[:3] == [200, 200, 200] and statuses[-1] == 429
    answer = client.get(reverse(SUGGEST), {"q": "plan"})
    assert "Wacht even" in json.loads(answer.content)["error"]


# --- growth ---------------------------------------------------------------------------------


@pytest.mark.parametrize("as_member", [False, True])
def test_query_count_of_the_search_page_stays_the_same_as_content_grows(
    site_tree, client, as_member
):
    organisation = OrganisationFactory()
    reader = member(organisation)
    lot = LotFactory(name="LOT Groeitoets", municipality=organisation)
    LotMemberFactory(lot=lot, user=reader)

    def add(number):
        GlossaryTermFactory(term=f"Groeitoets {number}", definition="Een groeitoets.")
        block(title=f"Groeitoets {number}", summary="Een groeitoets.")
        chapter(title=f"Groeitoets hoofdstuk {number}")
        CaseFactory(title=f"Groeitoets casus {number}")
        SessionFactory(lot=lot, title=f"Groeitoets {number}")

    def queries():
        client.logout()
        if as_member:
            client.force_login(reader)
        client.get(reverse(SEARCH), {"q": "opwarmen"})  # per-user caches filled (memberships)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(SEARCH), {"q": "groeitoets"})
        assert response.status_code == 200
        return response, len(captured)

    add(0)
    first, before = queries()
    for number in range(1, 8):
        add(number)
    grown, after = queries()
    totals = {group.kind: group.total for group in grown.context["groups"]}
    assert totals["building_block"] == 8 and totals["glossary"] == 8
    assert ("case" in totals) == as_member
    assert after == before
