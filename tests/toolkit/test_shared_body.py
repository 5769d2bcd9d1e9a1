"""A building block's body is rendered once and shared by every reader; each reader's comment
threads are filled in per request, so a new comment shows at once."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_new_comments_show_at_once_in_a_shared_body(building_block, client, professional):
    page = building_block
    step_id = page.steps[0].id
    client.force_login(professional)
    before = client.get(page.url).content.decode()
    assert f'data-anchor="{step_id}"' in before
    assert "<!--" not in before.split("<article", 1)[1].split("</article>", 1)[0]  # all filled
    response = client.post(
        reverse("feedback:comment_create"),
        {
            "page": page.pk,
            "revision": page.live_revision_id,
            "anchor": step_id,
            "kind": "practice",
            "body": "In Delft wegen we altijd met zijn drieën.",
        },
    )
    assert response.status_code == 302
    after = client.get(page.url).content.decode()
    thread = after[after.index(f'data-anchor="{step_id}"') :]
    thread = thread[: thread.index("</section>")]
    assert "In Delft wegen we altijd met zijn drieën." in thread
    # Every block keeps its own form: anchors and field ids are per block.
    assert after.count(f'name="anchor" value="{step_id}"') >= 1
    assert after.count(f'id="id_comment_{step_id}_body"') == 1


def test_a_reader_is_told_once_that_the_block_changed_since_their_visit(
    building_block, client, professional
):
    page = building_block
    client.force_login(professional)
    assert "sinds je vorige bezoek" not in client.get(page.url).content.decode()
    page.summary = "Een nieuwe samenvatting."
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "sinds je vorige bezoek" in html
    assert "Een nieuwe samenvatting." in html
    assert "sinds je vorige bezoek" not in client.get(page.url).content.decode()


def test_every_comment_region_has_a_name_of_its_own(building_block, client, professional):
    """Screen-reader users move between regions by name: "Reacties bij stap 2: Besluiten",
    not a dozen regions all called "Reacties"."""
    from bs4 import BeautifulSoup

    page = building_block
    client.force_login(professional)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    names = [section["aria-label"] for section in soup.select("section.comments")]
    assert "Reacties bij stap 1: Zorgen wegen" in names
    assert "Reacties bij stap 2: Besluiten" in names
    assert any(name.startswith("Reacties bij tip 1: Bel elkaar") for name in names)
    assert (
        len(names)
        == len(set(names))
        == len(page.steps) + len(page.tips) + len(page.worksheets) + len(page.pitfalls)
    )
