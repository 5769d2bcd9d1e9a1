from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from samenspel.search import SEARCH_HOOK

from .home import agenda, shortcuts
from .models import Instrument, Scale
from .search import site_search

hooks.register(SEARCH_HOOK, site_search, order=20)


class InstrumentViewSet(SnippetViewSet):
    model = Instrument
    icon = "form"
    menu_label = _("Questionnaires")
    list_display = ["title", "version"]


class ScaleViewSet(SnippetViewSet):
    model = Scale
    icon = "list-ul"
    menu_label = _("Scales and statements")
    list_display = ["name", "instrument", "sort_order"]
    list_filter = ["instrument"]


class QuestionnaireGroup(SnippetViewSetGroup):
    items = (InstrumentViewSet, ScaleViewSet)
    menu_icon = "form"
    menu_label = _("Questionnaire")
    menu_name = "questionnaire"


register_snippet(QuestionnaireGroup)


# The site's start page (samenspel.home): the next LOT session, open actions, shortcuts.
hooks.register("home_panels", agenda, order=200)
hooks.register("home_shortcuts", shortcuts, order=200)
