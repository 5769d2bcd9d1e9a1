from .building_blocks import BuildingBlockIndexPage, BuildingBlockPage, filter_building_blocks
from .glossary import GlossaryPage, GlossaryTerm
from .handbook import ChapterPage, HandbookPage
from .products import ProductIndexPage, ProductPage
from .releases import ChangeNote, MethodRelease

__all__ = [
    "BuildingBlockIndexPage",
    "BuildingBlockPage",
    "ChangeNote",
    "ChapterPage",
    "GlossaryPage",
    "GlossaryTerm",
    "HandbookPage",
    "MethodRelease",
    "ProductIndexPage",
    "ProductPage",
    "filter_building_blocks",
]
