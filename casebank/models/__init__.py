from .cases import Case, CaseFacetValue, CaseFactor
from .pages import CaseIndexPage
from .reactions import Reaction, Recognition
from .submissions import AuditEntry, RawSubmission

__all__ = [
    "AuditEntry",
    "Case",
    "CaseFacetValue",
    "CaseFactor",
    "CaseIndexPage",
    "RawSubmission",
    "Reaction",
    "Recognition",
]
