"""Random tokens for links that need no account, stored only as keyed hashes.

A token is shown once (in an e-mail or on screen) and the database keeps ``hash_token(token,
purpose)``. The purpose is part of the hash, so the same token used as an invitation and as a
resume key gives two unrelated hashes: the database cannot join an invitation to a response.
"""

import hashlib
import hmac
import secrets

from django.conf import settings


def new_token():
    return secrets.token_urlsafe(24)


def hash_token(token, purpose):
    key = f"{settings.SECRET_KEY}:{purpose}".encode()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def new_salt():
    return secrets.token_hex(16)


def hash_code(code, salt):
    """The self-chosen linking code, normalised and keyed with the round series' salt."""
    from .stats import normalise_code  # lazy: learning.stats loads numpy and scipy

    normalised = normalise_code(code)
    if normalised is None:
        return None
    return hmac.new(salt.encode(), normalised.encode(), hashlib.sha256).hexdigest()
