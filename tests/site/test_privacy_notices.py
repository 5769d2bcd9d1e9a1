"""The privacy statement is linked next to every form that collects personal data.

Two checks that together fail for a new form:

1. every form class in the project with a field that takes an e-mail address, a person's name or
   free text (which can hold anything about a person) declares ``personal_data`` (True, or
   False with a reason);
2. every form that declares ``personal_data = True`` has a page below, and on that page the form
   itself (the ``<form>`` holding its fields) contains the privacy notice.
"""

import importlib
import pkgutil

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.admin.forms import WagtailAdminModelForm

from samenspel.models import Organisation
from samenspel.roles import Role
from tests.site.factories import OrganisationFactory, UserFactory, member, site_tree

pytestmark = pytest.mark.django_db

PACKAGES = ["samenspel", "toolkit", "learning", "casebank", "embed"]
SKIPPED_MODULES = (".migrations", ".management", ".settings", ".wsgi")
PERSON_FIELD_NAMES = {"name", "first_name", "last_name", "display_name", "email", "emails"}

PROFESSIONAL = "professional.lt@samenspel.example"
ORG_ADMIN = "orgadmin@samenspel.example"
EDITOR = "editor@samenspel.example"
TASK_TEAM = "taskteam@samenspel.example"
FACILITATOR = "facilitator@samenspel.example"


def project_form_classes():
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            if any(part in module.name for part in SKIPPED_MODULES):
                continue
            importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    seen = set()
    for cls in subclasses(forms.BaseForm):
        if cls in seen or cls.__module__.split(".")[0] not in PACKAGES:
            continue
        seen.add(cls)
        if issubclass(cls, WagtailAdminModelForm):
            continue  # the editing environment (Wagtail admin) is not a public form
        yield cls


def takes_personal_data(form_class):
    for name, field in form_class.base_fields.items():
        if isinstance(field, forms.EmailField) or isinstance(field.widget, forms.Textarea):
            return True
        if name in PERSON_FIELD_NAMES:
            return True
    return False


def qualified(form_class):
    return f"{form_class.__module__}.{form_class.__qualname__}"


def test_every_form_with_personal_data_fields_declares_it():
    undeclared = [
        qualified(cls)
        for cls in project_form_classes()
        if takes_personal_data(cls) and not hasattr(cls, "personal_data")
    ]
    assert not undeclared, (
        "These forms take e-mail addresses, names or free text: set personal_data = True (the "
        "privacy notice then shows next to them) or False with a reason: " + ", ".join(undeclared)
    )


# --- the pages ----------------------------------------------------------------------------


@pytest.fixture
def form_pages_world(db):
    """What the pages with forms need, built with factories: the page tree with one building
    block, an organisation with an intranet embed, a user per role, a published case, a comment
    on the block with a feedback item, and a LOT of the facilitator with one session."""
    from embed.models import EmbedSettings
    from learning.feedback.choices import SourceKind
    from learning.models import LotRole
    from tests.casebank.factories import CaseFactory
    from tests.feedback.factories import CommentFactory, FeedbackItemFactory
    from tests.learning.factories import LotFactory, LotMemberFactory, SessionFactory
    from tests.toolkit.factories import BuildingBlockPageFactory, publish
    from toolkit.models import BuildingBlockIndexPage

    site_tree()
    block = publish(BuildingBlockPageFactory(parent=BuildingBlockIndexPage.objects.get()))
    delft = OrganisationFactory(name="Delft", slug="delft")
    programme = OrganisationFactory(
        name="Opgaveteam", slug="opgaveteam", kind=Organisation.Kind.PROGRAMME
    )
    EmbedSettings.objects.create(organisation=delft, allowed_origins=["https://intranet.delft.nl"])
    professional = member(delft, Role.PROFESSIONAL, email=PROFESSIONAL)
    member(delft, Role.ORG_ADMIN, Role.PROFESSIONAL, email=ORG_ADMIN)
    member(programme, Role.EDITOR, email=EDITOR)
    task_team = member(programme, Role.TASK_TEAM, email=TASK_TEAM)
    facilitator = member(delft, Role.FACILITATOR, email=FACILITATOR)
    CaseFactory(organisation=delft)
    comment = CommentFactory(page=block, author=professional)
    FeedbackItemFactory(comments=[comment], created_by=task_team, source_kind=SourceKind.COMMENT)
    lot = LotFactory(municipality=delft)
    LotMemberFactory(lot=lot, user=facilitator, role=LotRole.FACILITATOR)
    SessionFactory(lot=lot)


