"""What a newcomer needs after ``make run``: where to go, who to log in as, how to get a code."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from samenspel.demo_data import DEMO_PASSWORD, SUPERUSER, USERS
from samenspel.roles import Role


class Command(BaseCommand):
    help = "Print the demo site's address, the demo accounts and how to get a two-step code."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", default=settings.WAGTAILADMIN_BASE_URL, help="Where the demo site runs."
        )

    def handle(self, *args, url, **options):
        url = url.rstrip("/") + "/"
        enforced = settings.SAMENSPEL_ENFORCE_MFA
        mfa_roles = set(settings.SAMENSPEL_MFA_ROLES) if enforced else set()
        with translation.override("en"):  # console messages for developers are in English
            rows = [
                (email, ", ".join(str(Role(role).label) for role in roles), slug,
                 mfa_roles.intersection(roles))
                for email, _name, slug, roles in USERS
            ]  # fmt: skip
        rows.append((SUPERUSER[0], "Superuser", "", enforced))
        width = max(len(email) for email, *_ in rows)
        lines = [
            "",
            self.style.SUCCESS(f"Samenspel demo: open {url}  (admin: {url}admin/)"),
            f"Demo accounts (local use only), all with the password {DEMO_PASSWORD}:",
            *(
                f"  {email:<{width}}  {roles}{f' ({slug})' if slug else ''}{' *' if mfa else ''}"
                for email, roles, slug, mfa in rows
            ),
            *(
                [
                    "* needs a two-step code after the password: .venv/bin/python manage.py "
                    "demo_totp",
                    "  prints the current one (or add the README's demo secret to an authenticator "
                    "app).",
                ]
                if enforced
                else []
            ),
            "Stop with Ctrl+C.",
            "",
        ]
        self.stdout.write("\n".join(lines))
