"""Framing rules: an embed view may be framed by exactly its organisation's origins."""

from csp.constants import NONE


def allow_framing_by(response, origins):
    """Set ``frame-ancestors`` to the origins (or 'none') and drop X-Frame-Options when framing
    is allowed: X-Frame-Options cannot name origins, and browsers that know CSP ignore it."""
    response._csp_replace = {"frame-ancestors": list(origins) or [NONE]}
    if origins:
        response.xframe_options_exempt = True
    return response
