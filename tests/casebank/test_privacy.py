"""The case bank's part of "Mijn gegevens" and of the retention rules."""

from datetime import timedelta

from django.utils import timezone

from casebank.models import Case, RawSubmission
from samenspel.privacy.registry import apply_retention, export_user_data


def test_download_lists_the_submitters_cases(draft, professional):
    data = export_user_data(professional)["sections"]["casebank"]["data"]
    assert [case["title"] for case in data["submitted_cases"]] == [draft.title]


def test_retention_removes_raw_stories_untouched_for_30_days(draft):
    RawSubmission.objects.filter(case=draft).update(updated_at=timezone.now() - timedelta(days=31))
    removed = apply_retention()
    assert removed["casebank.raw_submissions"] == 1
    assert not RawSubmission.objects.filter(case=draft).exists()
    assert Case.objects.get(pk=draft.pk).status == "abandoned"


def test_retention_keeps_recent_raw_stories(draft):
    assert apply_retention()["casebank.raw_submissions"] == 0
    assert RawSubmission.objects.filter(case=draft).exists()
