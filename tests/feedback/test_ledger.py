"""The feedback item lifecycle, its history, and notifications to contributors."""

import pytest
from django.core import mail
from django.urls import reverse

from learning.feedback import services
from learning.feedback.models import (
    Comment,
    FeedbackItem,
    FeedbackStatusChange,
    Notification,
    NotificationPreference,
)

from .conftest import STEP_ONE

pytestmark = pytest.mark.django_db


@pytest.fixture
def comments(article, professional, other_professional):
    return [
        Comment.objects.create(
            page=article, anchor=STEP_ONE, author=author, kind="suggestion", body=f"<p>{text}</p>"
        )
        for author, text in [(professional, "Meer voorbeelden"), (other_professional, "Ja, graag")]
    ]


def test_create_feedback_item_contract(editor, gi, article):
    item = services.create_feedback_item(
        title="Uitkomst LOT Delft",
        summary="Samenvatting",
        created_by=editor,
        source_kind="embed",
        organisation=gi,
        building_blocks=[article],
    )
    assert item.status == "received"
    assert item.organisation == gi and list(item.building_blocks.all()) == [article.page_ptr]
    assert item.history.get().to_status == "received"
    assert not item.is_public
    with pytest.raises(ValueError):
        services.create_feedback_item(
            title="x", summary="", created_by=editor, source_kind="onbekend"
        )


def test_source_object_is_kept_generic(editor, comments):
    item = services.create_feedback_item(
        title="LOT", summary="", created_by=editor, source_kind="lot", source_object=editor
    )
    assert item.source_object == editor
    from_comment = services.create_feedback_item(
        title="Reactie",
        summary="",
        created_by=editor,
        source_kind="comment",
        source_object=comments[0],
    )
    assert list(from_comment.comments.all()) == [comments[0]]


def test_lifecycle_notifies_contributors(
    editor, professional, other_professional, comments, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=other_professional, email_on_status_change=False)
    item = services.create_feedback_item(
        title="Meer voorbeelden in de stap", summary="", created_by=editor, source_kind="comment"
    )
    item.comments.add(*comments)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(item, to_status="in_progress", by=editor)
        services.change_status(
            item, to_status="decided", decision="adopted", reason="Goed idee", by=editor
        )
    assert Notification.objects.filter(recipient=professional).count() == 2
    assert Notification.objects.filter(recipient=other_professional).count() == 2
    latest = Notification.objects.filter(recipient=professional).first()
    assert "Overgenomen" in latest.message and "Goed idee" in latest.message
    # E-mail only to the one who did not opt out, one per status change.
    assert [m.to for m in mail.outbox] == [[professional.email], [professional.email]]
    assert "Goed idee" in mail.outbox[1].body
    history = list(item.history.values_list("from_status", "to_status", "decision", "reason"))
    assert history == [
        ("", "received", "", ""),
        ("received", "in_progress", "", ""),
        ("in_progress", "decided", "adopted", "Goed idee"),
    ]


def test_decision_requires_reason_and_invalid_moves_are_refused(editor):
    item = services.create_feedback_item(
        title="x", summary="", created_by=editor, source_kind="lot"
    )
    with pytest.raises(services.TransitionError):
        services.change_status(item, to_status="decided", decision="adopted", by=editor)
    with pytest.raises(services.TransitionError):
        services.change_status(item, to_status="released", by=editor, release=object())
    services.change_status(
        item, to_status="decided", decision="rejected", reason="Past niet", by=editor
    )
    with pytest.raises(services.TransitionError):
        services.change_status(item, to_status="released", by=editor, release=object())
    assert FeedbackStatusChange.objects.filter(item=item).count() == 2


def test_status_form_requires_reason_and_keeps_input(login, task_team, editor):
    item = services.create_feedback_item(
        title="Item", summary="", created_by=editor, source_kind="lot"
    )
    client = login(task_team)
    response = client.post(
        reverse("feedback:item_detail", args=[item.pk]),
        {"to_status": "decided", "decision": "partly", "reason": ""},
    )
    assert response.status_code == 400
    assert "reden" in response.content.decode()
    item.refresh_from_db()
    assert item.status == "received"


def test_professional_cannot_manage_items(login, professional, editor):
    item = services.create_feedback_item(
        title="Item", summary="", created_by=editor, source_kind="lot"
    )
    client = login(professional)
    for url in [
        reverse("feedback:dashboard"),
        reverse("feedback:inbox"),
        reverse("feedback:item_create"),
        reverse("feedback:item_detail", args=[item.pk]),
        reverse("feedback:export_csv"),
        reverse("feedback:report"),
    ]:
        assert client.get(url).status_code == 403, url
    response = client.post(
        reverse("feedback:item_detail", args=[item.pk]),
        {"to_status": "decided", "decision": "adopted", "reason": "Ik besluit zelf"},
    )
    assert response.status_code == 403


def test_editor_turns_comments_into_item(login, editor, comments, article):
    client = login(editor)
    form = client.get(reverse("feedback:item_create"), {"comments": [c.pk for c in comments]})
    assert "Meer voorbeelden" in form.content.decode()
    response = client.post(
        reverse("feedback:item_create"),
        {
            "title": "Voorbeelden toevoegen",
            "summary": "Twee professionals vragen om voorbeelden.",
            "building_blocks": [article.pk],
            "factor_level": "professional",
            "addressee": "task_team",
            "is_public": "on",
            "comments": [c.pk for c in comments],
        },
    )
    item = FeedbackItem.objects.get()
    assert response.status_code == 302 and response["Location"] == item.get_absolute_url()
    assert set(item.comments.all()) == set(comments)
    assert item.status == "received" and item.is_public and item.created_by == editor


def test_item_form_offers_building_blocks_not_every_page(login, editor, comments, article, home):
    """The picker lists the building blocks, and the page the bundled comments are on; not the
    home page, the sections or other pages of the site."""
    from samenspel.models import StandardPage
    from tests.toolkit.factories import BuildingBlockPageFactory, publish
    from toolkit.models import BuildingBlockIndexPage

    from .factories import FeedbackItemFactory

    index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
    block = publish(BuildingBlockPageFactory(parent=index, title="Tijdslijn"))
    other = home.add_child(instance=StandardPage(title="Colofon", slug="colofon"))
    client = login(editor)

    new = client.get(reverse("feedback:item_create"), {"comments": [comments[0].pk]})
    offered = set(new.context["form"].fields["building_blocks"].queryset)
    assert {block.page_ptr, article.page_ptr} <= offered
    assert home.page_ptr not in offered and other.page_ptr not in offered
    assert index.page_ptr not in offered

    item = FeedbackItemFactory(created_by=editor)
    edit = client.get(reverse("feedback:item_edit", args=[item.pk]))
    offered = set(edit.context["form"].fields["building_blocks"].queryset)
    assert offered == {block.page_ptr}


def test_notifications_about_what_became_of_a_comment_link_the_register(login, professional):
    html = login(professional).get(reverse("feedback:notifications")).content.decode()
    assert f'href="{reverse("feedback:register")}"' in html
