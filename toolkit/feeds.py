"""An Atom feed of the method's published releases, newest first."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import MethodRelease

FEED_SIZE = 30


class ReleaseFeed(Feed):
    feed_type = Atom1Feed
    title = gettext_lazy("Samenspel: versions of the method")
    subtitle = gettext_lazy("New versions of the Beter Samenspel method, with what changed.")

    def link(self):
        return reverse("toolkit:change_log")

    def items(self):
        return (
            MethodRelease.objects.published()
            .order_by("-date", "-pk")
            .prefetch_related("change_notes__page")[:FEED_SIZE]
        )

    def item_title(self, release):
        return str(release)

    def item_description(self, release):
        lines = [release.summary] if release.summary else []
        for note in release.change_notes.all():
            lines.append(f"{note.get_kind_display()}: {note.page.title} — {note.note}")
        return "\n".join(lines) or _("No change notes.")

    def item_pubdate(self, release):
        return timezone.make_aware(datetime.combine(release.date, time(0, 0)))

    def item_updateddate(self, release):
        return self.item_pubdate(release)
