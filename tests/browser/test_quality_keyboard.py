"""Keyboard-only completion of the questionnaire: Tab to move, Space to choose, arrows in
lists, Enter to send — never the mouse."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.instrument import seed_instrument
from learning.models import MeasurementRound, Response

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_TABS = 400


@pytest.fixture
def open_round(transactional_db):
    today = timezone.localdate()
    return MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title="Nulmeting",
        kind=MeasurementRound.Kind.BASELINE,
        scope=MeasurementRound.Scope.REGION,
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=7),
    )


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || "",
                    text: (el.innerText || el.value || "").trim(),
                    visible: el.matches(':focus-visible')};
        }"""
    )


def test_questionnaire_can_be_completed_with_the_keyboard_only(page, live_server, open_round):
    page.goto(live_server.url + reverse("learning:respond", args=[open_round.public_token]))
    answered, unfocusable_ring = set(), []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if not element["visible"] and element["tag"] in {"input", "select", "button"}:
            unfocusable_ring.append(element["name"])
        if element["tag"] == "input" and element["type"] == "radio":
            page.keyboard.press("Space")
            answered.add(element["name"])
        elif element["tag"] == "select":
            page.keyboard.press("ArrowDown")
            answered.add(element["name"])
        elif element["tag"] == "button" and element["text"] == "Mijn antwoorden versturen":
            with page.expect_navigation():
                page.keyboard.press("Enter")
            break
    else:
        pytest.fail("the send button was never reached with Tab")

    page.get_by_role("heading", name="Bedankt voor je antwoorden").wait_for()
    assert not unfocusable_ring, f"no visible focus on: {unfocusable_ring}"
    response = Response.objects.get(measurement_round=open_round)
    assert response.status == Response.Status.COMPLETE
    item_count = sum(scale.items.count() for scale in open_round.instrument.scales.all())
    assert len(response.items) == item_count
    assert {f"item_{slug}" for slug in response.items} <= answered


@pytest.fixture
def building_block(transactional_db):
    from wagtail.models import Page, Site

    from samenspel.models import HomePage
    from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage

    home = Page.get_first_root_node().add_child(instance=HomePage(title="Start", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
    steps = [{"type": "step", "value": {"title": "Samen wegen", "what": "Weeg samen."}}]
    block = index.add_child(
        instance=BuildingBlockPage(title="Weging", slug="weging", summary="Wegen.", steps=steps)
    )
    block.save_revision().publish()
    return block


def tab_to(page, matches):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if matches(element):
            return element
    pytest.fail("never reached with Tab")


def test_commenting_on_a_step_with_the_keyboard_only(page, live_server, building_block):
    from learning.feedback.models import Comment
    from tests.site.factories import PASSWORD, OrganisationFactory, member

    user = member(OrganisationFactory(slug="delft", name="Delft"), email="lotte@example.org")
    page.goto(live_server.url + "/accounts/login/")
    tab_to(page, lambda e: e["name"] == "login")
    page.keyboard.type(user.email)
    tab_to(page, lambda e: e["name"] == "password")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    page.goto(live_server.url + "/bouwstenen/weging/")
    tab_to(page, lambda e: e["tag"] == "summary" and e["text"] == "Reageer op dit onderdeel")
    page.keyboard.press("Enter")
    tab_to(page, lambda e: e["tag"] == "select" and e["name"] == "kind")
    page.keyboard.press("ArrowDown")
    tab_to(page, lambda e: e["tag"] == "textarea" and e["name"] == "body")
    page.keyboard.type("Hoe weeg ik als ouders geen toestemming geven?")
    tab_to(page, lambda e: e["tag"] == "button" and e["text"] == "Reactie plaatsen")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    comment = Comment.objects.get(author=user)
    assert "toestemming" in comment.body
    assert comment.page_id == building_block.pk and comment.anchor
