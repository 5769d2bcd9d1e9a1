"""The choices of the toolkit's models: the method vocabulary of ``toolkit.vocabulary``."""

from ..vocabulary import Phase, Product, Role, Status

__all__ = ["Phase", "Product", "Role", "Status", "labels"]


def labels(choices, keys):
    lookup = dict(choices.choices)
    return [lookup.get(key, key) for key in keys]
