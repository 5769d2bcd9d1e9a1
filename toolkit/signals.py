"""Cache invalidation: publishing or unpublishing any page, or changing glossary terms or
releases, clears the toolkit page cache (and the glossary cache for terms)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .cache import clear_page_cache
from .models import ChangeNote, GlossaryPage, GlossaryTerm, MethodRelease
from .services.glossary import clear_glossary_cache

page_published.connect(clear_page_cache, dispatch_uid="toolkit_clear_cache_on_publish")
page_unpublished.connect(clear_page_cache, dispatch_uid="toolkit_clear_cache_on_unpublish")

for model in (GlossaryTerm, MethodRelease, ChangeNote):
    for signal in (post_save, post_delete):
        signal.connect(
            clear_page_cache, sender=model, dispatch_uid=f"toolkit_cache_{model}_{signal}"
        )

for model in (GlossaryTerm, GlossaryPage):
    for signal in (post_save, post_delete):
        signal.connect(
            clear_glossary_cache, sender=model, dispatch_uid=f"toolkit_glossary_{model}_{signal}"
        )
page_published.connect(clear_glossary_cache, sender=GlossaryPage, dispatch_uid="toolkit_gl_pub")
