"""Demo content for the feedback loop: a few comments by demo users on building blocks and two
feedback items in different states. Idempotent: everything is looked up before it is created."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from toolkit.models import BuildingBlockPage
from toolkit.vocabulary import FactorLevel

from . import services
from .anchors import blocks_of_revision
from .choices import Addressee, CommentKind, Decision, Status
from .models import Comment, FeedbackItem

# (author e-mail, building block slug or None for "the first one", kind, text, hide name)
COMMENTS = [
    (
        "professional.lt@samenspel.example",
        CommentKind.QUESTION,
        "Hoe doe ik dit als ouders geen toestemming geven om de jeugdbeschermer erbij te halen? "
        "Mag ik dan wel anoniem advies vragen?",
        False,
    ),
    (
        "professional.gi@samenspel.example",
        CommentKind.PRACTICE,
        "Bij ons werkte het goed om deze stap samen met het gezin aan de keukentafel te doen, "
        "met een groot vel papier. Ouders voelden zich daardoor meer gehoord.",
        False,
    ),
    (
        "gedragswetenschapper@samenspel.example",
        CommentKind.BARRIER,
        "Onze registratieafspraken staan niet toe dat we het plan in één gezamenlijk document "
        "bijhouden. Daardoor werken we toch met twee plannen naast elkaar.",
        True,
    ),
]

ITEMS = [
    {
        "title": "Toestemming van ouders bij anoniem advies verduidelijken",
        "summary": "Professionals vragen wat wel en niet kan als ouders (nog) geen toestemming "
        "geven. De bouwsteen beschrijft dit nu te summier.",
        "comments": [0],
        "factor_level": FactorLevel.PROFESSIONAL,
        "addressee": Addressee.TASK_TEAM,
        "to": [(Status.IN_PROGRESS, "", "")],
    },
    {
        "title": "Eén gezamenlijk plan mogelijk maken in de registratie",
        "summary": "De registratieafspraken van organisaties staan een gezamenlijk plan in de "
        "weg. Dit vraagt een besluit buiten het Opgaveteam.",
        "comments": [2],
        "factor_level": FactorLevel.ORGANISATION,
        "addressee": Addressee.ORGANISATION_MANAGEMENT,
        "to": [
            (
                Status.DECIDED,
                Decision.PARTLY,
                "De werkwijze beschrijft voortaan hoe je een gezamenlijk plan maakt binnen de "
                "bestaande systemen; aanpassing van de registratie is voorgelegd aan het "
                "Opdrachtgeversoverleg.",
            )
        ],
    },
]


def building_blocks():
    return list(Page.objects.type(BuildingBlockPage).live().order_by("path"))


def seed(log=print):
    users = {user.email: user for user in get_user_model().objects.filter(email__contains="@")}
    editor = users.get("taskteam@samenspel.example")
    blocks = building_blocks()
    if not blocks or editor is None:
        log("learning.feedback: no building blocks or demo users yet; nothing seeded")
        return
    comments = []
    for index, (email, kind, text, hide_name) in enumerate(COMMENTS):
        page = blocks[index % len(blocks)]
        anchors = blocks_of_revision(page.live_revision)
        comment, _created = Comment.objects.get_or_create(
            page=page,
            author=users[email],
            kind=kind,
            defaults={
                "anchor": anchors[0][0] if anchors else "",
                "revision": page.live_revision,
                "body": f"<p>{text}</p>",
                "hide_name": hide_name,
            },
        )
        comments.append(comment)
    created = 0
    for spec in ITEMS:
        if FeedbackItem.objects.filter(title=spec["title"]).exists():
            continue
        item_comments = [comments[i] for i in spec["comments"]]
        item = services.create_feedback_item(
            title=spec["title"],
            summary=spec["summary"],
            created_by=editor,
            source_kind="comment",
            building_blocks=[c.page for c in item_comments],
        )
        item.comments.set(item_comments)
        item.factor_level, item.addressee, item.is_public = (
            spec["factor_level"],
            spec["addressee"],
            True,
        )
        item.save()
        for status, decision, reason in spec["to"]:
            services.change_status(
                item, to_status=status, decision=decision, reason=reason, by=editor
            )
        created += 1
    log(f"learning.feedback: {len(comments)} comments, {created} new feedback items")
