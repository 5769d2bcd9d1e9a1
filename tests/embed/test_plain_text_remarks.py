"""Issue 13, finding 9: a remark is plain text, stored as typed and escaped wherever it is shown."""

import re

import pytest
from django.urls import reverse

from embed.models import EmbedRemark
from learning.feedback.models import FeedbackItem

pytestmark = pytest.mark.django_db

URL = "/embed/delft/bouwstenen/weging/"
TYPED = "<script>alert(1)</script> en &lt;b&gt; blijft &lt;b&gt;"


def post_remark(client, text):
    html = client.get(URL).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return client.post(URL, {"token": token, "helpful": "nee", "remark": text})


def test_remark_is_stored_as_typed_and_shown_escaped_everywhere(
    client, tree, delft_embed, task_team, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post_remark(client, TYPED).status_code == 303
    remark = EmbedRemark.objects.get()
    assert remark.remark == TYPED  # not stripped, not decoded
    item = FeedbackItem.objects.get(pk=remark.feedback_item_id)
    item.is_public = True
    item.save()

    shown_escaped = "&lt;script&gt;alert(1)&lt;/script&gt; en &amp;lt;b&amp;gt; blijft"
    client.force_login(task_team)
    for url in (
        reverse("feedback:item_detail", args=[item.pk]),
        reverse("feedback:register_detail", args=[item.pk]),
    ):
        html = client.get(url).content.decode()
        assert shown_escaped in html, url
        assert "<script>alert(1)" not in html, url


def test_remark_with_errors_is_shown_back_escaped(client, tree, delft_embed):
    html = client.post(URL, {"remark": TYPED}).content.decode()  # no answer, no token
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert not EmbedRemark.objects.exists()
