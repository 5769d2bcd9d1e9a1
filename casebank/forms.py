"""Forms of the case bank. Free text is plain text with simple conventions (see ``text``)."""

import bleach
from django import forms
from django.utils.translation import gettext_lazy as _

from toolkit.vocabulary import Cluster, FactorLevel

from .choices import (
    PRODUCT_CHOICES,
    CaseType,
    Implementation,
    Kader,
    LegalStep,
    Outcome,
    Polarity,
    Region,
)
from .toolkit_links import building_block_choices

MAX_NAMES = 60
MAX_SECTION = 20_000
REACTION_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li"}


def parse_names(value):
    names = []
    for line in (value or "").replace(";", "\n").splitlines():
        line = " ".join(line.split())
        if line and line not in names:
            names.append(line)
    return names


class NamesForm(forms.Form):
    """Step 1: everything that must be replaced, listed before the story is written."""

    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    outcome_kind = forms.ChoiceField(
        label=_("What kind of story is it?"),
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        help_text=_("Stories that did not go well teach as much as success stories."),
    )
    case_type = forms.ChoiceField(label=_("Case type"), choices=CaseType.choices)
    organisation = forms.ChoiceField(label=_("On behalf of organisation"))
    names = forms.CharField(
        label=_("Names and places that occur in the story"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One per line: names of family members and others involved, schools, streets, "
            "neighbourhoods, institutions. Optionally give the role to use, e.g. "
            "“Sandra = moeder”. They are replaced everywhere in your story."
        ),
        max_length=4000,
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisations = {str(org.pk): org for org in organisations}
        self.fields["organisation"].choices = [
            (key, org.name) for key, org in self.organisations.items()
        ]
        if len(self.organisations) == 1:
            # Nothing to choose: the one organisation is used whatever was posted.
            del self.fields["organisation"]

    def clean_names(self):
        names = parse_names(self.cleaned_data["names"])
        if not names:
            raise forms.ValidationError(
                _("List at least one name or place, so the de-identifier knows what to replace.")
            )
        if len(names) > MAX_NAMES:
            raise forms.ValidationError(
                _("List at most %(max)d names and places.") % {"max": MAX_NAMES}
            )
        return names

    def clean_organisation(self):
        return self.organisations[self.cleaned_data["organisation"]]

    def clean(self):
        cleaned = super().clean()
        if "organisation" not in self.fields:
            cleaned["organisation"] = next(iter(self.organisations.values()))
        return cleaned


SECTION_HELP = {
    "title": _("A short title that says what the case is about, without names or places."),
    "family": _("Who belongs to the family (roles, not names)."),
    "local_team_context": _("The local team and how far the method was implemented there."),
    "trigger": _("What made the local team and the GI start working together."),
    "course": _("What happened, step by step. Separate paragraphs with an empty line."),
    "without_method": _("What would probably have happened without the method?"),
    "looking_back": _(
        "Looking back, by theme: start a paragraph with the theme and a colon on its own line."
    ),
    "quotes": _("One per line, attributed by role only: “jeugdbeschermer: …”."),
    "outcome": _("How it ended, and the hours the local team and the GI spent."),
    "lessons": _("One lesson per line."),
}


def section_field(name, label, rows, required=True):
    return forms.CharField(
        label=label,
        required=required,
        max_length=200 if name == "title" else MAX_SECTION,
        help_text=SECTION_HELP.get(name, ""),
        widget=forms.TextInput() if name == "title" else forms.Textarea(attrs={"rows": rows}),
    )


class StoryForm(forms.Form):
    """Step 2: the story as written. It is stored only until the review ends."""

    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    title = section_field("title", _("Title"), 1)
    family = section_field("family", _("The family"), 3)
    local_team_context = section_field(
        "local_team_context", _("Local team and method"), 3, required=False
    )
    trigger = section_field("trigger", _("Trigger"), 4)
    course = section_field("course", _("Course"), 10)
    without_method = section_field("without_method", _("Without the method"), 3, required=False)
    looking_back = section_field("looking_back", _("Looking back"), 6, required=False)
    quotes = section_field("quotes", _("Quotes"), 3, required=False)
    outcome = section_field("outcome", _("Outcome"), 4)
    lessons = section_field("lessons", _("Lessons"), 4, required=False)


class FactsForm(forms.Form):
    """Step 3: the structured facts the search filters on."""

    region = forms.ChoiceField(
        label=_("Region"),
        choices=Region.choices,
        help_text=_("Prefer a general area: a named smaller municipality can identify a family."),
    )
    kader = forms.ChoiceField(label=_("Framework (kader)"), choices=Kader.choices)
    implementation = forms.ChoiceField(
        label=_("How far the local team had implemented the method"),
        choices=[("", "—"), *Implementation.choices],
        required=False,
    )
    period = forms.CharField(
        label=_("Period"),
        max_length=40,
        required=False,
        help_text=_("A year or range of years, e.g. 2021–2022. No exact dates."),
    )
    products = forms.MultipleChoiceField(
        label=_("Products used"),
        choices=PRODUCT_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    legal_steps = forms.MultipleChoiceField(
        label=_("Legal steps"),
        choices=LegalStep.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    building_blocks = forms.MultipleChoiceField(
        label=_("Building blocks used"), required=False, widget=forms.CheckboxSelectMultiple
    )
    hours_lt = forms.IntegerField(
        label=_("Hours spent by the local team"), min_value=0, max_value=2000, required=False
    )
    hours_gi = forms.IntegerField(
        label=_("Hours spent by the GI"), min_value=0, max_value=2000, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["building_blocks"].choices = building_block_choices()


class DraftForm(forms.Form):
    """The submitter's corrections to the de-identified draft (same fields as the story)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        story = StoryForm()
        for name, field in story.fields.items():
            self.fields[name] = field
        facts = FactsForm()
        for name, field in facts.fields.items():
            self.fields[name] = field
        self.fields["case_type"] = forms.ChoiceField(label=_("Case type"), choices=CaseType.choices)
        self.fields["outcome_kind"] = forms.ChoiceField(
            label=_("How did it go?"), choices=Outcome.choices
        )


class FactorForm(forms.Form):
    polarity = forms.ChoiceField(
        label=_("Helping or hindering"), choices=[("", "—"), *Polarity.choices], required=False
    )
    cluster = forms.ChoiceField(
        label=_("Cluster"), choices=[("", "—"), *Cluster.choices], required=False
    )
    level = forms.ChoiceField(
        label=_("Level"), choices=[("", "—"), *FactorLevel.choices], required=False
    )
    text = forms.CharField(label=_("Factor"), max_length=600, required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("text") and not (cleaned.get("polarity") and cleaned.get("cluster")):
            raise forms.ValidationError(
                _("Say whether the factor helped or hindered, and in which cluster.")
            )
        return cleaned


FactorFormSet = forms.formset_factory(FactorForm, extra=3, max_num=30)


def factors_from(formset):
    return [
        {key: form.cleaned_data[key] for key in ("polarity", "cluster", "level", "text")}
        for form in formset.forms
        if form.cleaned_data.get("text")
    ]


class ExtraNamesForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    names = forms.CharField(
        label=_("More names and places to replace"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line. The draft is rebuilt from your story: corrections you made to the "
            "draft are replaced."
        ),
        max_length=2000,
    )

    def clean_names(self):
        names = parse_names(self.cleaned_data["names"])
        if not names:
            raise forms.ValidationError(_("List at least one name or place."))
        return names


class DecisionForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    DECISIONS = [
        ("approve", _("Approve and publish")),
        ("return", _("Return to the submitter")),
        ("reject", _("Reject")),
    ]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note to the submitter"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when you return or reject the case. No names or details."),
    )
    risks_checked = forms.BooleanField(
        label=_("I have weighed the re-identification warnings and the case is general enough."),
        required=False,
    )

    def __init__(self, *args, high_risk=False, k=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.high_risk = high_risk
        if not high_risk:
            del self.fields["risks_checked"]
        elif k == "1":
            self.fields["risks_checked"].label = _(
                "I have weighed the warnings: probably only this family fits the case, so people "
                "who know the family could recognise it. I confirm it is general enough to publish."
            )
        elif k is not None:
            self.fields["risks_checked"].label = _(
                "I have weighed the warnings: about %(k)s families fit this case, so people who "
                "know the family could recognise it. I confirm it is general enough to publish."
            ) % {"k": k}

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision in ("return", "reject") and not cleaned.get("note"):
            self.add_error("note", _("Say why, so the submitter can act on it."))
        if decision == "approve" and self.high_risk and not cleaned.get("risks_checked"):
            self.add_error(
                "risks_checked",
                _("This case has serious re-identification warnings: confirm you weighed them."),
            )
        return cleaned


class ReactionForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    body = forms.CharField(
        label=_("Your reaction"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Share how you recognise this in your practice. No names or family details."),
    )

    def clean_body(self):
        cleaned = bleach.clean(self.cleaned_data["body"], tags=REACTION_TAGS, strip=True).strip()
        if not cleaned:
            raise forms.ValidationError(_("Write a reaction."))
        return cleaned


class HideReactionForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=500)
