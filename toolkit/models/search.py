from django.utils.html import strip_tags

from ..stemming import index_stems


class StemmedSearchMixin:
    """Indexes Dutch word stems beside the text, so SQLite finds "gezinspatroon" for
    "gezinspatronen" too (PostgreSQL's ``dutch`` configuration stems by itself), and the known
    parts of compounds on both ("jeugdhulp" finds "jeugdhulpverlener": toolkit.stemming)."""

    def stem_source(self):
        return [self.title]

    def search_stems(self):
        return index_stems(" ".join(strip_tags(str(part or "")) for part in self.stem_source()))
