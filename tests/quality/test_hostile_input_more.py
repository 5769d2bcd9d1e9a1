"""Hostile input (hypothesis) at the forms behind a login or a token: the case-bank submission
steps, the LOT forms, the questionnaire reached through a round's anonymous link and an
organisation's intranet (embed) settings.

Same promises as ``test_hostile_input``: no server error, none of our markup back as markup,
and no stored data lost on a rejected submission — what was stored before (the draft's earlier
step, the LOT and its session, a saved questionnaire answer, the embed settings) is unchanged,
and the form shows again what the person typed. NUL bytes are part of the input here: the NUL
middleware only guards the address, so form fields must refuse them themselves (PostgreSQL
refuses them in text and JSON columns).
"""

import datetime
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.utils import timezone
from hypothesis import event, given
from hypothesis import strategies as st

from casebank import submission
from casebank.choices import CaseType, Implementation, Kader, LegalStep, Outcome, Product, Region
from casebank.choices import Status as CaseStatus
from casebank.models import Case, RawSubmission
from casebank.models.cases import TEXT_SECTIONS
from embed.models import EmbedSettings
from learning.instrument import seed_instrument, structure
from learning.models import (
    Action,
    AgendaItem,
    Lot,
    LotMember,
    LotRole,
    MeasurementRound,
    Response,
    Session,
)
from learning.models import Outcome as LotOutcome
from learning.respond import save_answers
from learning.services import template_choices
from samenspel.models import Membership
from samenspel.roles import Role
from tests.site.factories import member

from .test_hostile_input import (
    assert_no_injected_markup,
    hostile_settings,
    hostile_text,
    text_of,
)

pytestmark = pytest.mark.django_db

# Numbers, dates, times and links a form must refuse or read correctly, never crash on.
MALFORMED = [
    "",
    " ",
    "0",
    "-0",
    "-1",
    "2147483648",
    "32768",
    "9" * 40,
    "1e309",
    "NaN",
    "inf",
    "1,5",
    "0x10",
    "\u0663",  # Arabic-Indic digit three
    "2026-02-30",
    "31-12-2026",
    "2026-13-01",
    "99999-01-01",
    "0000-00-00",
    "24:00",
    "25:61",
    "12:00:00.99999999",
    "http://",
    "https://[::1",
    "javascript:xss()",
    "https://exa mple.org/",
    "\x00",
]
malformed = st.one_of(st.sampled_from(MALFORMED), hostile_text)


# With ``valid`` drawn true, a test sends valid choices and only the free text is hostile, so
# accepted submissions (stored, then shown on later pages) are exercised as often as rejected ones.
valid_choices = st.booleans()


def choice_or_hostile(values):
    """A valid choice now and then (so accepted submissions are exercised too), else garbage."""
    return st.one_of(st.sampled_from([str(v) for v in values]), malformed)


class FormValues(HTMLParser):
    """The values a re-shown form carries: inputs' values, textareas' text, checked radio buttons
    and selected options."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values, self._textarea, self._select = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and "name" in attrs and attrs.get("type") not in ("radio", "checkbox"):
            self.values.setdefault(attrs["name"], attrs.get("value") or "")
        elif tag == "input" and "name" in attrs and "checked" in attrs:
            self.values[attrs["name"]] = attrs.get("value") or ""
        elif tag == "select":
            self._select = attrs.get("name")
        elif tag == "option" and self._select and "selected" in attrs:
            self.values[self._select] = attrs.get("value") or ""
        elif tag == "textarea" and "name" in attrs:
            self._textarea = attrs["name"]
            self.values.setdefault(self._textarea, "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data


def form_values(response):
    parser = FormValues()
    parser.feed(text_of(response))
    parser.close()
    return parser.values


def shown(value):
    """What a browser gets back for a typed value: HTML has no way to carry a CR or NUL."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def assert_reshown(response, typed):
    """Every typed free-text value is in the re-shown form, exactly (escaped, not dropped)."""
    values = form_values(response)
    wrong = []
    for name, value in typed.items():
        if name not in values:
            wrong.append(f"{name}: not in the form")
        elif shown(values[name]).strip("\n") != shown(value).strip("\n"):
            wrong.append(f"{name}: {values[name][:60]!r} shown for {value[:60]!r}")
    assert not wrong, "the rejected form lost what was typed:\n" + "\n".join(wrong)


