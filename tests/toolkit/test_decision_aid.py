"""The decision aid "Wanneer product 2a?": every path ends in advice, plain GET forms."""

from urllib.parse import parse_qs, urlparse

import pytest

from toolkit import demo
from toolkit.demo_content import DECISION_AID_2A
from toolkit.models import HandbookPage, ProductIndexPage

from .factories import ProductIndexPageFactory, publish


@pytest.fixture
def decision_aid(site_tree):
    """The products chapter with the decision aid "Wanneer product 2a?" under the handbook."""
    return publish(
        ProductIndexPageFactory(
            parent=HandbookPage.objects.get(), decision_aid=demo.decision_aid_stream()
        )
    )


def all_paths(node_id="start", path=()):
    nodes = DECISION_AID_2A["nodes"]
    node_id = DECISION_AID_2A["start"] if node_id == "start" else node_id
    node = nodes[node_id]
    if "advice" in node:
        yield path, node
        return
    for answer in node["answers"]:
        yield from all_paths(answer["next"], (*path, answer["next"]))


@pytest.mark.django_db
def test_every_answer_path_ends_in_the_expected_advice(decision_aid, client):
    index = ProductIndexPage.objects.get()
    url = index.url + "wanneer-product-2a/"
    first = client.get(url)
    assert first.status_code == 200
    assert DECISION_AID_2A["nodes"][DECISION_AID_2A["start"]]["question"] in first.content.decode()
    assert "<script" not in first.content.decode().split("<main")[1].split("</main>")[0]
    paths = list(all_paths())
    assert len(paths) >= 3
    for answers, advice in paths:
        pad = DECISION_AID_2A["start"]
        for answer in answers:
            response = client.get(url, {"pad": pad, "answer": answer})
            assert response.status_code == 302
            pad = parse_qs(urlparse(response["Location"]).query)["pad"][0]
        html = client.get(url, {"pad": pad}).content.decode()
        assert advice["advice"] in html, answers


@pytest.mark.django_db
def test_decision_aid_rejects_bad_answers_with_a_dutch_message(decision_aid, client):
    url = ProductIndexPage.objects.get().url + "wanneer-product-2a/"
    start = DECISION_AID_2A["start"]
    response = client.get(url, {"pad": start, "answer": "verzonnen"})
    assert response.status_code == 200
    assert "Dat antwoord hoort niet bij deze vraag" in response.content.decode()
    response = client.get(url, {"pad": start, "answer": ""})
    assert "Kies een van de antwoorden." in response.content.decode()
    # A forged path falls back to the valid part of it.
    response = client.get(url, {"pad": f"{start},niet-bestaand"})
    assert response.status_code == 200
    assert DECISION_AID_2A["nodes"][start]["question"] in response.content.decode()


@pytest.mark.django_db
def test_submitting_without_an_answer_says_so(decision_aid, client):
    """The form as a browser sends it with no radio button chosen: only the hidden fields. It
    used to show the question again without a word; now it says what is missing."""
    url = ProductIndexPage.objects.get().url + "wanneer-product-2a/"
    start = DECISION_AID_2A["start"]
    first = client.get(url).content.decode()
    assert f'name="vraag" value="{start}"' in first
    response = client.get(url, {"pad": start, "vraag": start})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kies een van de antwoorden." in html
    assert 'aria-invalid="true"' in html
    assert DECISION_AID_2A["nodes"][start]["question"] in html
    # A shared address of a step (only the path) shows the question without an error.
    assert "Kies een van de antwoorden." not in client.get(url, {"pad": start}).content.decode()
