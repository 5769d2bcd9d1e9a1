from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from samenspel.demo_data import DEMO_PASSWORD, USERS
from samenspel.models import Organisation
from samenspel.roles import Role

PROJECT_PACKAGES = {"samenspel", "toolkit", "learning", "casebank", "embed"}
FRAMEWORK_APPS = {"wagtailcore", "auth", "account", "taggit"}


def snapshotted(model):
    package = model._meta.app_config.name.split(".")[0]
    return package in PROJECT_PACKAGES or model._meta.app_label in FRAMEWORK_APPS


def snapshot():
    """Every row of every project and Wagtail model, so any change by a rerun shows up."""
    state = {}
    for model in apps.get_models():
        if snapshotted(model):
            fields = model._meta.concrete_fields
            state[model._meta.label] = sorted(
                tuple(field.value_to_string(row) for field in fields)
                for row in model._base_manager.all()
            )
    return state


def test_seed_demo_is_idempotent(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first


def test_seed_demo_creates_network_and_one_user_per_role(demo_site):
    assert Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY).count() == 10
    assert Organisation.objects.filter(kind=Organisation.Kind.GI).count() == 3
    assert Organisation.objects.get(slug="delft").local_team_name == "Delft Support"
    User = get_user_model()
    held = set(
        User.objects.filter(memberships__isnull=False).values_list("memberships__role", flat=True)
    )
    assert held == {role.value for role in Role}
    for email, *_ in USERS:
        assert User.objects.get(email=email).check_password(DEMO_PASSWORD)


def test_demo_users_can_log_in(client, db, settings):
    """As the README says: the password, then the code of the demo secret."""
    from tests.logins import log_in

    settings.SAMENSPEL_ENFORCE_MFA = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    editor = get_user_model().objects.get(email="editor@samenspel.example")
    response = log_in(client, editor, password=DEMO_PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_users_who_need_two_step_verification_have_the_readme_secret(db, settings):
    from samenspel.demo_data import DEMO_TOTP_SECRET
    from tests.logins import secret_of

    settings.SAMENSPEL_ENFORCE_MFA = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    User = get_user_model()
    for email in ["editor", "taskteam", "orgadmin", "admin"]:
        user = User.objects.get(email=f"{email}@samenspel.example")
        assert secret_of(user) == DEMO_TOTP_SECRET
    assert not User.objects.get(
        email="professional.lt@samenspel.example"
    ).authenticator_set.exists()
    assert DEMO_TOTP_SECRET in open("README.md").read()  # noqa: SIM115


def test_demo_is_dated_relative_to_the_seeding_day(client, demo_site):
    """A fresh demo has an open questionnaire round and upcoming LOT sessions, on any day."""
    from django.utils import timezone

    from learning.models import Lot, MeasurementRound

    today = timezone.localdate()
    open_rounds = MeasurementRound.objects.filter(opens_on__lte=today, closes_on__gte=today)
    assert open_rounds.count() == 1
    link = open_rounds.get().respondent_url()
    response = client.get(link)
    assert response.status_code == 200
    assert "Vragenlijst samenwerking" in response.content.decode()

    lot = Lot.objects.get(name="LOT Westland")
    client.force_login(get_user_model().objects.get(email="facilitator@samenspel.example"))
    overview = client.get(lot.get_absolute_url())
    assert overview.status_code == 200
    upcoming = [session.title for session in overview.context["upcoming"]]
    assert upcoming == ["Reflectie op de samenwerking", "Evaluatie na een half jaar"]
    assert all(session.starts_at > timezone.now() for session in overview.context["upcoming"])
    assert len(overview.context["past"]) == 2
