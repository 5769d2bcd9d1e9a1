"""The respondent side of a measurement round: the form and storing answers without identity."""

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import instrument_content as content
from .models import MeasurementRound, Response, RoundInvitation
from .tokens import hash_code, hash_token, new_token

RESUME_PURPOSE = "round-resume"
INVITATION_PURPOSE = "round-invitation"

AGREEMENT_CHOICES = [(value, label) for value, label in content.AGREEMENT_LABELS.items()]
GRADE_CHOICES = [(value, str(value)) for value in range(content.GRADE_MIN, content.GRADE_MAX + 1)]
TRAINED_CHOICES = [("ja", _("Yes")), ("nee", _("No"))]


class QuestionnaireForm(forms.Form):
    """All questions on one page. Saving for later needs nothing; sending needs the background.

    Statements and grades may be skipped: a skipped answer is left out, never guessed.
    """

    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    def __init__(self, *args, spec, final=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.spec = spec
        self.fields["org_type"] = forms.ChoiceField(
            label=content.BACKGROUND_QUESTIONS[0].question,
            choices=list(content.ORG_TYPES.items()),
            widget=forms.RadioSelect,
            required=final,
        )
        self.fields["municipality"] = forms.ChoiceField(
            label=content.BACKGROUND_QUESTIONS[1].question,
            choices=[("", "—"), *((m, m) for m in content.MUNICIPALITIES)],
            help_text=content.BACKGROUND_QUESTIONS[1].help_text,
            required=final,
        )
        self.fields["trained"] = forms.ChoiceField(
            label=content.BACKGROUND_QUESTIONS[2].question,
            choices=TRAINED_CHOICES,
            widget=forms.RadioSelect,
            required=final,
        )
        self.fields["code"] = forms.CharField(
            label=content.CODE_QUESTION.question,
            help_text=content.CODE_QUESTION.help_text,
            max_length=content.CODE_QUESTION.max_length,
            required=False,
        )
        self.fields["code"].widget.attrs["autocomplete"] = "off"
        for scale in spec.scales:
            for item in scale.items:
                self.fields[f"item_{item.slug}"] = forms.TypedChoiceField(
                    label=item.text,
                    choices=AGREEMENT_CHOICES,
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=False,
                )
        for grade in spec.grades:
            self.fields[f"grade_{grade.slug}"] = forms.TypedChoiceField(
                label=grade.question,
                choices=[("", "—"), *GRADE_CHOICES],
                coerce=int,
                empty_value=None,
                help_text=" ".join(
                    part
                    for part in (
                        f"1 = {grade.low_anchor}, 10 = {grade.high_anchor}."
                        if grade.low_anchor
                        else "",
                        grade.help_text,
                    )
                    if part
                ),
                required=False,
            )

    def scale_sections(self):
        return [
            (scale, [self[f"item_{item.slug}"] for item in scale.items])
            for scale in self.spec.scales
        ]

    def grade_fields(self):
        return [self[f"grade_{grade.slug}"] for grade in self.spec.grades]

    def background_fields(self):
        return [self["org_type"], self["municipality"], self["trained"], self["code"]]

    def answers(self):
        data = self.cleaned_data
        items = {
            item.slug: data[f"item_{item.slug}"]
            for scale in self.spec.scales
            for item in scale.items
            if data.get(f"item_{item.slug}") not in (None, "")
        }
        grades = {
            grade.slug: data[f"grade_{grade.slug}"]
            for grade in self.spec.grades
            if data.get(f"grade_{grade.slug}") not in (None, "")
        }
        trained = {"ja": True, "nee": False}.get(data.get("trained"))
        return {
            "org_type": data.get("org_type") or "",
            "municipality": data.get("municipality") or "",
            "trained": trained,
            "code": data.get("code") or "",
            "items": items,
            "grades": grades,
        }


def initial_from(response):
    """The form's initial values from a saved response (the code is never shown back)."""
    initial = {
        "org_type": response.org_type,
        "municipality": response.municipality,
        "trained": {True: "ja", False: "nee"}.get(response.trained, ""),
    }
    initial.update({f"item_{slug}": value for slug, value in response.items.items()})
    initial.update({f"grade_{slug}": value for slug, value in response.grades.items()})
    return initial


def find_invitation(measurement_round, token):
    if not token:
        return None
    return RoundInvitation.objects.filter(
        measurement_round=measurement_round, token_hash=hash_token(token, INVITATION_PURPOSE)
    ).first()


def find_resumable(measurement_round, resume_key):
    if not resume_key:
        return None
    return Response.objects.filter(
        measurement_round=measurement_round,
        status=Response.Status.INCOMPLETE,
        resume_key_hash=hash_token(resume_key, RESUME_PURPOSE),
    ).first()


class RoundFull(Exception):
    """The open link already accepted the expected number of sent responses."""


class InvitationUsed(Exception):
    """Answers were already sent with this personal link."""


def claim_way_in(measurement_round, invitation):
    """Before a response is sent: lock what limits it, and refuse when the limit is reached.

    A personal link accepts one sent response; the open link at most ``max_responses``. The row
    locks make concurrent sends wait for each other, so neither limit can be overrun by a burst.
    """
    if invitation is not None:
        locked = RoundInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.used_at:
            raise InvitationUsed
        return
    if measurement_round.max_responses is None:
        return
    MeasurementRound.objects.select_for_update().filter(pk=measurement_round.pk).first()
    if measurement_round.open_link_full():
        raise RoundFull


@transaction.atomic
def save_answers(measurement_round, answers, *, response=None, resume_key=None, final=False,
                 invitation=None):  # fmt: skip
    """Store answers as incomplete (to come back to) or complete; returns (response, resume_key).

    A new response gets a fresh resume key unless the caller passes one (an invitation token is
    reused as resume key, hashed for another purpose, so the invitation row and the response
    cannot be joined). Sending clears the resume key: a sent response can no longer be opened.
    Sending raises ``InvitationUsed`` or ``RoundFull`` (nothing stored) past a way in's limit.
    """
    if final:
        claim_way_in(measurement_round, invitation)
    if response is None:
        resume_key = resume_key or new_token()
        response = Response(measurement_round=measurement_round)
    response.via_invitation = invitation is not None
    response.org_type = answers["org_type"]
    response.municipality = answers["municipality"]
    response.trained = answers["trained"]
    if answers["code"]:
        response.code_hash = hash_code(answers["code"], measurement_round.series_salt) or ""
    response.items = answers["items"]
    response.grades = answers["grades"]
    if final:
        response.status = Response.Status.COMPLETE
        response.submitted_on = timezone.localdate()
        response.resume_key_hash = ""
        if invitation is not None:
            invitation.used_at = timezone.localdate()
            invitation.save(update_fields=["used_at"])
    elif resume_key:
        response.resume_key_hash = hash_token(resume_key, RESUME_PURPOSE)
    response.save()
    return response, resume_key


def create_invitations(measurement_round, count):
    """``count`` new invitation tokens; only their hashes are stored."""
    tokens = [new_token() for _ in range(count)]
    RoundInvitation.objects.bulk_create(
        RoundInvitation(
            measurement_round=measurement_round, token_hash=hash_token(t, INVITATION_PURPOSE)
        )
        for t in tokens
    )
    return tokens
