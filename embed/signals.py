"""Cache invalidation of the embed views, declared to the shell (samenspel.signals): an
organisation's embed settings and supplements set the theme, the supplement text and the
frame-ancestors header of its cached embed answers."""

from samenspel.cache import EMBED_SETTINGS
from samenspel.models import Organisation
from samenspel.signals import bump_on_change

from .models import EmbedSettings, EmbedSupplement

bump_on_change(EMBED_SETTINGS, Organisation, EmbedSettings, EmbedSupplement)
