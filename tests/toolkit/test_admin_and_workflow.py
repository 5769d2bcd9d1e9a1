"""Editors work in the Wagtail admin through the task team's review workflow."""

import pytest
from wagtail.models import GroupApprovalTask, Workflow

from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage, HandbookPage


@pytest.mark.django_db
def test_workflow_review_by_task_team_and_admin_edit_view(toolkit_site, client, editor):
    workflow = Workflow.objects.get(name="Redactie werkwijze")
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == ["Opgaveteam"]
    block = BuildingBlockPage.objects.get(slug="privacy")
    assert block.get_workflow() == workflow
    assert HandbookPage.objects.get().get_workflow() == workflow
    assert BuildingBlockIndexPage.objects.get().get_workflow() == workflow

    client.force_login(editor)
    response = client.get(f"/admin/pages/{block.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="phases"' in html and 'value="wegen"' in html
    # Editors cannot publish directly: they submit for review.
    assert not block.permissions_for_user(editor).can_publish()
