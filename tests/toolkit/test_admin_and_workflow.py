"""Editors work in the Wagtail admin through the task team's review workflow."""

import pytest
from wagtail.models import GroupApprovalTask, Workflow

from toolkit import demo
from toolkit.models import BuildingBlockIndexPage, HandbookPage

from .factories import BuildingBlockPageFactory, publish


@pytest.fixture
def method_under_workflow(site_tree):
    """The handbook and the building blocks under the editorial workflow, with one block."""
    index = BuildingBlockIndexPage.objects.get()
    demo.seed_workflow(HandbookPage.objects.get(), index)
    return publish(BuildingBlockPageFactory(parent=index, title="Privacy", slug="privacy"))


@pytest.mark.django_db
def test_workflow_review_by_task_team_and_admin_edit_view(method_under_workflow, client, editor):
    workflow = Workflow.objects.get(name="Redactie werkwijze")
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == ["Opgaveteam"]
    block = method_under_workflow
    assert block.get_workflow() == workflow
    assert HandbookPage.objects.get().get_workflow() == workflow
    assert BuildingBlockIndexPage.objects.get().get_workflow() == workflow

    client.force_login(editor)
    response = client.get(f"/admin/pages/{block.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="phases"' in html and 'value="weigh"' in html
    # Editors cannot publish directly: they submit for review.
    assert not block.permissions_for_user(editor).can_publish()
