"""``python manage.py anonymise_text [--known NAME[=LABEL] ...] < story.txt``

Reads Dutch text on stdin and prints ``{"text": ..., "findings": [...]}`` as JSON: the same
``deidentify`` call the case bank's submission flow makes.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from casebank.deidentify import KnownEntity, deidentify


class Command(BaseCommand):
    help = "De-identify Dutch text read from stdin and print the result as JSON."
    # Lets call_command(..., stdin=io.StringIO(...)) feed the text in tests.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--known",
            action="extend",
            nargs="+",
            default=[],
            metavar="NAME[=LABEL]",
            help='A name or place the text mentions, optionally with its label: "Sandra=moeder".',
        )
        parser.add_argument(
            "--generalise-municipality",
            action="store_true",
            help="Also replace the ten H10 municipality names by [gemeente].",
        )

    def handle(self, *args, **options):
        text = (options.get("stdin") or sys.stdin).read()
        known = [KnownEntity.parse(value) for value in options["known"]]
        result = deidentify(
            text, known=known, generalise_municipality=options["generalise_municipality"]
        )
        self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
