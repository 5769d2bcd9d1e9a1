from django.core.management.base import BaseCommand

from embed.services import flush_view_counts


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = "Write the embed view counts still held in the cache into the daily counters."

    def handle(self, *args, **options):
        flush_view_counts()
