from django import forms
from django.utils.translation import gettext_lazy as _

from .models.choices import Phase, Product, Status

ANY = [("", _("All"))]

# Filter links written while the stored keys were Dutch (bookmarks, intranet links) keep working.
FORMER_KEYS = {
    "wegen": Phase.WEIGH,
    "onderzoeken": Phase.INVESTIGATE,
    "analyseren": Phase.ANALYSE,
    "veranderen": Phase.CHANGE,
    "borgen": Phase.SECURE,
    "in_ontwikkeling": Status.IN_DEVELOPMENT,
    "vastgesteld": Status.ADOPTED,
    "in_herziening": Status.UNDER_REVISION,
}


class KeyChoiceField(forms.ChoiceField):
    def to_python(self, value):
        value = super().to_python(value)
        return FORMER_KEYS.get(value, value)


class BuildingBlockFilterForm(forms.Form):
    phase = KeyChoiceField(label=_("Phase"), choices=ANY + Phase.choices, required=False)
    product = forms.ChoiceField(label=_("Product"), choices=ANY + Product.choices, required=False)
    status = KeyChoiceField(label=_("Status"), choices=ANY + Status.choices, required=False)


class SearchForm(forms.Form):
    KIND_CHOICES = [
        ("", _("Everything")),
        ("handbook", _("Handbook")),
        ("building_block", _("Building blocks")),
        ("product", _("Products")),
        ("glossary", _("Glossary")),
    ]

    q = forms.CharField(
        label=_("Search the method"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    kind = forms.ChoiceField(label=_("Show"), choices=KIND_CHOICES, required=False)
    phase = KeyChoiceField(label=_("Phase"), choices=ANY + Phase.choices, required=False)


class DecisionStepForm(forms.Form):
    """One question of the decision aid; the answers are the question's own."""

    answer = forms.ChoiceField(label="", widget=forms.RadioSelect)

    def __init__(self, question, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"].label = question["question"]
        self.fields["answer"].help_text = question.get("help", "")
        self.fields["answer"].choices = [
            (answer["next"], answer["label"]) for answer in question["answers"]
        ]
        self.fields["answer"].error_messages["required"] = _("Choose one of the answers.")
        self.fields["answer"].error_messages["invalid_choice"] = _(
            "That answer does not belong to this question. Choose one of the answers."
        )


class CompareVersionsForm(forms.Form):
    from_revision = forms.TypedChoiceField(label=_("From version"), coerce=int)
    to_revision = forms.TypedChoiceField(label=_("To version"), coerce=int)

    def __init__(self, choices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_revision"].choices = choices
        self.fields["to_revision"].choices = choices
        if choices:
            self.fields["from_revision"].initial = choices[max(len(choices) - 2, 0)][0]
            self.fields["to_revision"].initial = choices[-1][0]

    def clean(self):
        data = super().clean()
        if data.get("from_revision") and data.get("from_revision") == data.get("to_revision"):
            raise forms.ValidationError(_("Choose two different versions."))
        return data
