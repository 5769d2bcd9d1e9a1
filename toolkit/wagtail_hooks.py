from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, MethodRelease


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
    list_display = ["version", "title", "date", "published"]
    add_to_admin_menu = True


register_snippet(GlossaryTermViewSet)
register_snippet(MethodReleaseViewSet)
