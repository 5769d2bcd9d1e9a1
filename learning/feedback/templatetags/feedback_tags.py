from django import template

register = template.Library()


@register.inclusion_tag("feedback/includes/release_items.html")
def feedback_items_for_release(release):
    """The feedback items a method release resolved (public register wording only)."""
    from ..models import FeedbackItem

    items = []
    if release is not None:
        items = list(FeedbackItem.objects.public().filter(release=release).order_by("title"))
    return {"items": items, "release": release}


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    request = context["request"]
    if not request.user.is_authenticated:
        return 0
    return request.user.feedback_notifications.filter(read_at__isnull=True).count()
