from wagtail.models import Site

from .permissions import can


def navigation(request):
    """The main menu: the live children of the home page that are marked for menus."""
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    menu = root.get_children().live().in_menu().specific() if root else []
    user = getattr(request, "user", None)
    return {
        "menu_root": root,
        "menu_pages": menu,
        "can_use_admin": bool(user and user.is_authenticated and can(user, "samenspel.use_admin")),
    }
