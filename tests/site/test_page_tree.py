"""Every page type declares its place in the tree, and the tree rules hold."""

import pytest
from wagtail.models import Page, get_page_models

from samenspel.models import HomePage, StandardPage
from toolkit.models import BuildingBlockIndexPage, HandbookPage

PROJECT_APPS = {"samenspel", "toolkit", "learning", "casebank"}
PROJECT_PAGES = [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS]


@pytest.mark.parametrize("model", PROJECT_PAGES, ids=lambda m: m.__name__)
def test_page_type_declares_tree_rules_and_description(model):
    for attribute in ("parent_page_types", "subpage_types", "page_description"):
        assert attribute in model.__dict__, f"{model.__name__} must declare {attribute}"


def test_home_page_only_at_root():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.max_count == 1


@pytest.mark.parametrize("section", [HandbookPage, BuildingBlockIndexPage])
def test_sections_live_directly_under_home(section):
    assert section.allowed_parent_page_models() == [HomePage]
    assert section in HomePage.allowed_subpage_models()


def test_standard_pages_nest_but_do_not_hold_sections():
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_demo_tree_obeys_rules(demo_site):
    for page in Page.objects.filter(depth__gt=2).specific():
        parent = page.get_parent().specific
        assert type(page) in parent.specific_class.allowed_subpage_models(), page.url_path
