"""The one form renderer (settings.FORM_RENDERER): every project form renders its fields through
``samenspel/forms/field.html`` (``{{ field.as_field_group }}``) and itself through
``samenspel/forms/form.html`` (``{{ form }}``), so labels, required marks, help texts and errors
look and read the same everywhere. Django links help text and errors to the input
(``aria-describedby="<id>_helptext <id>_error"``, ``aria-invalid``); the templates give those
elements the ids."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "samenspel/forms/form.html"
    field_template_name = "samenspel/forms/field.html"
