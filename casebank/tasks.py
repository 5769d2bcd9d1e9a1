"""The case bank's background tasks live in ``casebank.services``, beside the services that run
and queue them (samenspel.tasks: retried with backoff, found again by the sweeper). This module
keeps their old import path for tasks already queued under it."""

from .services import (
    deidentify_case,
    purge_abandoned_submissions,
    send_deidentify_failed_mail,
    send_review_request,
)

__all__ = [
    "deidentify_case",
    "purge_abandoned_submissions",
    "send_deidentify_failed_mail",
    "send_review_request",
]
