"""Data protection: a member's own data (download, account deletion) and retention rules.

Every app registers what it stores about a person in ``<app>/privacy.py`` (found automatically,
like Wagtail's ``wagtail_hooks``)::

    from samenspel.privacy import registry

    @registry.exporter("feedback", label="Reacties en feedback")
    def export_comments(user): ...        # JSON-serialisable dicts/lists

    @registry.eraser("feedback")
    def erase_comments(user): ...         # delete or anonymise; comments stay

    @registry.retention("feedback.read_notifications", days=180, description="...")
    def delete_old_notifications(cutoff): ...   # returns how many rows went

See docs/privacy.md.
"""
