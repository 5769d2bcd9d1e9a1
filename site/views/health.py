from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

# Task rows waiting to run (django-tasks-db's DBTaskResult.status).
WAITING_STATUSES = ("READY",)


def database_ok():
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        connection.close_if_unusable_or_obsolete()
        return False
    return True


@never_cache
def healthz(request):
    """200 with a JSON body when the database answers, 503 when it does not."""
    if not database_ok():
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def cache_ok(alias="default"):
    """A real round trip: write, read back and delete a key."""
    cache = caches[alias]
    key = "samenspel:readyz"
    try:
        cache.set(key, "1", 10)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any cache client error means "not ready"
        return False
    return answered


def oldest_waiting_task_age(now=None):
    """Seconds since the oldest task that is due and not yet started became due (0: none).
    A task deferred to run later counts from its ``run_after``, not from its enqueueing."""
    from django.db.models import Q
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = now or timezone.now()
    waiting = DBTaskResult.objects.filter(status__in=WAITING_STATUSES)
    due = waiting.filter(Q(run_after__lte=now) | Q(run_after=get_date_max()))
    oldest = due.order_by("enqueued_at").values_list("enqueued_at", "run_after").first()
    if oldest is None:
        return 0
    enqueued_at, run_after = oldest
    since = enqueued_at if run_after == get_date_max() else max(enqueued_at, run_after)
    return max(0, int((now - since).total_seconds()))


@never_cache
def readyz(request):
    """Whether this installation can do its work: database, cache and task queue.

    200 when all are fine, 503 otherwise; the body names each check (no settings, hosts or
    personal data). The queue fails when the oldest waiting task has waited longer than
    ``READINESS_MAX_TASK_AGE`` seconds (no worker running, or too few)."""
    body = {"database": "ok" if database_ok() else "unreachable"}
    body["cache"] = "ok" if cache_ok() else "unreachable"
    limit = settings.READINESS_MAX_TASK_AGE
    if body["database"] == "ok":
        try:
            age = oldest_waiting_task_age()
        except DatabaseError:
            connection.close_if_unusable_or_obsolete()
            body["tasks"] = "unknown"
        else:
            body["oldest_waiting_task_seconds"] = age
            body["tasks"] = "ok" if age <= limit else "delayed"
    else:
        body["tasks"] = "unknown"
    ready = body["database"] == "ok" and body["cache"] == "ok" and body["tasks"] == "ok"
    body = {"status": "ok" if ready else "unavailable", **body}
    return JsonResponse(body, status=200 if ready else 503)
