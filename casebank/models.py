from django.utils.translation import gettext_lazy as _

from samenspel.models.pages import ContentPage


class CaseIndexPage(ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = []
    page_description = _("The case bank: anonymised cases from practice.")
    max_count = 1
    template = "samenspel/section_page.html"

    class Meta:
        verbose_name = _("case bank")
