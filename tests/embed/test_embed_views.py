import re

import pytest
from django.utils import timezone

from embed.models import EmbedDailyViews
from embed.services import flush_view_counts, usage_per_page

pytestmark = pytest.mark.django_db


def test_building_block_renders_chrome_less_in_theme_with_supplement(
    client, tree, delft_embed, delft_supplement
):
    response = client.get("/embed/delft/bouwstenen/weging/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "--colour-primary: #6a1b9a" in html
    assert "site-header" not in html and "site-nav" not in html and "site-footer" not in html
    assert "<h1>Weging</h1>" in html and "Het doel van de weging." in html
    supplement = html[html.index('class="embed-supplement"') :]
    assert "Zo doen wij dit in Delft" in supplement
    assert "In Delft doet de casuscoördinator de weging samen met de GI." in supplement
    # The supplement comes after the regional text, which is unchanged.
    assert html.index("Het doel van de weging.") < html.index('class="embed-supplement"')
    assert 'href="http://testserver/bouwstenen/weging/"' in html  # open on the full site
    assert 'data-allowed-origins="[&quot;https://intranet.delft.nl&quot;]"' in html


def test_supplements_are_per_organisation(client, tree, delft_supplement, zoetermeer):
    response = client.get("/embed/zoetermeer/bouwstenen/weging/")
    assert "embed-supplement" not in response.content.decode()


def test_links_stay_in_the_embed_and_others_open_outside(client, tree, delft_embed):
    html = client.get("/embed/delft/bouwstenen/tijdslijn/").content.decode()
    assert 'href="/embed/delft/bouwstenen/weging/"' in html
    # The home page is not embeddable: it opens on the full site, outside the frame.
    assert re.search(r'<a href="http://testserver/" target="_blank" rel="noopener">', html)
    assert re.search(
        r'<a href="https://www.example.org/richtlijn" target="_blank" rel="noopener">', html
    )


def test_handbook_index_and_glossary_are_embeddable(client, tree, delft_embed):
    handbook = client.get("/embed/delft/handboek/").content.decode()
    assert 'href="/embed/delft/handboek/privacy/"' in handbook
    glossary = client.get("/embed/delft/handboek/begrippen/").content.decode()
    assert "Jeugdbeschermingstafel" in glossary and "JBT" in glossary
    blocks = client.get("/embed/delft/bouwstenen/").content.decode()
    assert 'href="/embed/delft/bouwstenen/weging/"' in blocks


@pytest.mark.parametrize(
    "path",
    [
        "/embed/delft/casusbank/",
        "/embed/delft/leren/",
        "/embed/delft/bouwstenen/besloten/",
        "/embed/delft/toegankelijkheid/",
        "/embed/delft/",
        "/embed/delft/bouwstenen/bestaat-niet/",
        "/embed/onbekend/bouwstenen/weging/",
    ],
)
def test_never_embeddable_or_unknown_pages_are_404(client, tree, delft_embed, path):
    assert client.get(path).status_code == 404


def test_unpublished_page_is_404(client, tree, delft_embed):
    tree.tijdslijn.unpublish()
    assert client.get("/embed/delft/bouwstenen/tijdslijn/").status_code == 404


def test_views_are_counted_per_organisation_page_and_day(client, tree, delft_embed, zoetermeer):
    for _ in range(3):
        client.get("/embed/delft/bouwstenen/weging/")
    client.get("/embed/delft/handboek/")
    client.get("/embed/zoetermeer/bouwstenen/weging/")
    client.get("/embed/delft/casusbank/")  # refused, so not counted
    today = timezone.localdate()
    assert usage_per_page(delft_embed.organisation) == [  # writes the cached counts first
        ("Weging", tree.weging.pk, 3),
        ("Handboek", tree.handbook.pk, 1),
    ]
    weging = EmbedDailyViews.objects.get(organisation=delft_embed.organisation, page=tree.weging)
    assert (weging.date, weging.views) == (today, 3)
    flush_view_counts()  # what the daily job does
    assert EmbedDailyViews.objects.filter(organisation=zoetermeer).get().views == 1
    # Only aggregates: no column could hold an address, agent or cookie.
    columns = {field.name for field in EmbedDailyViews._meta.get_fields()}
    assert columns == {"id", "organisation", "page", "date", "views"}


def test_old_days_drop_out_of_the_thirty_day_usage(tree, delft_embed):
    from embed.services import record_view

    today = timezone.localdate()
    record_view(delft_embed.organisation, tree.weging, day=today - timezone.timedelta(days=30))
    record_view(delft_embed.organisation, tree.weging, day=today - timezone.timedelta(days=29))
    assert usage_per_page(delft_embed.organisation, today=today) == [("Weging", tree.weging.pk, 1)]


def test_embed_body_is_cached_until_a_page_is_published(client, tree, delft_embed):
    url = "/embed/delft/bouwstenen/weging/"
    assert "Het doel van de weging." in client.get(url).content.decode()
    # A change that bypasses publishing is not seen: the body comes from the cache.
    type(tree.weging).objects.filter(pk=tree.weging.pk).update(purpose="<p>Ongepubliceerd.</p>")
    assert "Het doel van de weging." in client.get(url).content.decode()

    tree.weging.purpose = "<p>Een nieuw geformuleerd doel.</p>"
    tree.weging.save_revision().publish()
    html = client.get(url).content.decode()
    assert "Een nieuw geformuleerd doel." in html
    assert "Het doel van de weging." not in html
