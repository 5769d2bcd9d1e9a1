from .comments import Comment, CommentReport, ModerationAction
from .items import FeedbackItem, FeedbackStatusChange
from .notifications import Notification, NotificationPreference, PageFollow, PageVisit

__all__ = [
    "Comment",
    "CommentReport",
    "FeedbackItem",
    "FeedbackStatusChange",
    "ModerationAction",
    "Notification",
    "NotificationPreference",
    "PageFollow",
    "PageVisit",
]
