"""Demo content of the method toolkit, as plain Python data (Dutch text, English keys).

* ``handbook.CHAPTERS`` — the handbook tree (chapters with sections and child chapters).
* ``building_blocks.BUILDING_BLOCKS`` — the building blocks with steps, worksheets and metadata.
* ``products.PRODUCTS`` and ``products.DECISION_AID_2A`` — the GI products and the decision aid.
* ``glossary.TERMS`` — the begrippenlijst.
* ``releases.RELEASES`` — method releases 1.0 and 1.1, with helpers for the state per release.
* ``schema`` — the vocabularies (roles, phases, statuses, ...) and the keys of each record type.

Everything here is fictional demo content written for the platform; no Django imports, so it can
be loaded by the seeder and checked by tests without a database.
"""

from .building_blocks import BUILDING_BLOCKS
from .glossary import TERMS
from .handbook import CHAPTERS
from .products import DECISION_AID_2A, PRODUCTS
from .releases import RELEASES, building_blocks_at, chapters_at

__all__ = [
    "BUILDING_BLOCKS",
    "CHAPTERS",
    "DECISION_AID_2A",
    "PRODUCTS",
    "RELEASES",
    "TERMS",
    "building_blocks_at",
    "chapters_at",
]
