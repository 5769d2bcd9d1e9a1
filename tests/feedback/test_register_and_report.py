"""The public register shows no personal data; the period report's figures on a known data set."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.feedback import reports, services
from learning.feedback.models import Comment, FeedbackItem

from .conftest import STEP_ONE

pytestmark = pytest.mark.django_db


def moment(year, month, day):
    return datetime.datetime(year, month, day, 12, tzinfo=timezone.get_current_timezone())


def item_received(title, received, by, blocks=()):
    item = services.create_feedback_item(
        title=title, summary="", created_by=by, source_kind="comment", building_blocks=blocks
    )
    FeedbackItem.objects.filter(pk=item.pk).update(created_at=received)
    item.history.update(at=received)
    item.refresh_from_db()
    return item


@pytest.fixture
def block_pages(home):
    from samenspel.models import StandardPage

    return [
        home.add_child(instance=StandardPage(title=title, slug=title.lower()))
        for title in ("Tijdslijn", "Weging")
    ]


@pytest.fixture
def known_data(editor, block_pages):
    tijdslijn, weging = block_pages
    a = item_received("A", moment(2026, 1, 5), editor, [tijdslijn])
    services.change_status(a, to_status="in_progress", by=editor, at=moment(2026, 1, 10))
    services.change_status(
        a,
        to_status="decided",
        decision="adopted",
        reason="Ja",
        by=editor,
        at=moment(2026, 1, 15),
    )
    b = item_received("B", moment(2026, 2, 1), editor, [tijdslijn, weging])
    services.change_status(
        b,
        to_status="decided",
        decision="rejected",
        reason="Nee",
        by=editor,
        at=moment(2026, 2, 21),
    )
    c = item_received("C", moment(2026, 3, 1), editor, [weging])
    services.change_status(c, to_status="in_progress", by=editor, at=moment(2026, 3, 5))
    d = item_received("D", moment(2026, 3, 20), editor)
    services.change_status(
        d,
        to_status="decided",
        decision="partly",
        reason="Later",
        by=editor,
        at=moment(2026, 4, 10),
    )
    e = item_received("E", moment(2025, 12, 1), editor)
    services.change_status(
        e,
        to_status="decided",
        decision="partly",
        reason="Deels",
        by=editor,
        at=moment(2026, 3, 31),
    )
    return a, b, c, d, e


def test_period_report_figures(known_data):
    period = reports.parse_period("2026-K1")
    report = reports.period_report(period)
    assert report.status_counts == {
        "received": 1,  # D was decided only after the quarter
        "in_progress": 1,
        "decided": 3,
        "released": 0,
    }
    assert report.received_in_period == 4
    assert [(c.item.title, c.decision) for c in report.decisions] == [
        ("A", "adopted"),
        ("B", "rejected"),
        ("E", "partly"),
    ]
    # Days to decision: A 10, B 20, E 120 → median 20.
    assert [round(c.days_to_decision) for c in report.decisions] == [10, 20, 120]
    assert report.median_days_to_decision == pytest.approx(20, abs=0.1)
    blocks = {title: (counts, total) for title, counts, total in report.building_block_counts}
    assert blocks["Tijdslijn"] == ([0, 0, 2, 0], 2)
    assert blocks["Weging"] == ([0, 1, 1, 0], 2)
    assert blocks[""] == ([1, 0, 1, 0], 2)


def test_month_period_and_bad_period(login, task_team, known_data):
    report = reports.period_report(reports.parse_period("2026-02"))
    assert [c.item.title for c in report.decisions] == ["B"]
    assert reports.parse_period("2026-13") is None
    response = login(task_team).get(reverse("feedback:report"), {"periode": "vorig jaar"})
    assert response.status_code == 400
    assert "vorig jaar" in response.content.decode()


def test_report_page_shows_median(login, task_team, known_data):
    html = login(task_team).get(reverse("feedback:report"), {"periode": "2026-K1"}).content.decode()
    assert "20,0" in html
    assert "Niet overgenomen" in html


def test_dashboard_flags_old_items_and_csv_export(login, editor, known_data):
    client = login(editor)
    html = client.get(reverse("feedback:dashboard")).content.decode()
    assert "(te laat)" in html  # C is open and months old
    response = client.get(reverse("feedback:export_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["id", "titel", "status"]
    assert sorted(row[1] for row in rows[1:]) == ["A", "B", "C", "D", "E"]
    assert editor.email not in response.content.decode()


def test_register_shows_no_personal_data(client, professional, editor, article):
    professional.display_name = "Lotte Jansen"
    professional.save()
    comment = Comment.objects.create(
        page=article,
        anchor=STEP_ONE,
        author=professional,
        kind="barrier",
        body="<p>Geheime casusdetails van gezin De Vries</p>",
    )
    item = services.create_feedback_item(
        title="Registratie staat gezamenlijk plan in de weg",
        summary="Samenvatting door team",
        created_by=editor,
        source_kind="comment",
        source_object=comment,
        building_blocks=[article],
    )
    item.is_public = True
    item.save()
    services.change_status(
        item, to_status="decided", decision="partly", reason="Voorgelegd aan de regio", by=editor
    )
    hidden = services.create_feedback_item(
        title="Nog niet nagekeken", summary="", created_by=editor, source_kind="lot"
    )
    listing = client.get(reverse("feedback:register")).content.decode()
    detail = client.get(reverse("feedback:register_detail", args=[item.pk])).content.decode()
    for html in (listing, detail):
        assert "Registratie staat gezamenlijk plan in de weg" in html
        for personal in (
            "Lotte",
            "Jansen",
            professional.email,
            editor.email,
            "De Vries",
            editor.public_name,
        ):
            assert personal not in html
    assert "Voorgelegd aan de regio" in detail
    assert "Nog niet nagekeken" not in listing
    assert client.get(reverse("feedback:register_detail", args=[hidden.pk])).status_code == 404


def test_register_filters(client, editor, block_pages):
    tijdslijn, weging = block_pages
    for title, blocks in (("Over tijdslijn", [tijdslijn]), ("Over weging", [weging])):
        item = services.create_feedback_item(
            title=title, summary="", created_by=editor, source_kind="lot", building_blocks=blocks
        )
        item.is_public = True
        item.save()
    FeedbackItem.objects.filter(title="Over weging").update(status="in_progress")
    by_block = client.get(
        reverse("feedback:register"), {"bouwsteen": tijdslijn.pk}
    ).content.decode()
    assert "Over tijdslijn" in by_block and "Over weging" not in by_block
    by_status = client.get(reverse("feedback:register"), {"status": "in_progress"}).content.decode()
    assert "Over weging" in by_status and "Over tijdslijn" not in by_status
