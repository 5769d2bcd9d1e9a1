"""The one site search, in the header of every page: what every app can be searched for,
grouped by kind.

The shell knows no domain app: each app adds its kinds through the Wagtail hook
``samenspel_search``, a function ``(request, text, limit)`` that returns :class:`Group` s (up
to ``limit`` hits each, with the total and a link to that kind's full search). The method
(toolkit) answers everyone; the case bank and the learning network answer members only, with
what their own visibility rules let this reader see, and mark their groups ``personal``.

Anonymous answers are shared (``samenspel.pagecache``), so a personal group never reaches an
anonymous reader: :func:`search_everything` drops them, whatever a hook returns.
"""

from dataclasses import dataclass, field

from wagtail import hooks

SEARCH_HOOK = "samenspel_search"
MAX_QUERY = 200  # characters of a question that are searched


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    title_html: str = ""  # escaped, with the matched words marked
    snippet: str = ""  # escaped HTML


@dataclass
class Group:
    kind: str
    label: str  # plural, for the heading ("Bouwstenen")
    total: int  # hits found (at least; see ``more``)
    more_url: str  # the full search of this kind, with the question
    hits: list = field(default_factory=list)
    more: bool = False  # ``total`` is a lower bound (the kind's search stops there)
    personal: bool = False  # depends on who asks (never shown to anonymous readers)


def clean_query(text):
    """The question as searched: whitespace collapsed, at most MAX_QUERY characters."""
    return " ".join(str(text or "").split())[:MAX_QUERY]


def search_everything(request, text, limit=5):
    """Every app's groups with at least one hit, in hook order (the method first)."""
    text = clean_query(text)
    if not text:
        return []
    anonymous = not request.user.is_authenticated
    groups = []
    for provider in hooks.get_hooks(SEARCH_HOOK):
        for group in provider(request, text, limit) or ():
            if group.total and not (anonymous and group.personal):
                groups.append(group)
    return groups
