from samenspel.tasks import retried_task

from . import registry


@retried_task()
def apply_retention_task():
    """The retention rules as a background task (``apply_retention_task.enqueue()``), for a
    scheduler that enqueues tasks; ``manage.py apply_retention`` does the same from cron."""
    return registry.apply_retention()
