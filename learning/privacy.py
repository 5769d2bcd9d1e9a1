"""What the LOT and questionnaire part keeps about people, for the privacy statement and the
processing register. LOT guests hold no account, so there is no download section for them."""

from django.utils.translation import gettext_lazy as _

from samenspel.privacy import registry

registry.processing(
    "learning.lots",
    app="learning",
    label=_("Learning and development teams (LOT)"),
    purpose=_("Running a LOT: members, sessions, agendas, notes, outcomes and actions."),
    data=_(
        "Members (account, or a guest's name and e-mail address with a personal link), "
        "attendance, session notes, outcomes and actions."
    ),
    subjects=_(
        "Professionals in a LOT, and guests such as parents and experience experts invited to a "
        "session."
    ),
    legal_basis="public_task",
    recipients=_("The members of the LOT and its facilitator; private to the organisation."),
    retention=_("As long as the LOT exists; guest data is deleted with the LOT."),
)
registry.processing(
    "learning.questionnaire",
    app="learning",
    label=_("Collaboration questionnaire"),
    purpose=_("Measuring how well organisations work together, and reporting on it."),
    data=_(
        "Your answers, without name, account, e-mail or IP address; the date at day precision. "
        "Personal invitations are stored only as a code that cannot be linked to the answers."
    ),
    subjects=_("Professionals who fill in the questionnaire."),
    legal_basis="public_task",
    recipients=_(
        "Facilitators and the task team see reports; groups that are too small are not shown."
    ),
    retention=_("As long as the measurement round is kept; the answers are anonymous."),
)
