"""Permission rules of the feedback app; every check goes through samenspel.permissions.can."""

import rules

from samenspel.permissions import is_member, is_method_owner

from .services import can_still_edit


@rules.predicate
def is_author(user, comment):
    return comment is not None and comment.author_id == user.pk


@rules.predicate
def within_edit_window(user, comment):
    return comment is not None and can_still_edit(comment)


@rules.predicate
def is_not_hidden(user, comment):
    return comment is not None and not comment.is_hidden and comment.deleted_at is None


@rules.predicate
def is_logged_in(user):
    return user.is_authenticated


# Professionals (any member of an organisation) read and write comments; the method owners
# (editors, task team, superusers) moderate and run the ledger.
rules.add_perm("feedback.post_comment", is_member | is_method_owner)
# Names Wagtail's model permission policy asks for in the moderation admin (no add, no delete:
# moderation hides with a reason, it never removes).
rules.add_perm("feedback.change_comment", is_method_owner)
rules.add_perm("feedback.view_comment", is_method_owner)
rules.add_perm("feedback.view_comments", is_member | is_method_owner)
rules.add_perm("feedback.report_comment", is_logged_in)
rules.add_perm("feedback.change_own_comment", is_author & within_edit_window & is_not_hidden)
rules.add_perm("feedback.delete_own_comment", is_author & within_edit_window & is_not_hidden)
rules.add_perm("feedback.moderate_comment", is_method_owner)
rules.add_perm("feedback.see_author", is_method_owner)
rules.add_perm("feedback.manage_items", is_method_owner)
rules.add_perm("feedback.view_dashboard", is_method_owner)
rules.add_perm("feedback.follow_page", is_logged_in)
