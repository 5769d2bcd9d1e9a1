"""Factories of the site shell: organisations, users and memberships, and the page tree.

Each app's factories live beside its tests (``tests/<app>/factories.py``); tests build what they
need with them instead of loading the demo content, unless the test is about the demo itself.
"""

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from samenspel.models import HomePage, Membership, Organisation, StandardPage
from samenspel.roles import Role

PASSWORD = "correct-horse-battery-9"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    kind = Organisation.Kind.MUNICIPALITY
    local_team_name = factory.LazyAttribute(lambda o: f"Lokaal team {o.name}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"medewerker{n}@example.org")
    username = factory.LazyAttribute(lambda u: u.email)
    first_name = factory.Sequence(lambda n: f"Medewerker{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        user.save()
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


def member(organisation, *roles, **user_fields):
    """A verified user holding ``roles`` (default: professional) in ``organisation``."""
    user = UserFactory(**user_fields)
    for role in roles or (Role.PROFESSIONAL,):
        Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Samenspel"
    slug = "samenspel"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    show_in_menus = False


def site_tree():
    """A home page as the default site's root with the four sections in the menu.

    The same shape as the demo's tree (site/demo.py), without its content: handbook, building
    blocks, case bank and learning, each an empty index page. Returns the home page.
    """
    from casebank.models import CaseIndexPage
    from learning.models import LearningIndexPage
    from toolkit.models import BuildingBlockIndexPage, HandbookPage

    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Samenspel"},
    )
    for model, title, slug in [
        (HandbookPage, "Handboek", "handboek"),
        (BuildingBlockIndexPage, "Bouwstenen", "bouwstenen"),
        (CaseIndexPage, "Casusbank", "casusbank"),
        (LearningIndexPage, "Leren en LOT", "leren"),
    ]:
        home.add_child(instance=model(title=title, slug=slug, show_in_menus=True))
    return home
