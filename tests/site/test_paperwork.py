"""The privacy statement and the processing register, both made from the privacy registry."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from samenspel.privacy import registry

pytestmark = pytest.mark.django_db


def test_statement_lists_every_registered_processing_activity(client, home):
    activities = registry.processing_activities()
    assert len(activities) >= 10  # every app declares its own
    html = client.get(reverse("privacy:statement"), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    for activity in activities:
        assert f'id="verwerking-{activity.key.replace(".", "")}"' in html, activity.key
        assert escape(str(activity.label)) in html
        assert escape(str(activity.legal_basis_label)) in html
    for rule in registry.retention_rules():
        assert escape(str(rule.description)) in html  # the retention the registry enforces
    for required in [
        "privacy@samenspel.example",  # controller
        "fg@samenspel.example",  # data protection officer
        "Autoriteit Persoonsgegevens",
        reverse("privacy:my_data"),
    ]:
        assert required in html


def test_every_activity_declares_the_article_30_fields():
    for activity in registry.processing_activities():
        for field in ["label", "purpose", "data", "subjects", "recipients", "retention"]:
            assert str(getattr(activity, field)).strip(), (activity.key, field)
        assert activity.legal_basis in registry.LEGAL_BASES
        known = {rule.key for rule in registry.retention_rules()}
        assert set(activity.retention_rules) <= known, activity.key


def test_case_bank_says_how_special_category_data_is_avoided():
    by_key = {a.key: a for a in registry.processing_activities()}
    assert "art. 9" in str(by_key["casebank.submissions"].special_categories)
    assert by_key["casebank.submissions"].retention_rules == ("casebank.raw_submissions",)


def test_my_data_links_the_statement(client, professional):
    client.force_login(professional)
    html = client.get(reverse("privacy:my_data")).content.decode()
    assert f'<a href="{reverse("privacy:statement")}">' in html


def read_csv(text):
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_register_csv_has_a_row_per_activity(capsys):
    call_command("processing_register", "--format", "csv")
    rows = read_csv(capsys.readouterr().out)
    assert rows[0][:4] == ["Sleutel", "Verwerking", "Doel", "Grondslag"]
    assert [row[0] for row in rows[1:]] == [a.key for a in registry.processing_activities()]
    assert all(len(row) == len(rows[0]) for row in rows)


def test_register_markdown_has_a_section_per_activity(capsys):
    call_command("processing_register", "--format", "md", "--language", "en")
    text = capsys.readouterr().out
    with translation.override("en"):
        for activity in registry.processing_activities():
            assert f"## {activity.label}" in text
            assert f"| Key | {activity.key} |" in text


def test_register_download_is_for_the_task_team_only(client, professional, task_team):
    url = reverse("privacy:processing_register_csv")
    client.force_login(professional)
    assert client.get(url).status_code == 403
    assert (
        reverse("privacy:processing_register_csv")
        not in client.get(reverse("privacy:statement")).content.decode()
    )
    client.force_login(task_team)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    md = client.get(reverse("privacy:processing_register_md"))
    assert md.status_code == 200 and md["Content-Type"].startswith("text/markdown")
