import pytest

from learning.feedback import demo
from learning.feedback.models import Comment, FeedbackItem, FeedbackStatusChange, Notification

pytestmark = pytest.mark.django_db


def counts():
    return [
        model.objects.count()
        for model in (Comment, FeedbackItem, FeedbackStatusChange, Notification)
    ]


def test_demo_seed_is_idempotent_and_has_items_in_two_states(demo_site):
    first = counts()
    assert first[0] == 3
    assert set(FeedbackItem.objects.values_list("status", flat=True)) == {
        "in_progress",
        "decided",
    }
    demo.seed(log=lambda *args: None)
    assert counts() == first
