"""A worksheet of the work card as a Django form (toolkit.blocks renders it). It imports nothing
of the toolkit's models, so the block library can use it at module level."""

from django import forms
from django.utils.translation import gettext_lazy as _


class WorksheetForm(forms.Form):
    """A worksheet of the work card as a form, rendered with the site's one field template. It is
    never submitted: readers fill it in on screen before printing, or in the PDF's form fields.
    ``fields`` are ``(name, field value)`` pairs from the worksheet block."""

    def __init__(self, fields, **kwargs):
        super().__init__(auto_id="veld-%s", **kwargs)
        for name, field in fields:
            notes = [str(_("The family's own view"))] if field["family_view"] else []
            if field["help"]:
                notes.append(field["help"])
            self.fields[name] = forms.CharField(
                label=field["label"],
                required=False,
                help_text=" — ".join(notes),
                widget=forms.Textarea(
                    attrs={"rows": 6 if field["family_view"] else 4, "class": "worksheet__blank"}
                ),
            )
