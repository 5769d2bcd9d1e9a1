"""Fixtures for the cross-app quality suites."""

import os

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def seeded_module(django_db_setup, django_db_blocker):
    """The demo site, seeded once per module inside a transaction that is rolled back at the
    end; each test's own transaction nests inside it as a savepoint."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
