from wagtail import hooks

from samenspel.search import SEARCH_HOOK

from .search import site_search

hooks.register(SEARCH_HOOK, site_search, order=10)
