"""Framing rules: an embed view may be framed by exactly its organisation's origins."""

from csp.constants import NONE

from .origins import valid_origins


def allow_framing_by(response, origins):
    """Set ``frame-ancestors`` to the origins (or 'none') and drop X-Frame-Options when framing
    is allowed: X-Frame-Options cannot name origins, and browsers that know CSP ignore it.

    The origins are validated again here: whatever is stored, only ``scheme://host[:port]``
    values reach the header."""
    origins = valid_origins(origins)
    response._csp_replace = {"frame-ancestors": list(origins) or [NONE]}
    if origins:
        response.xframe_options_exempt = True
    return response
