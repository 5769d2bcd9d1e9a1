"""Figures for the task-team dashboard and the steering group's period report.

Definitions (also in docs/feedback.md):
- open item: status "received" or "in_progress" (no decision yet);
- age: whole days since the item was received;
- stale: open and older than FEEDBACK_STALE_DAYS (default 42 days);
- status at the end of a period: the last status change at or before the period's end;
- time to decision: from receipt to the first change to "decided", in days;
- the period report counts items received up to the period's end by their status at that
  moment, and lists the decisions taken inside the period with their median time to decision.
"""

import calendar
import datetime
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from .choices import OPEN_STATUSES, Status
from .models import FeedbackItem, FeedbackStatusChange

DEFAULT_STALE_DAYS = 42


def stale_days():
    return getattr(settings, "FEEDBACK_STALE_DAYS", DEFAULT_STALE_DAYS)


def age_in_days(item, now=None):
    return ((now or timezone.now()) - item.created_at).days


def open_items(now=None):
    """Open items, oldest first, with ``age`` and ``is_stale`` set."""
    now = now or timezone.now()
    items = list(
        FeedbackItem.objects.filter(status__in=OPEN_STATUSES)
        .prefetch_related("building_blocks")
        .order_by("created_at", "pk")
    )
    for item in items:
        item.age = age_in_days(item, now)
        item.is_stale = item.age > stale_days()
    return items


def open_by_building_block(items):
    groups = defaultdict(list)
    for item in items:
        blocks = list(item.building_blocks.all()) or [None]
        for block in blocks:
            groups[block.title if block else ""].append(item)
    return sorted(groups.items(), key=lambda pair: (pair[0] == "", pair[0]))


def open_by_source(items):
    counts = Counter(item.get_source_kind_display() for item in items)
    return sorted(counts.items())


# --- periods --------------------------------------------------------------------------------


@dataclass
class Period:
    label: str
    start: datetime.datetime
    end: datetime.datetime  # exclusive


PERIOD_PATTERN = re.compile(r"^([0-9]{4})-(?:(0[1-9]|1[0-2])|[QqKk]([1-4]))$")
# Years a report can be about: the ledger did not exist before 2000, and datetime (and the
# database) cannot represent the day after 9999-12-31, which a period's end needs.
MIN_YEAR, MAX_YEAR = 2000, 2100


def parse_period(text):
    """'2026-03' (a month) or '2026-Q1' / '2026-K1' (a quarter); None when not understood."""
    match = PERIOD_PATTERN.match((text or "").strip())
    if not match:
        return None
    year = int(match[1])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if match[2]:
        first_month, months = int(match[2]), 1
    else:
        first_month, months = (int(match[3]) - 1) * 3 + 1, 3
    tz = timezone.get_current_timezone()
    start = datetime.datetime(year, first_month, 1, tzinfo=tz)
    last_month = first_month + months - 1
    end = datetime.datetime(year, last_month, calendar.monthrange(year, last_month)[1], tzinfo=tz)
    end += datetime.timedelta(days=1)
    label = f"{year}-{match[2]}" if match[2] else f"{year}-K{match[3]}"
    return Period(label, start, end)


def current_quarter():
    now = timezone.localtime()
    return parse_period(f"{now.year}-K{(now.month - 1) // 3 + 1}")


@dataclass
class PeriodReport:
    period: Period
    status_counts: dict = field(default_factory=dict)
    building_block_counts: list = field(default_factory=list)
    received_in_period: int = 0
    decisions: list = field(default_factory=list)
    median_days_to_decision: float | None = None


def status_at(history, moment):
    status = Status.RECEIVED
    for change in history:
        if change.at < moment:
            status = change.to_status
    return status


def period_report(period):
    items = list(
        FeedbackItem.objects.filter(created_at__lt=period.end)
        .prefetch_related("building_blocks", "history")
        .order_by("created_at", "pk")
    )
    report = PeriodReport(period=period)
    report.status_counts = {status.value: 0 for status in Status}
    per_block = defaultdict(Counter)
    for item in items:
        status = status_at(item.history.all(), period.end)
        report.status_counts[status] += 1
        if item.created_at >= period.start:
            report.received_in_period += 1
        for block in item.building_blocks.all() or [None]:
            per_block[block.title if block else ""][status] += 1
    report.building_block_counts = [
        (title, [counts[status.value] for status in Status], sum(counts.values()))
        for title, counts in sorted(per_block.items(), key=lambda p: (p[0] == "", p[0]))
    ]
    report.decisions = decisions_in(period)
    durations = [decision.days_to_decision for decision in report.decisions if decision.first]
    report.median_days_to_decision = statistics.median(durations) if durations else None
    return report


def decisions_in(period):
    """Decisions taken in the period; ``first`` marks an item's first decision, which alone
    counts for the time to decision."""
    changes = list(
        FeedbackStatusChange.objects.filter(
            to_status=Status.DECIDED, at__gte=period.start, at__lt=period.end
        )
        .select_related("item")
        .order_by("at", "pk")
    )
    earlier = set(
        FeedbackStatusChange.objects.filter(
            to_status=Status.DECIDED, at__lt=period.start, item__in={c.item_id for c in changes}
        ).values_list("item_id", flat=True)
    )
    seen = set()
    for change in changes:
        change.first = change.item_id not in earlier and change.item_id not in seen
        seen.add(change.item_id)
        change.days_to_decision = (change.at - change.item.created_at).total_seconds() / 86400
    return changes
