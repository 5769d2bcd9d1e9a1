"""The permission matrix: every role × every object type × every action, allowed and denied.

Two layers, both data:

- ``RULES``: (object, permission, roles allowed) asked through ``samenspel.permissions.can``;
  every role not listed must be denied. Objects live in two organisations (Delft and Zoetermeer),
  so the cross-organisation cases are rows like any other.
- ``VIEWS``: (URL, roles that get the page) over HTTP; the others get 403 or 404 when logged in
  and the login page when anonymous. This is what a person actually meets. ``ADMIN_VIEWS`` does
  the same for the Wagtail admin (published and draft pages), ``POSTS`` for changes: a denied
  POST also leaves what is stored unchanged.

Questionnaire responses have no rule (no user is linked to one): the tests at the end check that
they reach permitted roles only as aggregates and that no address opens a single one.

A new object type or action is a new row. Superusers are allowed everything (Django's rule).
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import Page

from samenspel.permissions import can
from samenspel.roles import Role
from tests.site.factories import OrganisationFactory, UserFactory, member

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
    (None, "privacy.view_processing_register", {"taskteam", *SU}),
    # Embed settings belong to one organisation and are asked about through it (the settings
    # object has no rule of its own; its screens are in VIEWS and the POST test below).
    ("delft", "embed.manage_embed", {"admin_delft", *SU}),
    ("zoetermeer", "embed.manage_embed", {"admin_zoet", *SU}),
    # The method
    (None, "toolkit.edit_method", OWNERS),
    (None, "toolkit.publish_release", {"editor", "taskteam", *SU}),
    # Comments and the feedback ledger
    (None, "feedback.post_comment", MEMBERS),
    (None, "feedback.view_comments", MEMBERS),
    ("comment", "feedback.report_comment", LOGGED_IN),
    ("comment", "feedback.view_comment", OWNERS),
    ("comment", "feedback.change_comment", OWNERS),
    ("page", "feedback.follow_page", LOGGED_IN),
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
    (None, "learning.add_lot", {"fac_delft", "fac_zoet", "taskteam", *SU}),
    (None, "learning.add_round", {"fac_delft", "fac_zoet", "taskteam", *SU}),
    ("lot_zoet", "learning.view_lot", {"fac_zoet", "admin_zoet", "taskteam", *SU}),
    ("lot_zoet", "learning.manage_lot", {"fac_zoet", "taskteam", *SU}),
    # A LOT round is seen as its LOT; a municipal round by that municipality's facilitators and
    # admins; a regional round by every facilitator, organisation admin and LOT member.
    ("round", "learning.view_round", {"pro_delft", "fac_delft", "admin_delft", "taskteam", *SU}),
    ("round", "learning.manage_round", {"fac_delft", "taskteam", *SU}),
    ("round_zoet", "learning.view_round", {"fac_zoet", "admin_zoet", "taskteam", *SU}),
    ("round_zoet", "learning.manage_round", {"fac_zoet", "taskteam", *SU}),
    (
        "round_region",
        "learning.view_round",
        {"pro_delft", "fac_delft", "fac_zoet", "admin_delft", "admin_zoet", "taskteam", *SU},
    ),
    ("round_region", "learning.manage_round", {"taskteam", *SU}),
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
    objects.update(zoetermeer_learning(users, zoetermeer))
    objects.update(feedback_items())
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
    from casebank import approval, submission
    from casebank.choices import CaseType, Kader, Outcome, Region

    def submit(title):
        with capture(execute=True):
            case = submission.submit(
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
    submission.confirm(confirmed, users["pro_delft"])
    published = submit("Gepubliceerd")
    submission.confirm(published, users["pro_delft"])
    published.refresh_from_db()
    approval.approve(published, editor)
    for case in (confirmed, published):
        case.refresh_from_db()
    return {"case_draft": draft, "case_confirmed": confirmed, "case_published": published}


def open_round(title, scope, **where):
    """A baseline measurement round that opened yesterday and closes in a week."""
    from learning.instrument import seed_instrument
    from learning.models import MeasurementRound

    today = timezone.localdate()
    return MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title=title,
        kind=MeasurementRound.Kind.BASELINE,
        scope=scope,
        opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=7),
        **where,
    )


def lots(users, delft):
    from learning.models import AgendaItem, Lot, LotMember, LotRole, MeasurementRound, Session

    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    LotMember.objects.create(lot=lot, user=users["fac_delft"], role=LotRole.FACILITATOR)
    LotMember.objects.create(lot=lot, user=users["pro_delft"], role=LotRole.LT_PRACTITIONER)
    session = Session.objects.create(
        lot=lot, title="Eerste bijeenkomst", starts_at=timezone.now() + timedelta(days=7)
    )
    agenda_item = AgendaItem.objects.create(session=session, kind="text", title="Terugblik")
    measurement_round = open_round("Nulmeting LOT Delft", MeasurementRound.Scope.LOT, lot=lot)
    return {
        "lot": lot,
        "session": session,
        "agenda_item": agenda_item,
        "round": measurement_round,
    }


def zoetermeer_learning(users, zoetermeer):
    """A Zoetermeer LOT with a session, a municipal round there and a regional round."""
    from learning.models import Lot, LotMember, LotRole, MeasurementRound, Session

    lot = Lot.objects.create(name="LOT Zoetermeer", municipality=zoetermeer)
    LotMember.objects.create(lot=lot, user=users["fac_zoet"], role=LotRole.FACILITATOR)
    session = Session.objects.create(
        lot=lot, title="Bijeenkomst Zoetermeer", starts_at=timezone.now() + timedelta(days=3)
    )
    municipal = open_round(
        "Meting Zoetermeer", MeasurementRound.Scope.MUNICIPALITY, municipality=zoetermeer
    )
    regional = open_round("Regionale meting", MeasurementRound.Scope.REGION)
    return {
        "lot_zoet": lot,
        "session_zoet": session,
        "round_zoet": municipal,
        "round_region": regional,
    }


def feedback_items():
    from learning.feedback.models import FeedbackItem

    return {
        "item_public": FeedbackItem.objects.create(title="Openbaar punt", is_public=True),
        "item_internal": FeedbackItem.objects.create(title="Intern punt", is_public=False),
    }


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
    missing = set(rules.permissions.permissions) - in_matrix
    assert not missing, f"add rows to RULES for: {sorted(missing)}"


EVERYONE = set(ROLES)
NOBODY = set()
SESSION_VIEWERS = {"pro_delft", "fac_delft", "admin_delft", "taskteam", *SU}
DELFT_LOT_MANAGERS = {"fac_delft", "taskteam", *SU}
REGION_VIEWERS = {
    "pro_delft",
    "fac_delft",
    "fac_zoet",
    "admin_delft",
    "admin_zoet",
    "taskteam",
    *SU,
}

# (URL from the objects, roles that get the page with 200). Everyone else logged in: 403 or 404;
# anonymous visitors the login page, unless "anonymous" is allowed. A third element overrides
# what anonymous visitors get (the public register answers 404 for what it does not show).
VIEWS = [
    # Pages of the method: a published page is public, a draft is nobody's outside the admin.
    (lambda o: o["page"].url, EVERYONE),
    # The feedback ledger: the public register shows public items to everyone and nothing else.
    (lambda o: f"/feedbackregister/{o['item_public'].pk}/", EVERYONE),
    (lambda o: f"/feedbackregister/{o['item_internal'].pk}/", NOBODY, 404),
    (lambda o: f"/feedback/beheer/items/{o['item_internal'].pk}/", OWNERS),
    (lambda o: f"/feedback/beheer/items/{o['item_public'].pk}/bewerken/", OWNERS),
    (lambda o: "/feedback/beheer/export.csv", OWNERS),
    # The processing register (AVG art. 30) is for the task team; the privacy statement is public.
    (lambda o: "/privacy/verwerkingsregister.csv", {"taskteam", *SU}),
    (lambda o: "/privacy/", EVERYONE),
    # Your own account: the hub, your name, what you follow (each shows only your own).
    (lambda o: "/account/", LOGGED_IN),
    (lambda o: "/account/profiel/", LOGGED_IN),
    (lambda o: "/volgen/", LOGGED_IN),
    # Comments: editing is the author's (superusers may do anything), moderation the owners'.
    (lambda o: f"/reacties/{o['comment'].pk}/bewerken/", {"pro_delft", *SU}),
    (lambda o: f"/reacties/{o['hidden_comment'].pk}/bewerken/", SU),
    # The case bank
    (lambda o: f"/casusbank/casus/{o['case_published'].slug}/", MEMBERS),
    (lambda o: f"/casusbank/casus/{o['case_draft'].slug}/", {"pro_delft", *SU}),
    (lambda o: f"/casusbank/beoordelen/{o['case_confirmed'].pk}/", {"editor", "taskteam", *SU}),
    # LOTs, sessions and rounds, in both organisations
    (lambda o: "/leren/lot/nieuw/", {"fac_delft", "fac_zoet", "taskteam", *SU}),
    (lambda o: "/leren/metingen/nieuw/", {"fac_delft", "fac_zoet", "taskteam", *SU}),
    (lambda o: f"/leren/bijeenkomst/{o['session'].pk}/agenda.ics", SESSION_VIEWERS),
    (lambda o: f"/leren/bijeenkomst/{o['session'].pk}/uitvoeren/", DELFT_LOT_MANAGERS),
    (lambda o: f"/leren/bijeenkomst/{o['session'].pk}/bewerken/", DELFT_LOT_MANAGERS),
    (lambda o: f"/leren/bijeenkomst/{o['session'].pk}/verwijderen/", DELFT_LOT_MANAGERS),
    (lambda o: f"/leren/agendapunt/{o['agenda_item'].pk}/bewerken/", DELFT_LOT_MANAGERS),
    (lambda o: f"/leren/agendapunt/{o['agenda_item'].pk}/verwijderen/", DELFT_LOT_MANAGERS),
    (
        lambda o: f"/leren/bijeenkomst/{o['session_zoet'].pk}/",
        {"fac_zoet", "admin_zoet", "taskteam", *SU},
    ),
    (
        lambda o: f"/leren/bijeenkomst/{o['session_zoet'].pk}/uitvoeren/",
        {"fac_zoet", "taskteam", *SU},
    ),
    (
        lambda o: f"/leren/bijeenkomst/{o['session_zoet'].pk}/bewerken/",
        {"fac_zoet", "taskteam", *SU},
    ),
    (lambda o: f"/leren/lot/{o['lot_zoet'].pk}/", {"fac_zoet", "admin_zoet", "taskteam", *SU}),
    (lambda o: f"/leren/meting/{o['round'].pk}/", SESSION_VIEWERS),
    (lambda o: f"/leren/meting/{o['round'].pk}/afdrukken/", SESSION_VIEWERS),
    (lambda o: f"/leren/meting/{o['round'].pk}/export.csv", SESSION_VIEWERS),
    (lambda o: f"/leren/meting/{o['round_zoet'].pk}/", {"fac_zoet", "admin_zoet", "taskteam", *SU}),
    (
        lambda o: f"/leren/meting/{o['round_zoet'].pk}/export.csv",
        {"fac_zoet", "admin_zoet", "taskteam", *SU},
    ),
    (lambda o: f"/leren/meting/{o['round_region'].pk}/", REGION_VIEWERS),
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
    for path_of, allowed, *anonymous_status in VIEWS:
        path = path_of(objects)
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            response = client.get(path)
            status = response.status_code
            if role in allowed:
                ok = status == 200
            elif role == "anonymous":
                ok = status == (anonymous_status or [302])[0]
                if status == 302:
                    ok = ok and response.url.startswith("/accounts/login/")
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


# The Wagtail admin, where draft pages live: (URL, roles that get it). Everyone else, logged in
# or not, is sent to the admin's login page and sees nothing of it.
ADMIN_VIEWS = [
    (lambda o: "/admin/", OWNERS),
    (lambda o: f"/admin/pages/{o['page'].pk}/edit/", OWNERS),
    (lambda o: f"/admin/pages/{o['draft_page'].pk}/edit/", OWNERS),
    (lambda o: f"/admin/pages/{o['draft_page'].pk}/view_draft/", OWNERS),
]


def test_only_method_owners_reach_published_and_draft_pages_in_the_admin(world, client):
    users, objects = world
    objects["draft_page"] = objects["page"].add_child(
        instance=Page(title="Nog niet af", slug="concept", live=False)
    )
    wrong = []
    for path_of, allowed in ADMIN_VIEWS:
        path = path_of(objects)
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            response = client.get(path)
            if role in allowed:
                ok = response.status_code == 200
            else:
                # Sent to allauth's login: the admin has no login of its own (issue 13).
                ok = response.status_code == 302 and response.url.startswith("/accounts/login/")
            if not ok:
                wrong.append(f"{role} got HTTP {response.status_code} at {path}")
    assert not wrong, "\n".join(wrong)


# Changes over HTTP: (name, URL, form data per role, roles whose POST takes effect, the stored
# state the POST would change). Everyone else gets 403 or 404 (anonymous: the login page), and
# the stored state stays as it was.
def embed_state(o):
    from embed.models import EmbedSettings

    return list(
        EmbedSettings.objects.filter(organisation=o["delft"]).values_list(
            "primary_colour", "allowed_origins", "api_key_hash"
        )
    )


def session_state(o):
    session = o["session"]
    session.refresh_from_db()
    return session.notes


def session_plan(o):
    session = o["session"]
    session.refresh_from_db()
    return session.title, session.starts_at, session.location


def agenda_item_state(o):
    item = o["agenda_item"]
    item.refresh_from_db()
    return item.title, item.minutes


def lot_members(o):
    return sorted(o["lot"].members.values_list("email", "role"))


def round_invitations(o):
    return o["round"].invitations.count()


def round_cap(o):
    measurement_round = o["round"]
    measurement_round.refresh_from_db()
    return measurement_round.max_responses


def colour(role):
    return "#%02x2a4a" % (ROLES.index(role) * 4)


POSTS = [
    (
        "embed settings",
        lambda o: "/organisaties/delft/intranet/",
        lambda role: {"primary_colour": colour(role), "version": "latest", "origins": ""},
        {"admin_delft", *SU},
        embed_state,
    ),
    (
        "embed API key",
        lambda o: "/organisaties/delft/intranet/sleutel/",
        lambda role: {},
        {"admin_delft", *SU},
        embed_state,
    ),
    (
        "session notes",
        lambda o: f"/leren/bijeenkomst/{o['session'].pk}/notities/",
        lambda role: {"lessons": "", "notes": f"Notities van {role}"},
        DELFT_LOT_MANAGERS,
        session_state,
    ),
    (
        "session date and place",
        lambda o: f"/leren/bijeenkomst/{o['session'].pk}/bewerken/",
        lambda role: {
            "title": f"Bijeenkomst van {role}",
            "date": (timezone.localdate() + timedelta(days=ROLES.index(role) + 1)).isoformat(),
            "time": "10:00",
            "duration_minutes": "90",
            "location": f"Zaal {role}",
        },
        DELFT_LOT_MANAGERS,
        session_plan,
    ),
    (
        "agenda item",
        lambda o: f"/leren/agendapunt/{o['agenda_item'].pk}/bewerken/",
        lambda role: {
            "agenda-kind": "text",
            "agenda-title": f"Agendapunt van {role}",
            "agenda-minutes": str(ROLES.index(role) + 5),
        },
        DELFT_LOT_MANAGERS,
        agenda_item_state,
    ),
    (
        "LOT member",
        lambda o: f"/leren/lot/{o['lot'].pk}/leden/",
        lambda role: {"email": f"ouder.{role}@example.org", "name": "Ouder", "role": "parent"},
        DELFT_LOT_MANAGERS,
        lot_members,
    ),
    (
        "round invitations",
        lambda o: f"/leren/meting/{o['round'].pk}/uitnodigingen/",
        lambda role: {"emails": f"{role}@example.org"},
        DELFT_LOT_MANAGERS,
        round_invitations,
    ),
    (
        "round personal links",
        lambda o: f"/leren/meting/{o['round'].pk}/persoonlijke-links/",
        lambda role: {"count": "2"},
        DELFT_LOT_MANAGERS,
        round_invitations,
    ),
    (
        "round expected number of respondents",
        lambda o: f"/leren/meting/{o['round'].pk}/verwacht-aantal/",
        lambda role: {"max_responses": str(ROLES.index(role) + 10)},
        DELFT_LOT_MANAGERS,
        round_cap,
    ),
]


def test_every_role_changes_exactly_what_the_matrix_allows(
    world, client, django_capture_on_commit_callbacks
):
    from embed.models import EmbedSettings

    users, objects = world
    EmbedSettings.objects.create(organisation=objects["delft"], primary_colour="#0b5c8a")
    wrong = []
    for name, path_of, data_of, allowed, state_of in POSTS:
        path = path_of(objects)
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            before = state_of(objects)
            # Work queued for after the commit (e-mailed invitations are made in their task)
            # runs, as it does outside a test's transaction.
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(path, data_of(role))
            changed = state_of(objects) != before
            if role in allowed:
                ok = response.status_code in (200, 302) and changed
            elif role == "anonymous":
                ok = response.status_code == 302 and not changed
                ok = ok and response.url.startswith("/accounts/login/")
            else:
                ok = response.status_code in (403, 404) and not changed
            if not ok:
                verdict = "changed" if changed else "did not change"
                wrong.append(f"{role} got HTTP {response.status_code} and {verdict} {name}")
    assert not wrong, "\n".join(wrong)


# Questionnaire responses have no rule of their own: no user is linked to one, and they are only
# ever shown as aggregates to those who may see the round (the VIEWS rows for the report, print
# and CSV; other organisations' facilitators get 403/404 there).


def report_rows(client, measurement_round):
    import csv
    import io

    response = client.get(f"/leren/meting/{measurement_round.pk}/export.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return rows[1 : rows.index([])] if [] in rows else rows[1:]


def test_questionnaire_responses_reach_permitted_roles_only_as_aggregates(world, client):
    from learning.stats import MIN_GROUP_SIZE
    from learning.synthetic import generate_responses
    from tests.learning.conftest import add_responses

    users, objects = world
    measurement_round = objects["round"]
    add_responses(measurement_round, generate_responses(MIN_GROUP_SIZE - 1, seed=3))
    for role in SESSION_VIEWERS:
        client.force_login(users[role])
        # Too few respondents: one row saying "suppressed", not even a count.
        rows = report_rows(client, measurement_round)
        assert len(rows) == 1 and rows[0][2] == "" and rows[0][-1] == "onderdrukt", (role, rows)
        assert client.get(f"/leren/meting/{measurement_round.pk}/").context["report"].shown is False
    add_responses(measurement_round, generate_responses(3 * MIN_GROUP_SIZE, seed=4))
    for role in SESSION_VIEWERS:
        client.force_login(users[role])
        rows = report_rows(client, measurement_round)
        assert any(row[2] for row in rows), role  # the report is shown now ...
        for row in rows:  # ... and every number describes a group of at least five
            assert row[-1] == "onderdrukt" or int(row[2]) >= MIN_GROUP_SIZE, (role, row)


def test_a_sent_questionnaire_response_cannot_be_opened_again(world, client):
    from learning.respond import save_answers

    _users, objects = world
    measurement_round = objects["round"]
    answers = {
        "org_type": "GI",
        "municipality": "Delft",
        "trained": True,
        "code": "",
        "items": {},
        "grades": {},
    }
    response, key = save_answers(measurement_round, answers)
    path = f"{measurement_round.respondent_url()}?sleutel={key}"
    assert client.get(path).context["resumed"] is True  # the respondent's own key, still open
    save_answers(measurement_round, answers, response=response, resume_key=key, final=True)
    page = client.get(path)
    assert page.status_code == 200
    assert page.context["resumed"] is False
    assert not page.context["form"].initial


# Every learning address with an id or token, and the object it opens. A new address (say, one
# that opens a single questionnaire response) fails here until it has rows in the matrix.
LEARNING_ROUTES = {
    "lot_detail": "lot",
    "lot_add_member": "lot",
    "session_create": "lot",
    "session_detail": "session",
    "session_edit": "session",
    "session_delete": "session",
    "agenda_item_edit": "session agenda item",
    "agenda_item_delete": "session agenda item",
    "agenda_item_move": "session agenda item",
    "session_agenda": "session",
    "session_invite": "session",
    "session_ics": "session",
    "session_attendance": "session",
    "session_notes": "session",
    "session_outcome": "session",
    "session_action": "session",
    "session_run": "session",
    "outcome_feedback": "session outcome",
    "action_close": "session action",
    "round_report": "round (aggregate)",
    "round_print": "round (aggregate)",
    "round_csv": "round (aggregate)",
    "round_invitations": "round",
    "round_links": "round",
    "round_cap": "round",
    "guest": "guest link",
    "guest_ics": "guest link",
    "respond": "the respondent's own form",
    "respond_invited": "the respondent's own form",
}


def test_no_learning_address_opens_a_single_response():
    from learning import urls

    with_parameters = {pattern.name for pattern in urls.urlpatterns if pattern.pattern.converters}
    assert with_parameters == set(LEARNING_ROUTES)


# Comments on a view-restricted page (issue 13, finding 10): they follow the page's Wagtail view
# restriction. pro_delft and fac_delft are in the page's group; pro_delft wrote the comment.
RESTRICTED_READERS = {"pro_delft", "fac_delft", *SU}


@pytest.fixture
def restricted_comment(world):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from learning.feedback.models import Comment

    users, objects = world
    group = Group.objects.create(name="Besloten werkgroep Delft")
    for role in ("pro_delft", "fac_delft"):
        users[role].groups.add(group)
    page = objects["page"].add_child(instance=Page(title="Besloten pagina", slug="besloten"))
    page.save_revision().publish()
    page.refresh_from_db()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    comment = Comment.objects.create(
        page=page,
        author=users["pro_delft"],
        body="<p>Alleen voor de werkgroep.</p>",
        kind="question",
    )
    return users, page, comment


def test_comments_on_a_restricted_page_are_listed_only_for_those_who_may_view_the_page(
    restricted_comment,
):
    from learning.feedback.models import Comment

    users, _page, comment = restricted_comment
    wrong = []
    for role in ROLES:
        sees = Comment.objects.for_user(users[role]).filter(pk=comment.pk).exists()
        if sees != (role in RESTRICTED_READERS):
            wrong.append(f"{role} {'sees' if sees else 'does not see'} the comment")
    assert not wrong, "\n".join(wrong)


def test_every_role_meets_the_right_answer_for_comments_on_a_restricted_page(
    restricted_comment, client
):
    users, page, comment = restricted_comment
    text = "Alleen voor de werkgroep."
    # (URL, roles that get the page and the comment text in it)
    rows = [
        (f"/reacties/pagina/{page.pk}/", RESTRICTED_READERS),
        (f"/reacties/{comment.pk}/melden/", RESTRICTED_READERS),
        (f"/reacties/{comment.pk}/bewerken/", {"pro_delft", *SU}),
        (f"/reacties/{comment.pk}/modereren/", SU),  # the task team is not in the group
    ]
    wrong = []
    for path, allowed in rows:
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            response = client.get(path)
            status = response.status_code
            if role in allowed:
                ok = status == 200 and text in response.content.decode()
            else:
                ok = status in (302, 403, 404) and text not in response.content.decode()
            if not ok:
                wrong.append(f"{role} got HTTP {status} at {path}")
    # The task team's inbox lists comments too, but not this one.
    for role in OWNERS:
        client.force_login(users[role])
        listed = text in client.get("/feedback/beheer/reacties/").content.decode()
        if listed != (role in RESTRICTED_READERS):
            wrong.append(f"{role} {'sees' if listed else 'misses'} the comment in the inbox")
    assert not wrong, "\n".join(wrong)


def test_nobody_outside_the_group_can_post_on_a_restricted_page(restricted_comment, client):
    from learning.feedback.models import Comment

    users, page, _comment = restricted_comment
    for role, allowed in (("pro_zoet", False), ("fac_delft", True)):
        client.force_login(users[role])
        client.post(
            "/reacties/nieuw/",
            {"page": page.pk, "revision": page.live_revision_id, "kind": "question", "body": role},
        )
        assert Comment.objects.filter(page=page, body__contains=role).exists() == allowed, role


# --- Two-step verification (issue 13, finding 1 and 10) -------------------------------------------
# Who must have TOTP before reaching anything, and the privileged views that prove it: without an
# authenticator these roles meet only the set-up; with one, a session that skipped the code is
# asked for it; after the code they get exactly what VIEWS gives them.

MFA_ROLES = {"admin_delft", "admin_zoet", "editor", "taskteam", "superuser"}
MFA_VIEWS = [
    ("/organisaties/delft/leden/", {"admin_delft", *SU}),
    ("/organisaties/zoetermeer/leden/", {"admin_zoet", *SU}),
    ("/organisaties/delft/intranet/", {"admin_delft", *SU}),
    ("/feedback/beheer/", OWNERS),
    ("/casusbank/beoordelen/", {"editor", "taskteam", *SU}),
    ("/admin/", OWNERS),
]


def test_roles_that_need_two_step_verification_reach_nothing_before_enrolment(
    world, client, settings
):
    settings.SAMENSPEL_ENFORCE_MFA = True
    users, _objects = world
    wrong = []
    for role in sorted(LOGGED_IN):
        client.logout()
        client.force_login(users[role])
        for path, _allowed in MFA_VIEWS:
            response = client.get(path)
            to_enrolment = response.status_code == 302 and response.url.startswith(
                "/accounts/2fa/totp/activate/"
            )
            if to_enrolment != (role in MFA_ROLES):
                wrong.append(f"{role} got HTTP {response.status_code} at {path}")
    assert not wrong, "\n".join(wrong)


def test_enrolled_roles_must_enter_the_code_in_every_session(world, client, settings):
    from tests.logins import enrol, totp_code

    settings.SAMENSPEL_ENFORCE_MFA = True
    users, _objects = world
    wrong = []
    for role in sorted(MFA_ROLES):
        secret = enrol(users[role])
        client.logout()
        client.force_login(users[role])  # password only
        for path, _allowed in MFA_VIEWS:
            response = client.get(path)
            if not (
                response.status_code == 302 and "/accounts/2fa/reauthenticate/" in response.url
            ):
                wrong.append(f"{role} without the code got HTTP {response.status_code} at {path}")
        client.post("/accounts/2fa/reauthenticate/", {"code": totp_code(secret)})
        for path, allowed in MFA_VIEWS:
            status = client.get(path).status_code
            if (status == 200) != (role in allowed):
                wrong.append(f"{role} with the code got HTTP {status} at {path}")
    assert not wrong, "\n".join(wrong)
