"""Cache invalidation: glossary terms, releases and change notes show on many pages, so changing
one bumps the site's page generation as a publish does (samenspel.signals); terms also clear
the glossary cache."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from samenspel.cache import PAGES

from .models import ChangeNote, GlossaryPage, GlossaryTerm, MethodRelease
from .services.glossary import clear_glossary_cache

for model in (GlossaryTerm, MethodRelease, ChangeNote):
    for signal in (post_save, post_delete):
        signal.connect(PAGES.bump, sender=model, dispatch_uid=f"toolkit_cache_{model}_{signal}")

for model in (GlossaryTerm, GlossaryPage):
    for signal in (post_save, post_delete):
        signal.connect(
            clear_glossary_cache, sender=model, dispatch_uid=f"toolkit_glossary_{model}_{signal}"
        )
page_published.connect(clear_glossary_cache, sender=GlossaryPage, dispatch_uid="toolkit_gl_pub")
