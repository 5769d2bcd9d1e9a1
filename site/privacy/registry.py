"""The registry of what each app stores about a person and how long it keeps things.

Apps register in ``<app>/privacy.py``; :func:`discover` imports those modules once, the first
time anyone asks the registry something, so the registry works whether or not
``samenspel.privacy`` itself is an installed app.
"""

from dataclasses import dataclass
from datetime import timedelta
from threading import Lock

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


def iso(moment):
    """A datetime for the JSON download (None stays None)."""
    return moment.isoformat() if moment else None


@dataclass(frozen=True)
class Exporter:
    key: str
    label: str
    function: object
    description: str = ""


@dataclass(frozen=True)
class Eraser:
    key: str
    function: object
    order: int = 100


@dataclass(frozen=True)
class RetentionRule:
    key: str
    days: int
    description: str
    function: object


# The legal bases of AVG (GDPR) article 6(1) an activity can rest on.
LEGAL_BASES = {
    "consent": _("consent (AVG art. 6(1)(a))"),
    "contract": _("performance of an agreement (AVG art. 6(1)(b))"),
    "legal_obligation": _("a legal obligation (AVG art. 6(1)(c))"),
    "public_task": _("a task in the public interest (AVG art. 6(1)(e))"),
    "legitimate_interest": _("a legitimate interest (AVG art. 6(1)(f))"),
}
# What holds for every activity unless it says otherwise.
NO_TRANSFERS = _("None: all data stays within the European Union.")
SECURITY_MEASURES = _(
    "Access by role and organisation; two-factor log-in for editors and the task team; "
    "encrypted connections (HTTPS); daily backups, checked before a restore and kept encrypted "
    "off the server; automatic deletion after the retention period; no third-party trackers."
)


@dataclass(frozen=True)
class Processing:
    """One processing activity (verwerking) for the privacy statement and the processing
    register (AVG art. 30): what is kept, about whom, why, on which basis, who sees it and how
    long it is kept. ``retention_rules`` name the registered rules that enforce the period."""

    key: str
    app: str
    label: str
    purpose: str
    data: str
    subjects: str
    legal_basis: str
    recipients: str
    retention: str
    retention_rules: tuple = ()
    special_categories: str = ""
    transfers: str = NO_TRANSFERS
    security: str = SECURITY_MEASURES

    @property
    def legal_basis_label(self):
        return LEGAL_BASES[self.legal_basis]

    def rules(self):
        known = {rule.key: rule for rule in retention_rules()}
        return [known[key] for key in self.retention_rules if key in known]


_exporters: dict[str, Exporter] = {}
_erasers: dict[str, Eraser] = {}
_retention_rules: dict[str, RetentionRule] = {}
_processing: dict[str, Processing] = {}
_discovered = False
_lock = Lock()


def exporter(key, *, label, description=""):
    """Decorator: ``function(user)`` returns the user's data for the download, JSON-ready."""

    def register(function):
        _exporters[key] = Exporter(key, label, function, description)
        return function

    return register


def eraser(key, *, order=100):
    """Decorator: ``function(user)`` deletes or anonymises the user's data in one app. Lower
    ``order`` runs first; the core eraser, which anonymises the account itself, runs last."""

    def register(function):
        _erasers[key] = Eraser(key, function, order)
        return function

    return register


def retention(key, *, days, description):
    """Decorator: ``function(cutoff)`` removes what is older than ``cutoff`` (now − ``days``)
    and returns how many records went."""

    def register(function):
        _retention_rules[key] = RetentionRule(key, days, description, function)
        return function

    return register


def processing(key, *, app, legal_basis, **fields):
    """Declare a processing activity (see :class:`Processing` for the fields)."""
    if legal_basis not in LEGAL_BASES:
        raise ValueError(f"{key}: unknown legal basis {legal_basis!r}")
    _processing[key] = Processing(key=key, app=app, legal_basis=legal_basis, **fields)


def discover():
    global _discovered
    with _lock:
        if _discovered:
            return
        autodiscover_modules("privacy")
        _discovered = True


def exporters():
    discover()
    return list(_exporters.values())


def erasers():
    discover()
    return sorted(_erasers.values(), key=lambda e: (e.order, e.key))


def retention_rules():
    discover()
    return list(_retention_rules.values())


def processing_activities():
    discover()
    return list(_processing.values())


def export_user_data(user):
    """Everything the registered apps hold about ``user``, keyed by app section."""
    return {
        "generated_at": timezone.now().isoformat(),
        "sections": {
            item.key: {"label": str(item.label), "data": item.function(user)}
            for item in exporters()
        },
    }


def erase_user(user):
    """Run every eraser in order. The caller wraps this in a transaction."""
    for item in erasers():
        item.function(user)


def apply_retention(now=None):
    """Run every retention rule; returns {rule key: number of records removed}."""
    now = now or timezone.now()
    removed = {}
    for rule in retention_rules():
        with transaction.atomic():  # one rule at a time: a failing rule leaves the others done
            removed[rule.key] = rule.function(now - timedelta(days=rule.days))
    return removed
