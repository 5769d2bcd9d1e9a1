from django.db import models


class TaskReceipt(models.Model):
    """Proof that one delivery of a background task did its work (an e-mail went out), so a
    second run of the same delivery (a retry after a lost worker, a duplicate) does nothing.
    The key holds the task's path and a random delivery id, never personal data
    (``samenspel.tasks``); the sweeper deletes receipts after 30 days."""

    key = models.CharField(max_length=200, unique=True)
    done_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return self.key
