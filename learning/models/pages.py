from django.utils.translation import gettext_lazy as _

from samenspel.models.pages import ContentPage


class LearningIndexPage(ContentPage):
    parent_page_types = ["samenspel.HomePage"]
    subpage_types = []
    page_description = _("Learning and development teams (LOT), sessions and questionnaires.")
    max_count = 1
    template = "learning/learning_index_page.html"

    class Meta:
        verbose_name = _("learning network")

    def get_sitemap_urls(self, request=None):
        # LOTs and measurement rounds are private to organisations: not in sitemap.xml.
        return []
