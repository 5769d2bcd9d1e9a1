"""Factories of feedback: comments on a page, feedback items and the notifications about them.

``CommentFactory(page=page, author=user)`` posts a comment on the page's latest revision (on the
whole page; pass ``anchor=<block id>`` for one step). ``FeedbackItemFactory()`` gives an item
as ``services.create_feedback_item`` leaves it: status "received", its first history entry, not
yet public; ``comments=[comment]`` links comments, ``decision=Decision.ADOPTED`` moves it on to a
decision as the task team does (through ``services.change_status``, which also notifies the
contributors).
``NotificationFactory(recipient=user)`` is an unread in-site message.
"""

import factory

from learning.feedback import services
from learning.feedback.choices import SourceKind, Status
from learning.feedback.models import Comment, FeedbackItem, FeedbackStatusChange, Notification
from tests.site.factories import UserFactory


class CommentFactory(factory.django.DjangoModelFactory):
    """A comment on ``page`` (required), anchored to the revision the reader saw."""

    class Meta:
        model = Comment

    author = factory.SubFactory(UserFactory)
    revision = factory.LazyAttribute(lambda c: c.page.latest_revision)
    anchor = ""
    body = factory.Sequence(lambda n: f"<p>Opmerking {n}: kan dit voorbeeld concreter?</p>")


class FeedbackItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackItem
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Voorbeeld bij stap {n}")
    summary = "Professionals vragen om een voorbeeld uit de praktijk."
    source_kind = SourceKind.COMMENT
    status = Status.RECEIVED
    is_public = False
    created_by = factory.SubFactory(UserFactory)

    @factory.post_generation
    def history(item, create, extracted, **kwargs):
        if create:
            FeedbackStatusChange.objects.create(
                item=item,
                from_status="",
                to_status=Status.RECEIVED,
                by=item.created_by,
                at=item.created_at,
            )

    @factory.post_generation
    def comments(item, create, extracted, **kwargs):
        if create and extracted:
            item.comments.add(*extracted)

    @factory.post_generation
    def decision(item, create, extracted, **kwargs):
        """``decision=Decision.ADOPTED`` moves the item to "decided" as the task team does."""
        if create and extracted:
            services.change_status(
                item,
                to_status=Status.DECIDED,
                decision=extracted,
                reason="Besproken in het opgaveteam.",
                by=item.created_by,
            )


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory)
    item = factory.SubFactory(FeedbackItemFactory)
    message = factory.LazyAttribute(
        lambda n: f"Je feedback \u2018{n.item.title}\u2019 is besproken."
    )
    read_at = None
