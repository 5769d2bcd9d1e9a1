from django.core.management.base import BaseCommand

from learning.feedback.digest import subscribers
from learning.feedback.tasks import send_digest


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = "Enqueue the weekly digest e-mail for every reader who subscribed (run once a week)."

    def handle(self, *args, **options):
        count = 0
        for user_id in subscribers():
            send_digest.enqueue(user_id=user_id)
            count += 1
        self.stdout.write(f"{count} digest task(s) enqueued")
