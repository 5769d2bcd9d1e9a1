from dataclasses import dataclass

from django.utils.translation import get_language
from wagtail.models import Site

from .cache import MENU_TIMEOUT, key_menu, remembered
from .permissions import can


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    path: str
    depth: int
    search_description: str


def navigation(request):
    """The main menu: the live children of the home page that are marked for menus.

    Every page shows it, so it is cached per site and language until the next publish."""
    site = Site.find_for_request(request)
    user = getattr(request, "user", None)
    return {
        "menu_pages": menu_items(request, site) if site else [],
        # Also gates the Wagtail user bar: page editing is for the method's owners only.
        "can_use_admin": bool(user and user.is_authenticated and can(user, "samenspel.use_admin")),
    }


def menu_items(request, site):
    def build():
        pages = site.root_page.get_children().live().in_menu().specific()
        return [
            MenuItem(
                page.title, page.get_url(request), page.path, page.depth, page.search_description
            )
            for page in pages
        ]

    return remembered(key_menu(site.pk, get_language()), build, MENU_TIMEOUT)
