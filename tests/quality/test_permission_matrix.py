"""The permission matrix: every role × every object type × every action, allowed and denied.

Two layers, both data:

- ``RULES``: (object, permission, roles allowed) asked through ``samenspel.permissions.can``;
  every role not listed must be denied. Objects live in two organisations (Delft and Zoetermeer),
  so the cross-organisation cases are rows like any other.
- ``VIEWS``: (URL, roles that get the page) over HTTP; the others get 403 or 404 when logged in
  and the login page when anonymous. This is what a person actually meets.

A new object type or action is a new row. Superusers are allowed everything (Django's rule).
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import Page

from samenspel.permissions import can
from samenspel.roles import Role
from tests.factories import OrganisationFactory, UserFactory, member

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "outsider",  # logged in, verified, member of nothing
    "pro_delft",
    "pro_zoet",
    "admin_delft",
    "admin_zoet",
    "fac_delft",
    "fac_zoet",
    "editor",
    "taskteam",
    "superuser",
]
MEMBERS = {r for r in ROLES if r not in {"anonymous", "outsider"}}
LOGGED_IN = set(ROLES) - {"anonymous"}
OWNERS = {"editor", "taskteam", "superuser"}
SU = {"superuser"}

# (object key, permission, roles allowed). Object key None: a global permission.
RULES = [
    # The site shell: organisations
    ("delft", "samenspel.view_organisation", {"pro_delft", "admin_delft", "fac_delft", *SU}),
    ("zoetermeer", "samenspel.view_organisation", {"pro_zoet", "admin_zoet", "fac_zoet", *SU}),
    ("delft", "samenspel.manage_members", {"admin_delft", *SU}),
    ("zoetermeer", "samenspel.manage_members", {"admin_zoet", *SU}),
    ("delft", "samenspel.invite_member", {"admin_delft", *SU}),
    ("zoetermeer", "samenspel.invite_member", {"admin_zoet", *SU}),
    ("membership_delft", "samenspel.change_membership", {"admin_delft", *SU}),
    ("membership_zoet", "samenspel.change_membership", {"admin_zoet", *SU}),
    (None, "samenspel.use_admin", OWNERS),
    # Embed settings belong to one organisation
    ("delft", "embed.manage_embed", {"admin_delft", *SU}),
    ("zoetermeer", "embed.manage_embed", {"admin_zoet", *SU}),
    # The method
    (None, "toolkit.edit_method", OWNERS),
    # Comments and the feedback ledger
    (None, "feedback.post_comment", MEMBERS),
    (None, "feedback.view_comments", MEMBERS),
    ("comment", "feedback.report_comment", LOGGED_IN),
    ("comment", "feedback.change_own_comment", {"pro_delft", *SU}),
    ("comment", "feedback.delete_own_comment", {"pro_delft", *SU}),
    ("comment", "feedback.moderate_comment", OWNERS),
    ("comment", "feedback.see_author", OWNERS),
    ("hidden_comment", "feedback.change_own_comment", SU),
    ("hidden_comment", "feedback.delete_own_comment", SU),
    ("hidden_comment", "feedback.moderate_comment", OWNERS),
    (None, "feedback.manage_items", OWNERS),
    (None, "feedback.view_dashboard", OWNERS),
    # Case bank
    (None, "casebank.read_cases", MEMBERS),
    (None, "casebank.submit_case", MEMBERS),
    ("case_draft", "casebank.view_case", {"pro_delft", *SU}),
    ("case_draft", "casebank.review_own_draft", {"pro_delft", *SU}),
    ("case_draft", "casebank.approve_case", SU),
    ("case_draft", "casebank.react", SU),
    ("case_confirmed", "casebank.view_case", {"pro_delft", "editor", "taskteam", *SU}),
    ("case_confirmed", "casebank.approve_case", {"editor", "taskteam", *SU}),
    ("case_published", "casebank.view_case", MEMBERS),
    ("case_published", "casebank.react", MEMBERS),
    ("case_published", "casebank.approve_case", SU),
    (None, "casebank.moderate_reactions", OWNERS),
    # LOT (Delft: fac_delft facilitates, pro_delft takes part) and measurement rounds
    ("lot", "learning.view_lot", {"pro_delft", "fac_delft", "admin_delft", "taskteam", *SU}),
    ("lot", "learning.manage_lot", {"fac_delft", "taskteam", *SU}),
    ("delft", "learning.add_lot_in", {"fac_delft", "taskteam", *SU}),
    ("zoetermeer", "learning.add_lot_in", {"fac_zoet", "taskteam", *SU}),
    (None, "learning.add_regional_lot", {"taskteam", *SU}),
    ("round", "learning.manage_round", {"fac_delft", "taskteam", *SU}),
]


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    delft = OrganisationFactory(name="Delft", slug="delft")
    zoetermeer = OrganisationFactory(name="Zoetermeer", slug="zoetermeer")
    programme = OrganisationFactory(name="Opgaveteam", slug="opgaveteam", kind="programme")
    users = {
        "anonymous": AnonymousUser(),
        "outsider": UserFactory(email="buiten@example.org"),
        "pro_delft": member(delft, Role.PROFESSIONAL, email="pro.delft@example.org"),
        "pro_zoet": member(zoetermeer, Role.PROFESSIONAL, email="pro.zoet@example.org"),
        "admin_delft": member(delft, Role.ORG_ADMIN, email="admin.delft@example.org"),
        "admin_zoet": member(zoetermeer, Role.ORG_ADMIN, email="admin.zoet@example.org"),
        "fac_delft": member(delft, Role.FACILITATOR, email="fac.delft@example.org"),
        "fac_zoet": member(zoetermeer, Role.FACILITATOR, email="fac.zoet@example.org"),
        "editor": member(programme, Role.EDITOR, email="redactie@example.org"),
        "taskteam": member(programme, Role.TASK_TEAM, email="opgaveteam@example.org"),
        "superuser": UserFactory(email="super@example.org", is_superuser=True, is_staff=True),
    }
    objects = {"delft": delft, "zoetermeer": zoetermeer, None: None}
    objects["membership_delft"] = users["pro_delft"].memberships.get()
    objects["membership_zoet"] = users["pro_zoet"].memberships.get()
    objects.update(comments(users))
    objects.update(cases(users, delft, users["editor"], django_capture_on_commit_callbacks))
    objects.update(lots(users, delft))
    return users, objects


def comments(users):
    from learning.feedback.models import Comment

    page = Page.objects.filter(depth=2).first()
    comment = Comment.objects.create(page=page, author=users["pro_delft"], body="<p>Goed.</p>")
    hidden = Comment.objects.create(
        page=page, author=users["pro_delft"], body="<p>Weg.</p>", is_hidden=True
    )
    return {"comment": comment, "hidden_comment": hidden, "page": page}


def cases(users, delft, editor, capture):
    from casebank import services
    from casebank.choices import CaseType, Kader, Outcome, Region

    def submit(title):
        with capture(execute=True):
            case = services.submit(
                submitter=users["pro_delft"],
                organisation=delft,
                known_names=["Noah"],
                sections={
                    "title": title,
                    "family": "Een moeder met haar zoon Noah.",
                    "trigger": "De school maakte zich zorgen.",
                    "course": "Samen een plan gemaakt.",
                    "outcome": "Het ging goed.",
                },
                structured={
                    "case_type": CaseType.OTS_PREVENTED,
                    "outcome_kind": Outcome.WELL,
                    "region": Region.MEDIUM_MUNICIPALITY,
                    "kader": Kader.VOLUNTARY,
                    "period": "2021",
                    "products": [],
                    "legal_steps": [],
                    "building_blocks": [],
                },
            )
        case.refresh_from_db()
        return case

    draft = submit("Concept")
    confirmed = submit("Bevestigd")
    services.confirm(confirmed, users["pro_delft"])
    published = submit("Gepubliceerd")
    services.confirm(published, users["pro_delft"])
    published.refresh_from_db()
    services.approve(published, editor)
    for case in (confirmed, published):
        case.refresh_from_db()
    return {"case_draft": draft, "case_confirmed": confirmed, "case_published": published}


def lots(users, delft):
    from learning.models import Lot, LotMember, LotRole, MeasurementRound, Session

    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    LotMember.objects.create(lot=lot, user=users["fac_delft"], role=LotRole.FACILITATOR)
    LotMember.objects.create(lot=lot, user=users["pro_delft"], role=LotRole.LT_PRACTITIONER)
    session = Session.objects.create(
        lot=lot, title="Eerste bijeenkomst", starts_at=timezone.now() + timedelta(days=7)
    )
    from learning.instrument import seed_instrument

    today = timezone.localdate()
    measurement_round = MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title="Nulmeting LOT Delft",
        kind=MeasurementRound.Kind.BASELINE,
        scope=MeasurementRound.Scope.LOT,
        lot=lot,
        opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=7),
    )
    return {"lot": lot, "session": session, "round": measurement_round}


def test_every_role_gets_exactly_the_permissions_in_the_matrix(world):
    users, objects = world
    wrong = []
    for object_key, permission, allowed in RULES:
        for role in ROLES:
            expected = role in allowed
            if can(users[role], permission, objects[object_key]) != expected:
                verdict = "denied" if expected else "allowed"
                wrong.append(f"{role} was {verdict} {permission} on {object_key or 'the site'}")
    assert not wrong, "\n".join(wrong)


def test_every_registered_permission_is_in_the_matrix():
    import rules.permissions

    in_matrix = {permission for _object, permission, _allowed in RULES}
    # Names Wagtail's model admin asks for, and those checked with their row's object elsewhere.
    elsewhere = {
        "feedback.change_comment",
        "feedback.view_comment",
        "feedback.follow_page",
        "learning.add_lot",
        "learning.add_round",
        "learning.view_round",
        "casebank.review_own_draft",
        "toolkit.publish_release",
    }
    missing = set(rules.permissions.permissions) - in_matrix - elsewhere
    assert not missing, f"add rows to RULES for: {sorted(missing)}"


# (URL from the objects, roles that get the page with 200). Everyone else logged in: 403 or 404.
VIEWS = [
    (lambda o: "/organisaties/delft/leden/", {"admin_delft", *SU}),
    (lambda o: "/organisaties/zoetermeer/leden/", {"admin_zoet", *SU}),
    (lambda o: "/organisaties/delft/intranet/", {"admin_delft", *SU}),
    (lambda o: "/organisaties/zoetermeer/intranet/", {"admin_zoet", *SU}),
    (
        lambda o: f"/leren/lot/{o['lot'].pk}/",
        {"pro_delft", "fac_delft", "admin_delft", "taskteam", *SU},
    ),
    (
        lambda o: f"/leren/bijeenkomst/{o['session'].pk}/",
        {"pro_delft", "fac_delft", "admin_delft", "taskteam", *SU},
    ),
    # The raw story is its submitter's alone: not even a superuser sees this screen.
    (lambda o: f"/casusbank/inzendingen/{o['case_draft'].pk}/controleren/", {"pro_delft"}),
    (lambda o: f"/reacties/{o['comment'].pk}/modereren/", OWNERS),
    (lambda o: "/feedback/beheer/", OWNERS),
]


def test_every_role_meets_the_right_answer_at_every_view(world, client):
    users, objects = world
    wrong = []
    for path_of, allowed in VIEWS:
        path = path_of(objects)
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            status = client.get(path).status_code
            if role in allowed:
                ok = status == 200
            elif role == "anonymous":
                ok = status == 302
            else:
                ok = status in (403, 404)
            if not ok:
                wrong.append(f"{role} got HTTP {status} at {path}")
    assert not wrong, "\n".join(wrong)


def test_a_draft_page_is_invisible_to_everyone_outside_the_admin(world, client):
    users, objects = world
    parent = objects["page"]
    draft = parent.add_child(instance=Page(title="Nog niet af", slug="concept", live=False))
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(users[role])
        assert client.get(parent.url + "concept/").status_code == 404, role
    assert not draft.live
