"""Cache invalidation of feedback, declared to the shell (samenspel.signals): the comment
threads a page shows are shared per audience (``feedback.threads``) until a comment is saved or
deleted (posted, edited, hidden, restored, deleted) or a member's shown name changes. A user's
``last_login``, written at every log-in, shows nowhere in a thread."""

from django.contrib.auth import get_user_model

from samenspel.cache import COMMENTS
from samenspel.signals import bump_on_change

from .models import Comment

bump_on_change(COMMENTS, Comment, get_user_model(), except_fields={"last_login"})
