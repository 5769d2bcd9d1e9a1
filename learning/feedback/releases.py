"""The toolkit's MethodRelease model, when the toolkit provides it."""

from django.apps import apps


def release_model():
    try:
        return apps.get_model("toolkit", "MethodRelease")
    except LookupError:
        return None