def assert_safe(response):
    event(f"HTTP {response.status_code}")  # shown by --hypothesis-show-statistics
    assert response.status_code < 500
    assert_no_injected_markup(text_of(response))


# The case bank: three submission steps -------------------------------------------------------

STORY_FIELDS = list(TEXT_SECTIONS)
EARLIER_STORY = {
    "title": "Samen verder",
    "family": "Een moeder en haar zoon.",
    "trigger": "De school maakte zich zorgen.",
    "course": "Samen een plan gemaakt.",
    "outcome": "Het ging goed.",
}


@pytest.fixture
def two_org_professional(delft, zoetermeer):
    """Works for two organisations, so step 1 asks on whose behalf (one more field to abuse)."""
    user = member(delft, Role.PROFESSIONAL, email="twee@example.org")
    Membership.objects.create(user=user, organisation=zoetermeer, role=Role.PROFESSIONAL)
    return user


def drafting_case(user, organisation):
    case = submission.start_submission(
        submitter=user,
        organisation=organisation,
        known_names=["Noah", "De Regenboog"],
        case_type=CaseType.OTS_PREVENTED,
        outcome_kind=Outcome.WELL,
    )
    submission.save_story(case, EARLIER_STORY)
    return case


def case_state(case):
    case.refresh_from_db()
    raw = RawSubmission.objects.get(case=case)
    facts = {name: getattr(case, name) for name in submission.STRUCTURED_FIELDS}
    return (
        case.status,
        case.organisation_id,
        case.case_type,
        case.outcome_kind,
        facts,
        raw.known_names,
        raw.sections,
    )


@hostile_settings
@given(
    names=hostile_text,
    outcome_kind=choice_or_hostile(Outcome.values),
    case_type=choice_or_hostile(CaseType.values),
    organisation=malformed,
    new=st.booleans(),
    valid=valid_choices,
)
def test_case_submission_step_names(
    client, two_org_professional, delft, names, outcome_kind, case_type, organisation, new, valid
):
    case = drafting_case(two_org_professional, delft)
    if valid:
        outcome_kind, case_type, organisation = Outcome.WELL, CaseType.OTS_PREVENTED, delft.pk
    before, cases_before = case_state(case), Case.objects.count()
    client.force_login(two_org_professional)
    path = "/casusbank/delen/" if new else f"/casusbank/inzendingen/{case.pk}/namen/"
    data = {
        "names": names,
        "outcome_kind": outcome_kind,
        "case_type": case_type,
        "organisation": organisation,
    }
    response = client.post(path, data)
    assert_safe(response)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert case_state(case) == before
        assert Case.objects.count() == cases_before
        assert_reshown(response, {"names": names})
    else:
        stored = RawSubmission.objects.get(case_id=response.url.split("/")[-3])
        assert stored.known_names and all("\x00" not in name for name in stored.known_names)
        assert_safe(client.get(response.url))


@hostile_settings
@given(story=st.fixed_dictionaries(dict.fromkeys(STORY_FIELDS, hostile_text)))
def test_case_submission_step_story(client, professional, delft, story):
    case = drafting_case(professional, delft)
    before = case_state(case)
    client.force_login(professional)
    response = client.post(f"/casusbank/inzendingen/{case.pk}/verhaal/", story)
    assert_safe(response)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert case_state(case) == before
        assert_reshown(response, story)
    else:
        # Accepted: kept as typed (plain text; every screen escapes it) and shown back escaped.
        sections = RawSubmission.objects.get(case=case).sections
        assert sections["title"] == story["title"].strip()
        assert_safe(client.get(f"/casusbank/inzendingen/{case.pk}/verhaal/"))


