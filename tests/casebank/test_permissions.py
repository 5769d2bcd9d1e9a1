"""Who may read what: members read published cases; drafts stay with submitter and reviewers."""

import pytest
from django.urls import reverse

from casebank.choices import Status
from samenspel.permissions import can
from tests.site.factories import UserFactory

from .conftest import STORY


def login(client, user):
    client.force_login(user)
    return client


def test_anonymous_visitor_gets_nothing(client, published):
    for url in (
        reverse("casebank:search"),
        published.get_absolute_url(),
        reverse("casebank:review_draft", args=[published.pk]),
        reverse("casebank:approval_queue"),
        reverse("casebank:submit_start"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert published.title.encode() not in response.content


def test_user_without_membership_is_refused(client, published):
    outsider = UserFactory()
    response = login(client, outsider).get(published.get_absolute_url())
    assert response.status_code == 403
    assert not can(outsider, "casebank.view_case", published)


def test_professional_of_another_organisation_reads_published_cases(
    client, published, other_professional
):
    response = login(client, other_professional).get(published.get_absolute_url())
    assert response.status_code == 200
    assert published.title in response.content.decode()
    assert response["Cache-Control"].startswith("private") or "private" in response["Cache-Control"]


def test_professional_of_another_organisation_cannot_open_drafts(client, draft, other_professional):
    client = login(client, other_professional)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(reverse("casebank:review_draft", args=[draft.pk])).status_code == 404
    assert not can(other_professional, "casebank.view_case", draft)


def test_draft_in_submitter_review_is_private_even_to_reviewers(client, draft, editor):
    assert not can(editor, "casebank.view_case", draft)
    assert login(client, editor).get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_raw_review_screen_is_for_the_submitter_only(client, draft, editor, who):
    user = editor if who == "editor" else UserFactory(is_superuser=True, is_staff=True)
    response = login(client, user).get(reverse("casebank:review_draft", args=[draft.pk]))
    assert response.status_code == 404


def test_submitter_sees_raw_and_draft_side_by_side(client, draft, professional):
    response = login(client, professional).get(reverse("casebank:review_draft", args=[draft.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Sandra de Vries" in body  # the raw story, marked, on the left
    assert "<mark" in body
    assert "Controleer je concept" in body or "concept" in body.lower()


def test_raw_text_is_never_rendered_on_other_screens(client, confirmed, editor, professional):
    editor_view = login(client, editor).get(
        reverse("casebank:approval_detail", args=[confirmed.pk])
    )
    assert editor_view.status_code == 200
    for original in ("Sandra", "Regenboog", "15 maart 2021"):
        assert original not in editor_view.content.decode()
    own_view = login(client, professional).get(confirmed.get_absolute_url())
    assert "Sandra" not in own_view.content.decode()


def test_reviewers_see_confirmed_drafts_but_plain_professionals_do_not(
    client, confirmed, editor, other_professional
):
    assert can(editor, "casebank.view_case", confirmed)
    assert login(client, editor).get(reverse("casebank:approval_queue")).status_code == 200
    assert confirmed.title in client.get(reverse("casebank:approval_queue")).content.decode()
    client.logout()
    other = login(client, other_professional)
    assert other.get(reverse("casebank:approval_queue")).status_code == 403
    assert other.get(reverse("casebank:approval_detail", args=[confirmed.pk])).status_code == 403


def test_approval_through_the_screen_publishes(client, confirmed, editor):
    url = reverse("casebank:approval_detail", args=[confirmed.pk])
    response = login(client, editor).post(url, {"decision": "approve"})
    assert response.status_code == 302
    confirmed.refresh_from_db()
    assert confirmed.status == Status.PUBLISHED


def test_return_without_a_note_is_refused_with_a_dutch_message(client, confirmed, editor):
    url = reverse("casebank:approval_detail", args=[confirmed.pk])
    response = login(client, editor).post(url, {"decision": "return", "note": ""})
    assert response.status_code == 400
    assert "Zeg waarom" in response.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.status == Status.AWAITING_APPROVAL


def test_submitter_who_is_an_editor_cannot_open_own_case_for_approval(
    client, editor, programme, submit_case
):
    from casebank import submission

    case = submit_case(editor, programme)
    submission.confirm(case, editor)
    url = reverse("casebank:approval_detail", args=[case.pk])
    assert login(client, editor).get(url).status_code == 403
    assert case.title not in client.get(reverse("casebank:approval_queue")).content.decode()


def test_recognition_once_per_user_and_reactions_are_sanitised(
    client, published, other_professional
):
    client = login(client, other_professional)
    url = reverse("casebank:toggle_recognition", args=[published.slug])
    client.post(url)
    assert published.recognitions.count() == 1
    client.post(url)  # a second press removes the mark
    assert published.recognitions.count() == 0
    client.post(url)
    response = client.post(
        reverse("casebank:add_reaction", args=[published.slug]),
        {"body": "<script>alert(1)</script><strong>Herkenbaar</strong> bij ons ook."},
    )
    assert response.status_code == 302
    reaction = published.reactions.get()
    assert "<script>" not in reaction.body and "<strong>Herkenbaar</strong>" in reaction.body


def test_moderator_hides_a_reaction(client, published, other_professional, task_team):
    from casebank.models import Reaction

    reaction = Reaction.objects.create(case=published, author=other_professional, body="Naam X")
    login(client, task_team).post(
        reverse("casebank:hide_reaction", args=[reaction.pk]), {"reason": "Bevat een naam"}
    )
    reaction.refresh_from_db()
    assert reaction.is_hidden
    client.logout()
    body = login(client, UserFactory()).get(published.get_absolute_url())
    assert body.status_code == 403


def test_landing_page_invites_negative_and_positive_cases_equally(client, site_tree, published):
    body = client.get("/casusbank/").content.decode()
    assert "Deel een casus die niet goed ging" in body
    assert "Deel een succesverhaal" in body
    assert published.title not in body  # anonymous: no case titles


def test_cases_never_reach_wagtail_search_or_the_page_tree(published):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    assert not Page.objects.filter(title=published.title).exists()
    results = get_search_backend().search(published.title, Page)
    assert published.title not in [page.title for page in results]


def test_submission_steps_keep_what_was_typed_on_errors(client, professional):
    client = login(client, professional)
    response = client.post(
        reverse("casebank:submit_start"),
        {"outcome_kind": "well", "case_type": "other", "names": ";"},
    )
    assert response.status_code == 400
    assert "Noem minstens" in response.content.decode()
    response = client.post(
        reverse("casebank:submit_start"),
        {"outcome_kind": "not_well", "case_type": "other", "names": "Sandra\nNoah"},
    )
    assert response.status_code == 302
    story_url = response["Location"]
    response = client.post(story_url, dict(STORY, trigger=""))
    assert response.status_code == 400
    assert STORY["course"].split("\n")[0] in response.content.decode()
