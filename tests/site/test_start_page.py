"""The start page per person (samenspel.home): the same shared page for every anonymous
visitor, and for members what changed in what they follow since their previous visit, their
next LOT session and open actions, what became of their remarks and shortcuts by role."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.feedback.choices import Decision
from learning.feedback.models import PageFollow
from learning.models import Action
from samenspel.home import VISIT_GAP, record_visit
from samenspel.pagecache import HIT_HEADER
from samenspel.roles import Role
from tests.feedback.factories import CommentFactory, FeedbackItemFactory
from tests.learning.factories import LotFactory, LotMemberFactory, SessionFactory
from tests.site.factories import member
from tests.toolkit.factories import (
    BuildingBlockIndexPageFactory,
    BuildingBlockPageFactory,
    ChangeNoteFactory,
    HandbookPageFactory,
    MethodReleaseFactory,
    ProductIndexPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def method(home):
    home.intro = "<p>Samenspel is de gedeelde plek van Beter Samenspel.</p>"
    home.save_revision().publish()
    HandbookPageFactory(parent=home)
    ProductIndexPageFactory(parent=home.get_children().get(slug="handboek"))
    index = BuildingBlockIndexPageFactory(parent=home)
    blocks = [
        publish(BuildingBlockPageFactory(parent=index, title=title))
        for title in ("Weging", "Tijdslijn", "Gezinspatronen")
    ]
    release = MethodReleaseFactory(version="1.1", title="Voorjaar")
    ChangeNoteFactory(release=release, page=blocks[1], note="Voorbeeld van een tijdslijn.")
    return blocks


def start(client):
    return client.get("/")


def test_anonymous_visitors_share_one_start_page(client, method):
    cache.clear()
    response = start(client)
    html = response.content.decode()
    assert "Samenspel is de gedeelde plek van Beter Samenspel." in html
    assert "Wat is er veranderd in de werkwijze" in html
    assert "Versie 1.1" in html and "Voorbeeld van een tijdslijn." in html
    for where in ("Handboek", "Producten", "Bouwstenen", "Feedbackregister"):
        assert f">{where}</a>" in html
    assert "Welkom" not in html and "Snel naar" not in html
    assert start(client)[HIT_HEADER] == "hit"


def test_a_members_start_page_is_never_shared(client, method, professional):
    cache.clear()
    client.force_login(professional)
    response = start(client)
    assert "Welkom, " in response.content.decode()
    assert "no-store" in response["Cache-Control"] and HIT_HEADER not in response
    client.logout()
    html = start(client).content.decode()
    assert "Welkom" not in html and professional.public_name not in html


ROLE_SHORTCUTS = [
    (Role.PROFESSIONAL, ["Wat je volgt", "Je account"], ["Redactie", "Feedbackregister (beheer)"]),
    (Role.EDITOR, ["Redactie", "Feedbackregister (beheer)"], ["Leden van je organisatie"]),
    (Role.TASK_TEAM, ["Feedbackregister (beheer)", "Nieuwe reacties bundelen"], []),
    (Role.ORG_ADMIN, ["Leden van je organisatie beheren"], ["Redactie"]),
    (Role.FACILITATOR, ["LOT starten", "Nieuwe meting"], ["Redactie"]),
]


@pytest.mark.parametrize(("role", "present", "absent"), ROLE_SHORTCUTS)
def test_shortcuts_follow_the_role(client, method, delft, role, present, absent):
    user = member(delft, role)
    client.force_login(user)
    html = start(client).content.decode()
    shortcuts = html[
        html.index('id="shortcuts-heading"') : html.index(
            "</nav>", html.index('id="shortcuts-heading"')
        )
    ]
    for label in present:
        assert label in shortcuts, label
    for label in absent:
        assert label not in shortcuts, label


def test_visit_times_roll_over_after_a_gap(professional):
    now = timezone.now()
    assert record_visit(professional, now) is None  # first visit
    assert record_visit(professional, now + timedelta(minutes=20)) is None  # same visit
    later = now + timedelta(minutes=20) + VISIT_GAP + timedelta(minutes=1)
    since = record_visit(professional, later)
    assert since == now + timedelta(minutes=20)
    professional.refresh_from_db()
    assert professional.previous_visit_at == since and professional.last_visit_at == later


def test_changes_since_the_previous_visit_in_what_you_follow(client, method, professional, editor):
    weging, tijdslijn, _patterns = method
    for page in (weging, tijdslijn):
        PageFollow.objects.create(user=professional, page=page)
    client.force_login(professional)
    client.get(tijdslijn.url)  # read it as it is
    html = start(client).content.decode()
    assert "Er is niets veranderd in wat je volgt." in html

    type(professional).objects.filter(pk=professional.pk).update(
        last_visit_at=timezone.now() - VISIT_GAP * 2
    )
    page = tijdslijn.get_latest_revision_as_object()
    page.summary = "Nieuw: een voorbeeld."
    page.save_revision(user=editor).publish()
    html = start(client).content.decode()
    panel = html[html.index('id="home-follows-heading"') :]
    assert "Veranderd sinds je vorige bezoek" in panel
    assert ">Tijdslijn</a>" in panel and "Wat is er veranderd" in panel
    assert ">Weging</a>" not in panel


def test_next_lot_session_and_open_actions(client, method, professional):
    lot = LotFactory(name="LOT Delft")
    lot_member = LotMemberFactory(lot=lot, user=professional)
    past = SessionFactory(
        lot=lot, title="Vorige keer", starts_at=timezone.now() - timedelta(days=3)
    )
    SessionFactory(lot=lot, title="Casus bespreken", starts_at=timezone.now() + timedelta(days=5))
    SessionFactory(lot=lot, title="Later", starts_at=timezone.now() + timedelta(days=30))
    Action.objects.create(
        lot=lot,
        session=past,
        owner=lot_member,
        description="Tijdslijn uitproberen",
        due_on=timezone.localdate() - timedelta(days=1),
    )
    Action.objects.create(
        lot=lot,
        session=past,
        owner=lot_member,
        description="Al gedaan",
        due_on=timezone.localdate(),
        closed_at=timezone.now(),
    )
    client.force_login(professional)
    html = start(client).content.decode()
    panel = html[html.index('id="home-agenda-heading"') :]
    assert "Casus bespreken" in panel and "Later" not in panel and "Vorige keer" not in panel
    assert "Tijdslijn uitproberen" in panel and "te laat" in panel
    assert "Al gedaan" not in panel


def test_what_became_of_your_remarks(client, method, professional, editor):
    weging = method[0]
    comment = CommentFactory(page=weging, author=professional)
    CommentFactory(page=weging, author=professional)  # not bundled yet
    FeedbackItemFactory(
        title="Weging: voorbeeld", comments=[comment], decision=Decision.ADOPTED, created_by=editor
    )
    client.force_login(professional)
    html = start(client).content.decode()
    panel = html[html.index('id="home-remarks-heading"') :]
    assert "Weging: voorbeeld" in panel and "Besluit" in panel and "overgenomen" in panel
    assert "1 reactie van je wacht op het opgaveteam." in panel


def test_the_members_start_page_costs_the_same_with_few_or_many_items(
    client, method, professional, editor
):
    lot = LotFactory()
    lot_member = LotMemberFactory(lot=lot, user=professional)
    session = SessionFactory(lot=lot)

    def add(n, offset):
        for i in range(n):
            page = publish(
                BuildingBlockPageFactory(parent=method[0].get_parent(), title=f"Blok {offset + i}")
            )
            PageFollow.objects.create(user=professional, page=page)
            comment = CommentFactory(page=page, author=professional)
            FeedbackItemFactory(comments=[comment], created_by=editor)
            Action.objects.create(
                lot=lot,
                session=session,
                owner=lot_member,
                description=f"Actie {offset + i}",
                due_on=timezone.localdate(),
            )
            page.save_revision(user=editor).publish()

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert start(client).status_code == 200
        return len(queries)

    add(1, 0)
    client.force_login(professional)
    start(client)  # warms the caches (memberships, menu, routes)
    few = count()
    add(12, 100)
    start(client)  # publishing staled the menu and routes; warm them again
    assert count() == few