@hostile_settings
@given(
    region=choice_or_hostile(Region.values),
    kader=choice_or_hostile(Kader.values),
    implementation=choice_or_hostile(Implementation.values),
    period=hostile_text,
    products=st.lists(choice_or_hostile(Product.values), max_size=3),
    legal_steps=st.lists(choice_or_hostile(LegalStep.values), max_size=3),
    building_blocks=st.lists(malformed, max_size=2),
    hours_lt=malformed,
    hours_gi=malformed,
    valid=valid_choices,
)
def test_case_submission_step_facts(
    client,
    professional,
    delft,
    region,
    kader,
    implementation,
    period,
    products,
    legal_steps,
    building_blocks,
    hours_lt,
    hours_gi,
    valid,
):
    case = drafting_case(professional, delft)
    if valid:
        region, kader, implementation = Region.MEDIUM_MUNICIPALITY, Kader.VOLUNTARY, ""
        products, legal_steps, building_blocks, hours_lt, hours_gi = [], [], [], "12", ""
    before = case_state(case)
    client.force_login(professional)
    data = {
        "region": region,
        "kader": kader,
        "implementation": implementation,
        "period": period,
        "products": products,
        "legal_steps": legal_steps,
        "building_blocks": building_blocks,
        "hours_lt": hours_lt,
        "hours_gi": hours_gi,
    }
    response = client.post(f"/casusbank/inzendingen/{case.pk}/kenmerken/", data)
    assert_safe(response)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        # Rejected: still a draft, the story of step 2 and the names of step 1 untouched.
        assert case_state(case) == before
        assert_reshown(response, {"period": period, "hours_lt": hours_lt, "hours_gi": hours_gi})
    else:
        status, *_rest, sections = case_state(case)
        assert status == CaseStatus.DEIDENTIFYING
        assert sections == before[-1]


# LOT forms ---------------------------------------------------------------------------------------


@pytest.fixture
def lot_world(delft, facilitator):
    lot = Lot.objects.create(name="LOT Delft", municipality=delft, description="Bestaand.")
    fac = LotMember.objects.create(lot=lot, user=facilitator, role=LotRole.FACILITATOR)
    session = Session.objects.create(
        lot=lot,
        title="Eerste bijeenkomst",
        starts_at=timezone.now() + datetime.timedelta(days=7),
        location="Stadhuis",
        notes="Eerdere notities.",
        lessons="Eerdere lessen.",
    )
    AgendaItem.objects.create(session=session, kind=AgendaItem.Kind.TEXT, title="Opening")
    LotOutcome.objects.create(
        session=session, kind=LotOutcome.Kind.LESSON, text="Eerdere uitkomst."
    )
    Action.objects.create(
        session=session,
        lot=lot,
        owner=fac,
        description="Eerdere actie",
        due_on=timezone.localdate() + datetime.timedelta(days=14),
    )
    return lot, session, fac


def lot_state(lot, session):
    """Everything stored about the LOT and its session, in comparable form."""
    return (
        list(Lot.objects.order_by("pk").values_list("pk", "name", "municipality", "description")),
        list(LotMember.objects.order_by("pk").values_list("pk", "user", "email", "name", "role")),
        list(
            Session.objects.order_by("pk").values_list(
                "pk",
                "title",
                "starts_at",
                "duration_minutes",
                "location",
                "online_url",
                "notes",
                "lessons",
                "template_slug",
            )
        ),  # fmt: skip
        list(AgendaItem.objects.order_by("pk").values_list("pk", "kind", "title", "description")),
        list(LotOutcome.objects.order_by("pk").values_list("pk", "kind", "text")),
        list(Action.objects.order_by("pk").values_list("pk", "description", "owner", "due_on")),
    )


