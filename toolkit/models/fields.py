"""A small multiple-choice field that works the same on SQLite and PostgreSQL."""

from django import forms
from django.db import models


class MultiChoiceField(models.CharField):
    """Stores a list of choice keys as "a,b,c"; Python sees a list.

    Chosen over ArrayField (PostgreSQL only) and JSONField ``contains`` (not on SQLite) so the
    building-block filters behave the same on both databases; see :func:`choice_regex`.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        valid = {str(key) for key, _label in self.flatchoices}
        for item in self.to_python(value):
            if item not in valid:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], params={"value": item}
                )

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def choice_regex(key):
    """A regex matching ``key`` as one item of a stored "a,b,c" value."""
    return rf"(^|,){key}(,|$)"
