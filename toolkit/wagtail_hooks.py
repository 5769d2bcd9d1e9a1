from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from samenspel.search import SEARCH_HOOK

from .home import method_news, start_links
from .models import GlossaryTerm, MethodRelease
from .search import site_search
from .sitemaps import toolkit_sitemaps

hooks.register("register_sitemaps", toolkit_sitemaps)
hooks.register(SEARCH_HOOK, site_search, order=0)  # the method first, then members' kinds


@hooks.register("samenspel_footer_link")
def releases_in_footer(request):
    """The method's published versions and what changed in them (footer link)."""
    return _("Versions of the method"), reverse("toolkit:change_log")


class YesNoColumn(BooleanColumn):
    """A tick or cross with "ja"/"nee" for screen readers (Wagtail's own column says True)."""

    cell_template_name = "toolkit/admin/yes_no_cell.html"


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "abbreviation"]
    search_fields = ["term", "abbreviation", "definition"]
    add_to_admin_menu = True


class MethodReleaseViewSet(SnippetViewSet):
    model = MethodRelease
    icon = "date"
    menu_label = _("Method releases")
    # A plain "published" column would print True/False.
    list_display = [
        "version",
        "title",
        "date",
        YesNoColumn(
            "published",
            label=capfirst(MethodRelease._meta.get_field("published").verbose_name),
            sort_key="published",
        ),
    ]
    add_to_admin_menu = True


register_snippet(GlossaryTermViewSet)
register_snippet(MethodReleaseViewSet)


# The site's start page (samenspel.home): what changed in the method, and where to start.
hooks.register("home_panels", method_news, order=300)
hooks.register("home_start_links", start_links, order=100)
