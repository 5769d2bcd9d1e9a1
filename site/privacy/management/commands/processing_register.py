from django.core.management.base import BaseCommand
from django.utils import translation

from samenspel.privacy import register


class Command(BaseCommand):
    help = "Print the processing register (AVG art. 30) from the privacy registry."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "md"], default="md")
        parser.add_argument("--language", default="nl", help="nl (default) or en")

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            output = register.as_csv() if options["format"] == "csv" else register.as_markdown()
        self.stdout.write(output, ending="" if output.endswith("\n") else "\n")
