from .accounts import User
from .organisations import Invitation, Membership, Organisation
from .pages import HomePage, StandardPage

__all__ = ["HomePage", "Invitation", "Membership", "Organisation", "StandardPage", "User"]
