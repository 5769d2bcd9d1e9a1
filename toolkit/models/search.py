from django.utils.html import strip_tags

from ..stemming import stem_text


class StemmedSearchMixin:
    """Indexes Dutch word stems beside the text, so SQLite finds "gezinspatroon" for
    "gezinspatronen" too (PostgreSQL's ``dutch`` configuration stems by itself)."""

    def stem_source(self):
        return [self.title]

    def search_stems(self):
        return stem_text(" ".join(strip_tags(str(part or "")) for part in self.stem_source()))
