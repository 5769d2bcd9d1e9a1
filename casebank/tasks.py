"""The case bank's background tasks live in ``casebank.services``, beside the services that run
and queue them. This module keeps their old import path for tasks already queued under it."""

from .services import deidentify_case, purge_abandoned_submissions, send_review_request

__all__ = ["deidentify_case", "purge_abandoned_submissions", "send_review_request"]
