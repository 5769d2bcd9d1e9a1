from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from samenspel.models.pages import ContentPage

from ..choices import CaseForm
from ..permissions import can_read_cases
from .cases import Case


class CaseIndexPage(ContentPage):
    """The case bank's landing page. Cases themselves are not pages (see ``models.cases``)."""

    parent_page_types = ["samenspel.HomePage"]
    subpage_types = []
    page_description = _("The case bank: anonymised cases from practice.")
    max_count = 1
    template = "casebank/case_index_page.html"

    class Meta:
        verbose_name = _("case bank")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["can_read_cases"] = can_read_cases(request.user)
        if context["can_read_cases"]:
            published = Case.objects.for_user(request.user).published()
            context["recent_cases"] = published.filter(form=CaseForm.CASE)[:6]
            context["moments"] = published.filter(form=CaseForm.MOMENT_OF_TRUTH)[:6]
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Members see case titles here; no shared cache may keep that copy.
        patch_cache_control(response, private=True)
        return response

    def get_sitemap_urls(self, request=None):
        # Cases are for members only: the case bank stays out of sitemap.xml (robots.txt
        # disallows it too).
        return []
