import re

import pytest

from embed.models import EmbedRemark

pytestmark = pytest.mark.django_db

URL = "/embed/delft/bouwstenen/weging/"


def token(client, url=URL):
    html = client.get(url).content.decode()
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def test_remark_reaches_the_feedback_ledger_as_the_organisation(
    client, tree, delft_embed, django_capture_on_commit_callbacks
):
    from learning.feedback.models import FeedbackItem

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL,
            {
                "token": token(client),
                "helpful": "nee",
                "remark": "<script>x()</script>Stap 3 is <b>onduidelijk</b> voor de GI.",
            },
        )
    assert response.status_code == 303
    assert response["Location"] == URL + "?bedankt=1#feedback"
    remark = EmbedRemark.objects.get()
    assert remark.organisation == delft_embed.organisation and remark.helpful is False
    assert remark.remark == "<script>x()</script>Stap 3 is <b>onduidelijk</b> voor de GI."
    item = FeedbackItem.objects.get(pk=remark.feedback_item_id)
    assert item.source_kind == "embed" and item.created_by is None
    assert item.organisation == delft_embed.organisation
    assert remark.remark in item.summary  # plain text as typed; escaped where it is shown
    assert list(item.building_blocks.all()) == [tree.weging.page_ptr]
    thanks = client.get(response["Location"]).content.decode()
    assert "Dank je wel" in thanks


def test_yes_without_remark_is_counted_but_not_sent_to_the_ledger(
    client, tree, delft_embed, django_capture_on_commit_callbacks
):
    from learning.feedback.models import FeedbackItem

    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"token": token(client), "helpful": "ja", "remark": ""})
    assert EmbedRemark.objects.get().helpful is True
    assert not FeedbackItem.objects.exists()


def test_missing_answer_shows_a_dutch_error_and_keeps_the_text(client, tree, delft_embed):
    response = client.post(URL, {"token": token(client), "remark": "Mijn opmerking"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kies ja of nee." in html and "Mijn opmerking" in html
    assert not EmbedRemark.objects.exists()


def test_token_of_another_page_or_a_forged_one_is_refused(client, tree, delft_embed):
    other = token(client, "/embed/delft/bouwstenen/tijdslijn/")
    for forged in (other, "vervalst"):
        response = client.post(URL, {"token": forged, "helpful": "ja"})
        assert "Dit formulier is verlopen" in response.content.decode()
    assert not EmbedRemark.objects.exists()


def test_remarks_are_rate_limited_per_visitor_and_page(client, tree, delft_embed):
    form = {"token": token(client), "helpful": "ja"}
    statuses = [client.post(URL, form).status_code for _ in range(4)]
    assert statuses == [303, 303, 303, 429]
    assert EmbedRemark.objects.count() == 3
    # Another visitor (address) is not affected, and nothing about the address is stored.
    assert client.post(URL, form, REMOTE_ADDR="192.0.2.7").status_code == 303
    fields = {field.name for field in EmbedRemark._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "ip_hash", "user_agent", "user"}
