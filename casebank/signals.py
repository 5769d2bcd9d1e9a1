"""Cache invalidation of the case bank, declared to the shell (samenspel.signals): every save or
delete of a case bumps the case-bank generation, which keys the search's facet counts."""

from samenspel.cache import CASES
from samenspel.signals import bump_on_change

from .models import Case

bump_on_change(CASES, Case)
