"""Cache invalidation of the toolkit, declared to the shell (samenspel.signals): glossary terms,
releases and change notes show on many pages (glossary links, versions, history), so changing
one bumps the site's page generation as a publish does. The glossary cache is keyed by that
generation too, so a glossary page publish also refreshes it."""

from samenspel.cache import PAGES
from samenspel.signals import bump_on_change

from .models import ChangeNote, GlossaryTerm, MethodRelease

bump_on_change(PAGES, GlossaryTerm, MethodRelease, ChangeNote)
