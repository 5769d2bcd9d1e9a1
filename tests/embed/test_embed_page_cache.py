"""Embed answers come from the anonymous page cache, and still count views and follow the
organisation's settings at once."""

import pytest

from samenspel.embed.models import EmbedDailyViews

pytestmark = pytest.mark.django_db

URL = "/embed/delft/bouwstenen/weging/"


def test_cached_embed_views_are_still_counted(client, tree, delft_embed, django_assert_num_queries):
    client.get(URL)
    with django_assert_num_queries(1):  # the counter's UPDATE, nothing else
        assert client.get(URL)["X-Samenspel-Cache"] == "hit"
    client.get(URL + "?bedankt=1")
    assert client.get(URL + "?bedankt=1")["X-Samenspel-Cache"] == "hit"  # not a view
    counter = EmbedDailyViews.objects.get(organisation=delft_embed.organisation, page=tree.weging)
    assert counter.views == 2


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
