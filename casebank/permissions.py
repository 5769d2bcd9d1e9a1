"""Case bank rules, asked through ``samenspel.permissions.can``.

Published cases are for logged-in members of participating organisations (anyone with at least
one membership). Drafts are for their submitter; once the submitter confirms, for the reviewers
(editors and task team) too. The second approval must come from a reviewer other than the
submitter: the two-person rule (also enforced in ``approval.approve``).
"""

import rules

from samenspel.permissions import is_editor, is_member, is_superuser, is_task_team

from .choices import Status

is_reviewer = is_editor | is_task_team


def can_read_cases(user):
    return user.is_authenticated and (user.is_superuser or is_member(user))


@rules.predicate
def is_submitter(user, case):
    return case is not None and case.submitter_id is not None and case.submitter_id == user.pk


@rules.predicate
def is_published(user, case):
    return case is not None and case.status == Status.PUBLISHED


@rules.predicate
def is_awaiting_approval(user, case):
    return case is not None and case.status == Status.AWAITING_APPROVAL


@rules.predicate
def is_decided_draft(user, case):
    return case is not None and case.status in (Status.AWAITING_APPROVAL, Status.REJECTED)


@rules.predicate
def is_in_submitter_review(user, case):
    return case is not None and case.status == Status.REVIEW


can_read = is_member | is_superuser

rules.add_perm("casebank.read_cases", can_read)
rules.add_perm("casebank.submit_case", is_member)
rules.add_perm(
    "casebank.view_case",
    (can_read & is_published) | is_submitter | ((is_reviewer | is_superuser) & is_decided_draft),
)
# The side-by-side screen with the raw story: the submitter only, and only during their review.
rules.add_perm("casebank.review_own_draft", is_submitter & is_in_submitter_review)
rules.add_perm(
    "casebank.approve_case", (is_reviewer | is_superuser) & ~is_submitter & is_awaiting_approval
)
rules.add_perm("casebank.react", can_read & is_published)
rules.add_perm("casebank.moderate_reactions", is_reviewer | is_superuser)
