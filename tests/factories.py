"""Factories shared by every test suite."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from samenspel.models import Membership, Organisation
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
