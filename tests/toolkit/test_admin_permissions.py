"""Editors and the task team maintain the glossary and the method releases in Wagtail's snippet
admin; other roles do not get in."""

import datetime

import pytest
from django.urls import reverse

from toolkit.models import GlossaryTerm, MethodRelease

pytestmark = pytest.mark.django_db

GLOSSARY_LIST = "wagtailsnippets_toolkit_glossaryterm:list"
GLOSSARY_ADD = "wagtailsnippets_toolkit_glossaryterm:add"
GLOSSARY_DELETE = "wagtailsnippets_toolkit_glossaryterm:delete"
RELEASE_LIST = "wagtailsnippets_toolkit_methodrelease:list"


@pytest.fixture
def term(db):
    return GlossaryTerm.objects.create(
        term="Gezinsplan", slug="gezinsplan", definition="Het plan dat het gezin zelf maakt."
    )


@pytest.mark.parametrize("role", ["editor", "task_team"])
def test_central_roles_open_the_glossary_in_the_admin(client, request, role, term):
    client.force_login(request.getfixturevalue(role))
    listing = client.get(reverse(GLOSSARY_LIST))
    assert listing.status_code == 200
    assert "Gezinsplan" in listing.content.decode()
    assert client.get(reverse(GLOSSARY_ADD)).status_code == 200


def test_editor_adds_and_deletes_a_glossary_term(client, editor):
    client.force_login(editor)
    data = {
        "term": "Veiligheidsplan",
        "slug": "veiligheidsplan",
        "abbreviation": "",
        "definition": "Afspraken over wat er moet gebeuren om een kind veilig te houden.",
        "synonyms": "",
    }
    response = client.post(reverse(GLOSSARY_ADD), data)
    assert response.status_code == 302
    created = GlossaryTerm.objects.get(slug="veiligheidsplan")
    assert created.term == "Veiligheidsplan"
    response = client.post(reverse(GLOSSARY_DELETE, args=[created.pk]))
    assert response.status_code == 302
    assert not GlossaryTerm.objects.filter(slug="veiligheidsplan").exists()


def test_professional_does_not_reach_the_glossary_admin(client, professional, term):
    client.force_login(professional)
    for name in (GLOSSARY_LIST, GLOSSARY_ADD):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
        assert "Gezinsplan" not in response.content.decode()
    response = client.post(
        reverse(GLOSSARY_ADD),
        {"term": "Indringer", "slug": "indringer", "definition": "Mag niet."},
    )
    assert response.status_code in (302, 403)
    assert not GlossaryTerm.objects.filter(slug="indringer").exists()


def test_release_list_shows_published_as_yes_or_no(client, editor):
    MethodRelease.objects.create(
        version="1.0", title="Eerste versie", date=datetime.date(2026, 1, 1), published=True
    )
    MethodRelease.objects.create(version="1.1", title="Concept", date=datetime.date(2026, 4, 1))
    client.force_login(editor)
    response = client.get(reverse(RELEASE_LIST))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gepubliceerd" in html
    assert "True" not in html and "False" not in html
    assert "icon-check" in html and "icon-cross" in html
    assert ">Ja<" in "".join(html.split()) and ">Nee<" in "".join(html.split())


def test_change_note_fields_have_dutch_labels(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_toolkit_methodrelease:add"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pagina" in html
    assert ">Page<" not in "".join(html.split())
