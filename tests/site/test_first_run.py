"""`make run` prints only what a newcomer needs: seed_demo a short summary without e-mails (also
later, through the worker), demo_welcome the address, the demo accounts and the code command."""

import io

from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from samenspel.demo_data import DEMO_PASSWORD, SUPERUSER, USERS

EMAIL_HEADERS = ("Subject:", "From:", "To:", "Content-Type:", "MIME-Version:", "Message-ID:")


def test_seed_demo_prints_a_short_summary_and_no_email(db, settings, capsys):
    # As in development: the console e-mail backend and the database task queue that the
    # worker beside runserver empties (and whose e-mails it would print in full).
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    printed = out.getvalue() + capsys.readouterr().out
    lines = printed.strip().splitlines()
    assert len(lines) <= 12, printed
    assert lines[-1].startswith("Demo content is ready")
    assert not any(header in printed for header in EMAIL_HEADERS), printed
    # Nothing is left for the worker: no e-mail to print later, no index to build.
    assert not DBTaskResult.objects.exists()
    assert mail.outbox == []


def test_seed_demo_is_silent_at_verbosity_zero(db, capsys):
    out = io.StringIO()
    call_command("seed_demo", verbosity=0, stdout=out)
    assert out.getvalue() == ""
    assert capsys.readouterr().out == ""


def test_seeded_content_is_searchable_without_a_worker(db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("seed_demo", stdout=io.StringIO())
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    assert list(get_search_backend().search("bouwsteen", Page.objects.live()))


def test_demo_welcome_tells_where_to_go_who_to_be_and_how_to_get_a_code(settings):
    settings.SAMENSPEL_ENFORCE_MFA = True
    out = io.StringIO()
    call_command("demo_welcome", url="http://127.0.0.1:8011", stdout=out)
    printed = out.getvalue()
    assert "http://127.0.0.1:8011/" in printed
    assert DEMO_PASSWORD in printed
    for email, *_ in [*USERS, SUPERUSER]:
        assert email in printed
    assert "manage.py demo_totp" in printed
    assert len(printed.strip().splitlines()) <= 16