def check_lot_post(client, facilitator, lot, session, path, data, typed, *, later_view=None):
    """POST as the LOT's facilitator; a rejection changes nothing and re-shows what was typed."""
    before = lot_state(lot, session)
    client.force_login(facilitator)
    response = client.post(path, data)
    assert_safe(response)
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        assert lot_state(lot, session) == before
        assert_reshown(response, typed)
    else:
        assert_safe(client.get(later_view or response.url))
    return response


@hostile_settings
@given(name=hostile_text, municipality=malformed, description=hostile_text, valid=valid_choices)
def test_lot_create_form(client, facilitator, lot_world, name, municipality, description, valid):
    lot, session, _fac = lot_world
    if valid:
        municipality = str(lot.municipality_id)
    response = check_lot_post(
        client,
        facilitator,
        lot,
        session,
        "/leren/lot/nieuw/",
        {"name": name, "municipality": municipality, "description": description},
        {"name": name, "description": description},
    )
    Lot.objects.exclude(pk=lot.pk).delete()  # the next example starts from the same LOTs
    assert response.status_code == 400 or municipality == str(lot.municipality_id)


@hostile_settings
@given(
    email=st.one_of(hostile_text, st.builds("{}@example.org".format, hostile_text)),
    name=hostile_text,
    role=choice_or_hostile(LotRole.values),
    valid=valid_choices,
)
def test_lot_add_member_form(client, facilitator, lot_world, email, name, role, valid):
    lot, session, fac = lot_world
    if valid:
        role = LotRole.PARENT  # a guest: any valid address is accepted
    check_lot_post(
        client,
        facilitator,
        lot,
        session,
        f"/leren/lot/{lot.pk}/leden/",
        {"email": email, "name": name, "role": role},
        {"email": email, "name": name},
    )
    LotMember.objects.filter(lot=lot).exclude(pk=fac.pk).delete()


@hostile_settings
@given(
    template=choice_or_hostile([slug for slug, _label in template_choices()]),
    title=hostile_text,
    date=malformed,
    time=malformed,
    duration=malformed,
    location=hostile_text,
    online_url=malformed,
    valid=valid_choices,
)
def test_session_from_template_form(
    client, facilitator, lot_world, template, title, date, time, duration, location, online_url,
    valid,
):  # fmt: skip
    lot, session, _fac = lot_world
    if valid:
        template, date, time, duration, online_url = (
            template_choices()[0][0],
            "2030-05-01",
            "14:30",
            "",
            "",
        )
    data = {
        "template": template,
        "title": title,
        "date": date,
        "time": time,
        "duration_minutes": duration,
        "location": location,
        "online_url": online_url,
    }
    typed = {"title": title, "location": location, "online_url": online_url}
    typed.update(date=date, time=time, duration_minutes=duration)
    check_lot_post(
        client, facilitator, lot, session, f"/leren/lot/{lot.pk}/bijeenkomsten/nieuw/", data, typed
    )
    Session.objects.filter(lot=lot).exclude(pk=session.pk).delete()


@hostile_settings
@given(
    kind=choice_or_hostile(AgendaItem.Kind.values),
    title=hostile_text,
    building_block=malformed,
    case_url=malformed,
    description=hostile_text,
    measurement_round=malformed,
    minutes=malformed,
    valid=valid_choices,
)
def test_session_agenda_item_form(
    client,
    facilitator,
    lot_world,
    kind,
    title,
    building_block,
    case_url,
    description,
    measurement_round,
    minutes,
    valid,
):
    lot, session, _fac = lot_world
    if valid:
        kind, building_block, case_url, measurement_round, minutes = "text", "", "", "", "10"
    first = session.agenda_items.get()
    fields = {
        "kind": kind,
        "title": title,
        "building_block": building_block,
        "case_url": case_url,
        "description": description,
        "measurement_round": measurement_round,
        "minutes": minutes,
    }
    typed = {"title": title, "case_url": case_url, "description": description, "minutes": minutes}
    check_lot_post(
        client,
        facilitator,
        lot,
        session,
        f"/leren/bijeenkomst/{session.pk}/agenda/",
        {f"agenda-{name}": value for name, value in fields.items()},
        {f"agenda-{name}": value for name, value in typed.items()},
    )
    session.agenda_items.exclude(pk=first.pk).delete()


