from django import template

from ..models import FeedbackItem

register = template.Library()


@register.inclusion_tag("feedback/includes/release_items.html")
def feedback_items_for_release(release):
    """The feedback items a method release resolved (public register wording only)."""
    items = []
    if release is not None:
        items = list(FeedbackItem.objects.public().filter(release=release).order_by("title"))
    return {"items": items, "release": release}
