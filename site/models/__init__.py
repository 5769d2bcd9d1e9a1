from .accounts import User
from .organisations import Invitation, Membership, Organisation
from .pages import HomePage, StandardPage
from .tasks import TaskReceipt

__all__ = [
    "HomePage",
    "Invitation",
    "Membership",
    "Organisation",
    "StandardPage",
    "TaskReceipt",
    "User",
]