@hostile_settings
@given(lessons=hostile_text, notes=hostile_text)
def test_session_notes_form(client, facilitator, lot_world, lessons, notes):
    lot, session, _fac = lot_world
    check_lot_post(
        client,
        facilitator,
        lot,
        session,
        f"/leren/bijeenkomst/{session.pk}/notities/",
        {"lessons": lessons, "notes": notes},
        {"lessons": lessons, "notes": notes},
    )
    Session.objects.filter(pk=session.pk).update(
        notes="Eerdere notities.", lessons="Eerdere lessen."
    )


@hostile_settings
@given(
    kind=choice_or_hostile(LotOutcome.Kind.values),
    text=hostile_text,
    building_block=malformed,
    valid=valid_choices,
)
def test_session_outcome_form(client, facilitator, lot_world, kind, text, building_block, valid):
    lot, session, _fac = lot_world
    if valid:
        kind, building_block = LotOutcome.Kind.BARRIER, ""
    first = session.outcomes.get()
    check_lot_post(
        client,
        facilitator,
        lot,
        session,
        f"/leren/bijeenkomst/{session.pk}/uitkomsten/",
        {"outcome-kind": kind, "outcome-text": text, "outcome-building_block": building_block},
        {"outcome-text": text},
    )
    session.outcomes.exclude(pk=first.pk).delete()


@hostile_settings
@given(description=hostile_text, owner=malformed, due_on=malformed, valid=valid_choices)
def test_session_action_form(client, facilitator, lot_world, description, owner, due_on, valid):
    lot, session, fac = lot_world
    if valid:
        owner, due_on = str(fac.pk), "2030-05-01"
    first = session.actions.get()
    check_lot_post(
        client,
        facilitator,
        lot,
        session,
        f"/leren/bijeenkomst/{session.pk}/acties/",
        {
            "action-description": description,
            "action-owner": owner,
            "action-due_on": due_on,
        },
        {"action-description": description, "action-due_on": due_on},
    )
    session.actions.exclude(pk=first.pk).delete()


# The questionnaire behind a round's anonymous link ---------------------------------------------


@pytest.fixture
def open_round(db):
    today = timezone.localdate()
    return MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title="Nulmeting",
        kind=MeasurementRound.Kind.BASELINE,
        scope=MeasurementRound.Scope.REGION,
        opens_on=today - datetime.timedelta(days=7),
        closes_on=today + datetime.timedelta(days=7),
    )


def questionnaire_strategy():
    """Field names are fixed by the seeded instrument; values range from valid to garbage."""
    from learning import instrument_content as content

    items = [item.slug for scale in content.SCALES for item in scale.items]
    grades = [grade.slug for grade in content.GRADES]
    fields = {
        "org_type": choice_or_hostile(content.ORG_TYPES),
        "municipality": choice_or_hostile(content.MUNICIPALITIES),
        "trained": choice_or_hostile(["ja", "nee"]),
        "code": hostile_text,
    }
    for slug in items[:4]:
        fields[f"item_{slug}"] = choice_or_hostile(content.AGREEMENT_LABELS)
    for slug in grades[:2]:
        fields[f"grade_{slug}"] = choice_or_hostile(range(1, 11))
    return st.fixed_dictionaries(fields)


def response_state(response):
    response.refresh_from_db()
    return (
        response.status,
        response.org_type,
        response.municipality,
        response.trained,
        response.code_hash,
        response.items,
        response.grades,
        response.resume_key_hash,
    )


