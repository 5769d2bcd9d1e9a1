"""The shell's own registrations (accounts, memberships, invitations), found by ``discover()``
like every app's ``privacy.py``; they live in ``core``."""

from . import core  # noqa: F401
