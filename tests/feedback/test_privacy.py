"""The feedback app's part of "Mijn gegevens" and of account deletion."""

from wagtail.models import Page

from learning.feedback.models import Comment, PageFollow
from samenspel.models import HomePage
from samenspel.privacy.registry import erase_user, export_user_data


def test_download_holds_own_comments_and_deletion_keeps_them(professional, db):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Start", slug="start"))
    Comment.objects.create(page=home, author=professional, kind="question", body="<p>Hoe?</p>")
    PageFollow.objects.create(user=professional, page=home)

    data = export_user_data(professional)["sections"]["feedback"]["data"]
    assert data["comments"][0]["body"] == "<p>Hoe?</p>"
    assert data["followed_pages"] == ["Start"]

    erase_user(professional)
    assert Comment.objects.filter(author=professional).count() == 1
    assert not PageFollow.objects.filter(user=professional).exists()