@hostile_settings
@given(answers=questionnaire_strategy(), final=st.booleans(), valid=valid_choices)
def test_questionnaire_answer_form(client, open_round, answers, final, valid):
    cache.clear()  # the per-address questionnaire limit is not what this test is about
    spec = structure(open_round.instrument)
    first_item = spec.scales[0].items[0].slug
    earlier, resume_key = save_answers(
        open_round,
        {
            "org_type": "",
            "municipality": "",
            "trained": None,
            "code": "",
            "items": {first_item: 4},
            "grades": {},
        },
    )
    before, responses_before = response_state(earlier), Response.objects.count()
    data = dict(answers)
    if valid:  # everything but the code is a valid answer
        data.update((name, "3") for name in data if name.startswith(("item_", "grade_")))
        data.update(org_type="GI", municipality="Delft", trained="nee")
    if final:
        data["versturen"] = "1"
    response = client.post(f"{open_round.respondent_url()}?sleutel={resume_key}", data)
    assert_safe(response)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        # Rejected: the answer saved earlier is still there, nothing new was stored, and the
        # form shows the answers again (the code too: it was typed on this very page), the
        # valid ones as checked or selected.
        assert response_state(earlier) == before
        assert Response.objects.count() == responses_before
        form = response.context["form"]
        typed = {
            name: value
            for name, value in data.items()
            if name in form.fields
            and value in [str(key) for key, _label in getattr(form.fields[name], "choices", [])]
            and value != ""
        }
        event(f"valid answers re-shown: {min(len(typed), 3)}+")
        assert_reshown(response, {"code": answers["code"], **typed})
    else:
        assert Response.objects.count() == responses_before  # the same response, resumed
        earlier.refresh_from_db()
        assert set(earlier.items.values()) <= {1, 2, 3, 4, 5}
        assert all(1 <= value <= 10 for value in earlier.grades.values())


# The organisation's intranet (embed) settings ------------------------------------------------

EMBED_BEFORE = {
    "allowed_origins": ["https://intranet.delft.nl"],
    "primary_colour": "#6a1b9a",
    "version": EmbedSettings.Version.LATEST,
    "pinned_release": "",
}


def embed_state(organisation):
    return EmbedSettings.objects.filter(organisation=organisation).values(
        "allowed_origins", "primary_colour", "version", "pinned_release", "logo", "api_key_hash"
    )[0]


@hostile_settings
@given(
    origins=st.one_of(
        st.sampled_from(["", "https://intranet.delft.nl", "https://a.example\nhttp://127.0.0.1:8"]),
        hostile_text,
        st.builds("https://intranet.delft.nl\n{}".format, hostile_text),
        st.builds("https://{}".format, hostile_text),
    ),
    primary_colour=st.one_of(st.sampled_from(["#0b5c8a", "0b5c8a", "#fff", "#ffffff"]), malformed),
    version=choice_or_hostile(EmbedSettings.Version.values),
    pinned_release=malformed,
    remove_logo=st.sampled_from(["", "on", "\x00"]),
    valid=valid_choices,
)
def test_embed_settings_form(
    client, org_admin, delft, origins, primary_colour, version, pinned_release, remove_logo, valid
):
    if valid:  # only the origins are hostile
        primary_colour, version, pinned_release = "#0b5c8a", "latest", ""
    EmbedSettings.objects.update_or_create(organisation=delft, defaults=EMBED_BEFORE)
    before = embed_state(delft)
    client.force_login(org_admin)
    data = {
        "origins": origins,
        "primary_colour": primary_colour,
        "version": version,
        "pinned_release": pinned_release,
        "remove_logo": remove_logo,
    }
    response = client.post("/organisaties/delft/intranet/", data)
    assert_safe(response)
    assert response.status_code in (200, 302)
    if response.status_code == 200:  # rejected: the form with its errors
        assert embed_state(delft) == before
        assert_reshown(response, {"origins": origins, "primary_colour": primary_colour})
    else:
        stored = embed_state(delft)
        assert all(o.startswith(("https://", "http://")) for o in stored["allowed_origins"])
        assert stored["primary_colour"].startswith("#")
        assert_safe(client.get("/organisaties/delft/intranet/"))
