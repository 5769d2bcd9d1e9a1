"""Embed answers come from the anonymous page cache, and still count views and follow the
organisation's settings at once."""

import pytest
from django.core.management import call_command

from embed.models import EmbedDailyViews
from embed.services import VIEW_BATCH, usage_per_page

pytestmark = pytest.mark.django_db

URL = "/embed/delft/bouwstenen/weging/"


def test_cached_embed_views_are_still_counted(client, tree, delft_embed, django_assert_num_queries):
    client.get(URL)
    with django_assert_num_queries(0):  # counted in the cache
        assert client.get(URL)["X-Samenspel-Cache"] == "hit"
    client.get(URL + "?bedankt=1")
    assert client.get(URL + "?bedankt=1")["X-Samenspel-Cache"] == "hit"  # not a view
    assert usage_per_page(delft_embed.organisation) == [("Weging", tree.weging.pk, 2)]


def test_view_counts_reach_the_database_in_batches(client, tree, delft_embed):
    def stored():
        row = EmbedDailyViews.objects.filter(organisation=delft_embed.organisation).first()
        return row.views if row else None

    for _ in range(VIEW_BATCH - 1):
        client.get(URL)
    assert stored() == 0  # the day's row exists; the views wait in the cache
    client.get(URL)
    assert stored() == VIEW_BATCH
    client.get(URL)
    call_command("flush_embed_views")
    assert stored() == VIEW_BATCH + 1


def test_changed_settings_and_supplements_show_at_once(client, tree, delft_embed, delft_supplement):
    client.get(URL)
    assert client.get(URL)["X-Samenspel-Cache"] == "hit"
    delft_embed.allowed_origins = ["https://nieuw-intranet.delft.nl"]
    delft_embed.save()
    response = client.get(URL)
    assert "X-Samenspel-Cache" not in response
    assert "frame-ancestors https://nieuw-intranet.delft.nl" in response["Content-Security-Policy"]
    delft_supplement.text = "<p>Vanaf 1 januari doet het wijkteam de weging.</p>"
    delft_supplement.save()
    assert "Vanaf 1 januari" in client.get(URL).content.decode()


def test_oembed_answers_are_cached_until_a_publish(
    client, tree, delft_embed, django_assert_num_queries
):
    from urllib.parse import quote

    url = "/oembed/?format=json&url=" + quote("http://testserver" + URL, safe="")
    assert client.get(url).json()["title"] == "Weging"
    with django_assert_num_queries(0):
        repeat = client.get(url)
    assert repeat["X-Samenspel-Cache"] == "hit" and repeat.json()["title"] == "Weging"
    tree.weging.title = "Samen wegen"
    tree.weging.save_revision().publish()
    assert client.get(url).json()["title"] == "Samen wegen"
