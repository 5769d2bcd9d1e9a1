"""Every form renders its fields through the one field template (samenspel.renderers): a label
(or legend) with a visual required mark, the help text and the error message with the ids that
Django's aria-describedby points at, aria-invalid on what is wrong, and Dutch messages."""

import pytest
from bs4 import BeautifulSoup
from django.forms.renderers import get_default_renderer
from django.template import Context, Template
from django.utils import translation

from casebank.forms import NamesForm
from learning.feedback.forms import ReportForm
from learning.forms import RoundLinksForm
from samenspel.privacy.forms import DeleteAccountForm
from samenspel.renderers import FormRenderer
from toolkit.forms import DecisionStepForm

QUESTION = {
    "question": "Is er een gezamenlijk plan?",
    "help": "Denk aan het plan van de jeugdbeschermer.",
    "answers": [{"label": "Ja", "next": "a"}, {"label": "Nee", "next": "b"}],
}


def render(form):
    with translation.override("nl"):
        html = Template("{{ form }}").render(Context({"form": form}))
    return BeautifulSoup(html, "html.parser")


def ids_in(soup):
    return [tag["id"] for tag in soup.find_all(id=True)]


def described_by(tag):
    return tag.get("aria-describedby", "").split()


def test_the_project_renderer_is_the_default():
    assert isinstance(get_default_renderer(), FormRenderer)


def test_a_text_field_with_help_and_error_is_linked_to_both():
    soup = render(RoundLinksForm(data={"count": "0"}))  # learning
    field = soup.find(id="id_count")
    assert field["aria-invalid"] == "true"
    assert described_by(field) == ["id_count_helptext", "id_count_error"]
    assert "vingerafdruk" in soup.find(id="id_count_helptext").text
    assert soup.find(id="id_count_error").text == "Zorg ervoor dat deze waarde minstens 1 is."
    label = soup.find("label", attrs={"for": "id_count"})
    assert label.find("span", class_="required")["aria-hidden"] == "true"
    assert len(ids_in(soup)) == len(set(ids_in(soup)))


def test_an_unbound_field_points_at_its_help_text_only():
    soup = render(RoundLinksForm())
    field = soup.find(id="id_count")
    assert "aria-invalid" not in field.attrs
    assert described_by(field) == ["id_count_helptext"]
    assert soup.find(id="id_count_error") is None
    assert field.has_attr("required")


def test_a_required_textarea_without_help_points_at_its_dutch_error():
    soup = render(ReportForm(data={}))  # learning.feedback
    field = soup.find(id="id_reason")
    assert field.name == "textarea"
    assert field["aria-invalid"] == "true"
    assert described_by(field) == ["id_reason_error"]
    assert soup.find(id="id_reason_error").text == ("Vertel kort waarom je deze reactie meldt.")
    assert soup.find("p", attrs={"data-privacy-notice": True}) is not None


def test_a_group_of_radio_buttons_is_a_fieldset_described_by_help_and_error():
    soup = render(DecisionStepForm(QUESTION, data={}))  # toolkit
    fieldset = soup.find("fieldset")
    assert fieldset.legend.text.startswith("Is er een gezamenlijk plan?")
    assert fieldset.legend.find("span", class_="required") is not None
    assert described_by(fieldset) == ["id_answer_helptext", "id_answer_error"]
    assert soup.find(id="id_answer_error").text == "Kies een van de antwoorden."
    radios = fieldset.find_all("input", attrs={"type": "radio"})
    assert [radio["value"] for radio in radios] == ["a", "b"]
    for radio in radios:
        assert radio["aria-invalid"] == "true"
        label = soup.find("label", attrs={"for": radio["id"]})
        assert label.text.strip() in {"Ja", "Nee"}


@pytest.mark.django_db
def test_the_case_bank_form_marks_required_fields_and_links_each_error(delft, zoetermeer):
    soup = render(
        NamesForm(data={"names": "  ", "case_type": "x"}, organisations=[delft, zoetermeer])
    )
    names = soup.find(id="id_names")
    assert described_by(names) == ["id_names_helptext", "id_names_error"]
    assert soup.find(id="id_names_error").text == "Dit is een verplicht veld."
    case_type = soup.find(id="id_case_type")
    assert case_type["aria-invalid"] == "true"
    assert "Selecteer een geldige keuze" in soup.find(id="id_case_type_error").text
    for name in ("names", "case_type", "organisation"):
        label = soup.find("label", attrs={"for": f"id_{name}"})
        assert label.find("span", class_="required") is not None, name
    assert len(ids_in(soup)) == len(set(ids_in(soup)))


@pytest.mark.django_db
def test_a_single_checkbox_has_its_label_after_it_and_its_error_linked(django_user_model):
    user = django_user_model(email="iemand@samenspel.example")
    soup = render(DeleteAccountForm(data={}, user=user))  # samenspel.privacy
    checkbox = soup.find(id="id_understood")
    assert checkbox["type"] == "checkbox"
    assert checkbox["aria-invalid"] == "true"
    assert described_by(checkbox) == ["id_understood_error"]
    label = checkbox.find_next("label")
    assert label["for"] == "id_understood"
    assert soup.find(id="id_understood_error").text == "Dit is een verplicht veld."
    password = soup.find(id="id_password")
    assert described_by(password) == ["id_password_error"]
    assert "value" not in password.attrs  # a password is never sent back


@pytest.mark.django_db
def test_signup_password_rules_are_the_password_fields_description(client, site_tree):
    """allauth's rules list used to sit in a <span> inside a <p>, which a browser closes before
    the list: the description was empty. Now the list is inside the help text the input names."""
    html = client.get("/accounts/signup/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    field = soup.find(id="id_password1")
    (help_id,) = described_by(field)
    help_text = soup.find(id=help_id)
    assert help_text.name == "div" and help_text.find_parent("p") is None
    rules = [item.text for item in help_text.find_all("li")]
    assert len(rules) >= 3 and all(rule.startswith("Je wachtwoord") for rule in rules), rules


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/accounts/login/", "Inloggen · Samenspel"),  # as the header link says
        ("/accounts/signup/", "Registreren · Samenspel"),
        ("/accounts/password/reset/", "Nieuw wachtwoord · Samenspel"),
        ("/accounts/confirm-email/", "Verifieer je e-mailadres · Samenspel"),
    ],
)
def test_account_pages_are_named_in_their_title(client, site_tree, path, title):
    soup = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    assert " ".join(soup.title.text.split()) == title
