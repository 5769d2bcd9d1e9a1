from django.utils.translation import gettext_lazy as _

from samenspel.models.pages import ContentPage


class HandbookPage(ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = []
    page_description = _("The root of the method handbook.")
    max_count = 1
    template = "samenspel/section_page.html"

    class Meta:
        verbose_name = _("handbook")


class BuildingBlockIndexPage(ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = []
    page_description = _("Lists the building blocks of the method.")
    max_count = 1
    template = "samenspel/section_page.html"

    class Meta:
        verbose_name = _("building block index")
