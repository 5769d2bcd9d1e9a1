"""The approver sees the k estimate and confirms a high risk explicitly; warnings show once."""

import re

import pytest
from django.urls import reverse

from casebank import submission
from casebank.choices import Region, Status
from casebank.models import AuditEntry
from casebank.privacy import export_casebank

from .conftest import FACTS

RISKY_STORY = {
    "title": "Samen verder na de diagnose",
    "family": "Moeder, vader en een tweeling; een van de kinderen heeft mucoviscidose.",
    "course": "Vader werkt als hoefsmid. Het gezin stond in de krant; de tweeling ook.",
}


@pytest.fixture
def risky(professional, delft, submit_case):
    case = submit_case(
        professional,
        delft,
        story=RISKY_STORY,
        known=[],
        facts={**FACTS, "region": Region.WASSENAAR},
    )
    submission.confirm(case, professional)
    case.refresh_from_db()
    return case


def login(client, user):
    client.force_login(user)
    return client


def risk_section(html):
    return re.search(r'<section class="risk".*?</section>', html, re.DOTALL).group(0)


def test_approver_sees_the_k_estimate_level_and_factors(client, risky, editor):
    html = login(client, editor).get(reverse("casebank:approval_detail", args=[risky.pk])).content
    html = html.decode()
    assert "Kans op herkenning" in html
    assert "Waarschijnlijk past maar één gezin in de regio op deze casus: risico hoog" in html
    assert "een aandoening: zeldzaam" in html  # a factor, without the condition's name
    assert "Wassenaar" in html and "een tweeling" in html
    assert "Ik heb de waarschuwingen gewogen" in html


def test_high_risk_approval_needs_the_confirmation_and_records_it(client, risky, editor):
    url = reverse("casebank:approval_detail", args=[risky.pk])
    refused = login(client, editor).post(url, {"decision": "approve"})
    assert refused.status_code == 400
    assert "bevestig dat" in refused.content.decode()
    risky.refresh_from_db()
    assert risky.status == Status.AWAITING_APPROVAL

    response = client.post(url, {"decision": "approve", "risks_checked": "on"})
    assert response.status_code == 302
    risky.refresh_from_db()
    assert risky.status == Status.PUBLISHED
    entry = risky.audit_entries.get(action=AuditEntry.Action.APPROVED)
    assert entry.actor == editor and entry.at is not None
    assert entry.details["risk"]["confirmed"] is True
    assert entry.details["risk"]["level"] == "high"
    assert "mucoviscidose" not in str(entry.details)  # numbers and codes, no text
    assert export_casebank(editor)["risk_confirmations"][0]["level"] == "high"


def test_a_low_risk_case_is_approved_without_the_extra_confirmation(client, confirmed, editor):
    url = reverse("casebank:approval_detail", args=[confirmed.pk])
    html = login(client, editor).get(url).content.decode()
    assert "Kans op herkenning" in html and "risico laag" in html
    assert 'name="risks_checked"' not in html
    assert client.post(url, {"decision": "approve"}).status_code == 302
    entry = confirmed.audit_entries.get(action=AuditEntry.Action.APPROVED)
    assert entry.details["risk"] == {**entry.details["risk"], "confirmed": False, "level": "low"}


@pytest.mark.parametrize("who", ["professional", "other_professional"])
def test_only_reviewers_see_the_score(client, risky, who, request):
    url = reverse("casebank:approval_detail", args=[risky.pk])
    assert login(client, request.getfixturevalue(who)).get(url).status_code == 403


def test_the_submitter_sees_each_warning_once_with_a_generalisation(
    client, professional, delft, submit_case
):
    case = submit_case(
        professional,
        delft,
        story=RISKY_STORY,
        known=[],
        facts={**FACTS, "region": Region.WASSENAAR},
    )
    html = login(client, professional).get(reverse("casebank:review_draft", args=[case.pk]))
    section = risk_section(html.content.decode())
    items = re.findall(r'<li class="risk__item.*?</li>', section, re.DOTALL)
    assert len(items) == len(set(items))
    assert sum("tweeling" in item for item in items) == 1
    assert sum("Wassenaar" in item for item in items) == 1
    assert "zeldzame stofwisselingsziekte" in section
    assert "technisch beroep" in section
    assert "““" not in section


def test_the_approval_queue_shows_each_cases_risk_level(client, risky, confirmed, editor):
    html = login(client, editor).get(reverse("casebank:approval_queue")).content.decode()
    rows = {
        title: re.search(rf"{re.escape(title)}.*?</tr>", html, re.DOTALL).group(0)
        for title in (risky.title, confirmed.title)
    }
    assert "Kans op herkenning" in html
    assert "risico hoog" in rows[risky.title]
    assert "risico laag" in rows[confirmed.title]