def user(email):
    return get_user_model().objects.get(email=email)


def first_block():
    from toolkit.models import BuildingBlockPage

    return BuildingBlockPage.objects.live().public().order_by("path").first()


def a_comment():
    from learning.feedback.models import Comment

    return Comment.objects.order_by("pk").first()


def own_comment(client):
    from learning.feedback.models import Comment

    comment = Comment.objects.create(
        page=first_block(), author=user(PROFESSIONAL), body="Een opmerking over deze stap."
    )
    return f"/reacties/{comment.pk}/bewerken/"


def submitted_case(status):
    from casebank import submission
    from tests.casebank.conftest import FACTS, KNOWN, STORY

    professional = user(PROFESSIONAL)
    with TestCase.captureOnCommitCallbacks(execute=True):  # runs the de-identification task
        case = submission.submit(
            submitter=professional,
            organisation=Organisation.objects.get(slug="delft"),
            known_names=KNOWN,
            sections=STORY,
            structured=FACTS,
        )
    case.refresh_from_db()
    if status == "awaiting_approval":
        submission.confirm(case, professional)
    return case


def story_step(client):
    from casebank.choices import CaseType, Outcome

    delft = Organisation.objects.get(slug="delft")
    response = client.post(
        reverse("casebank:submit_start"),
        {
            "names": "Sandra de Vries\nNoah",
            "outcome_kind": Outcome.WELL,
            "case_type": CaseType.OTS_PREVENTED,
            "organisation": str(delft.pk),
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    return response["Location"]


def published_case():
    from casebank.choices import Status
    from casebank.models import Case

    return Case.objects.filter(status=Status.PUBLISHED).order_by("pk").first().get_absolute_url()


def facilitators_session():
    from learning.models import Session
    from samenspel.permissions import can

    facilitator = user(FACILITATOR)
    for session in Session.objects.select_related("lot").order_by("pk"):
        if can(facilitator, "learning.manage_lot", session.lot):
            return session
    raise AssertionError("there is no session of the facilitator's LOT")


def new_round(**fields):
    from datetime import timedelta

    from django.utils import timezone

    from learning.instrument import seed_instrument
    from learning.models import MeasurementRound

    today = timezone.localdate()
    return MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title="Meting voor de privacytest",
        kind=MeasurementRound.Kind.BASELINE,
        scope=MeasurementRound.Scope.REGION,
        opens_on=today,
        closes_on=today + timedelta(days=7),
        **fields,
    )


def invitation_round():
    return f"/leren/meting/{new_round(uses_invitations=True).pk}/"


def feedback_item():
    from learning.feedback.models import FeedbackItem

    item = FeedbackItem.objects.order_by("pk").first()
    return f"/feedback/beheer/items/{item.pk}/"


def embed_page():
    block = first_block()
    return "/embed/delft/" + "/".join(block.url_path.strip("/").split("/")[1:]) + "/"


# form class → (user e-mail or None, path or function(client) → path)
FORM_PAGES = {
    "samenspel.forms.ProfileForm": (PROFESSIONAL, lambda c: reverse("samenspel:profile")),
    "samenspel.forms.InvitationForm": (ORG_ADMIN, lambda c: "/organisaties/delft/leden/"),
    "embed.forms.SupplementForm": (
        ORG_ADMIN,
        lambda c: f"/organisaties/delft/intranet/aanvullingen/{first_block().pk}/",
    ),
    "embed.forms.RemarkForm": (None, lambda c: embed_page()),
    "casebank.forms.NamesForm": (PROFESSIONAL, lambda c: "/casusbank/delen/"),
    "casebank.forms.StoryForm": (PROFESSIONAL, story_step),
    "casebank.forms.ExtraNamesForm": (
        PROFESSIONAL,
        lambda c: f"/casusbank/inzendingen/{submitted_case('review').pk}/controleren/",
    ),
    "casebank.forms.DecisionForm": (
        EDITOR,
        lambda c: f"/casusbank/beoordelen/{submitted_case('awaiting_approval').pk}/",
    ),
    "casebank.forms.ReactionForm": (PROFESSIONAL, lambda c: published_case()),
    "learning.feedback.forms.CommentForm": (
        PROFESSIONAL,
        lambda c: f"/reacties/pagina/{first_block().pk}/",
    ),
    "learning.feedback.forms.CommentEditForm": (PROFESSIONAL, own_comment),
    "learning.feedback.forms.ReportForm": (
        PROFESSIONAL,
        lambda c: f"/reacties/{a_comment().pk}/melden/",
    ),
    "learning.feedback.forms.ModerationForm": (
        TASK_TEAM,
        lambda c: f"/reacties/{a_comment().pk}/modereren/",
    ),
    "learning.feedback.forms.StatusChangeForm": (TASK_TEAM, lambda c: feedback_item()),
    "learning.feedback.forms.FeedbackItemForm": (
        TASK_TEAM,
        lambda c: "/feedback/beheer/items/nieuw/",
    ),
    "learning.forms.LotForm": (FACILITATOR, lambda c: "/leren/lot/nieuw/"),
    "learning.forms.MemberForm": (
        FACILITATOR,
        lambda c: f"/leren/lot/{facilitators_session().lot_id}/",
    ),
    "learning.forms.NotesForm": (
        FACILITATOR,
        lambda c: f"/leren/bijeenkomst/{facilitators_session().pk}/",
    ),
    "learning.forms.OutcomeForm": (
        FACILITATOR,
        lambda c: f"/leren/bijeenkomst/{facilitators_session().pk}/",
    ),
    "learning.forms.AgendaItemForm": (
        FACILITATOR,
        lambda c: f"/leren/bijeenkomst/{facilitators_session().pk}/",
    ),
    "learning.forms.RoundInvitationsForm": (TASK_TEAM, lambda c: invitation_round()),
    "learning.respond.QuestionnaireForm": (None, lambda c: new_round().respondent_url()),
}


def forms_on(html):
    """(names of the fields, has the privacy notice) for every <form> on the page."""
    soup = BeautifulSoup(html, "html.parser")
    result = []
    for form in soup.find_all("form"):
        names = {
            (f.get("name") or "").rsplit("-", 1)[-1]  # without a form prefix
            for f in form.find_all(["input", "textarea", "select"])
        } - {"csrfmiddlewaretoken", ""}
        notice = form.find(attrs={"data-privacy-notice": True})
        has_link = bool(notice and notice.find("a", href=reverse("privacy:statement")))
        result.append((names, has_link))
    return result


def test_personal_data_forms_show_the_notice_inside_the_form(client, form_pages_world):
    declared = [
        cls for cls in project_form_classes() if getattr(cls, "personal_data", False) is True
    ]
    missing_pages = [qualified(cls) for cls in declared if qualified(cls) not in FORM_PAGES]
    assert not missing_pages, "Add a page for: " + ", ".join(missing_pages)

    failures = []
    for cls in declared:
        email, path_of = FORM_PAGES[qualified(cls)]
        client.logout()
        if email:
            client.force_login(user(email))
        path = path_of(client)
        response = client.get(path)
        if response.status_code != 200:
            failures.append(f"{qualified(cls)}: {path} answered {response.status_code}")
            continue
        # The <form> holding most of the class's fields is its form. Forms that build their
        # fields per instance (the questionnaire) match the form with the most fields.
        fields = set(cls.base_fields)
        candidates = [
            (len(names & fields) if fields else len(names), notice)
            for names, notice in forms_on(response.content.decode())
        ]
        overlap, notice = max(candidates, default=(0, False))
        if not overlap:
            failures.append(f"{qualified(cls)}: no form with its fields on {path}")
        elif not notice:
            failures.append(f"{qualified(cls)}: no privacy notice inside the form on {path}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("url_name", ["account_signup", "account_email"])
def test_account_forms_that_take_an_e_mail_address_link_the_statement(client, url_name):
    client.force_login(UserFactory()) if url_name == "account_email" else None
    html = client.get(reverse(url_name)).content.decode()
    fields_with_notice = [names for names, notice in forms_on(html) if notice]
    assert any("email" in names for names in fields_with_notice)


def test_invitation_acceptance_links_the_statement(client, org_admin, professional, delft):
    from samenspel.models import Invitation
    from samenspel.roles import Role

    invitation = Invitation.objects.create(
        organisation=delft, email=professional.email, role=Role.PROFESSIONAL, invited_by=org_admin
    )
    client.force_login(professional)
    html = client.get(f"/uitnodiging/{invitation.token}/").content.decode()
    assert any(notice for _names, notice in forms_on(html))
