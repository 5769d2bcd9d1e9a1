"""The case bank's audit trail: every state change of a case writes one entry (actions, field
names and counts; never story text)."""

from .models import AuditEntry


def audit(case, action, actor=None, **details):
    return AuditEntry.objects.create(case=case, action=action, actor=actor, details=details)
