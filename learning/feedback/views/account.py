"""A reader's own side: notifications, preferences, followed pages, changes since last visit."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from ..forms import PreferenceForm
from ..models import Notification, NotificationPreference, PageFollow
from ..visits import changed_pages_for


@login_required
def notifications(request):
    items = (
        Notification.objects.filter(recipient=request.user)
        .select_related("item", "status_change")
        .order_by("-created_at", "-pk")[:100]
    )
    items = list(items)
    response = render(request, "feedback/notifications.html", {"notifications": items})
    # Shown once = read; the unread ones stay highlighted on this visit.
    Notification.objects.filter(recipient=request.user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return response


@login_required
def preferences(request):
    preference, _created = NotificationPreference.objects.get_or_create(user=request.user)
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences have been saved."))
        return redirect("feedback:preferences")
    follows = PageFollow.objects.filter(user=request.user).select_related("page")
    return render(request, "feedback/preferences.html", {"form": form, "follows": follows})


@require_POST
@login_required
def toggle_follow(request, page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    follow = PageFollow.objects.filter(user=request.user, page=page).first()
    if follow:
        follow.delete()
        messages.success(request, _("You no longer follow “%(title)s”.") % {"title": page.title})
    else:
        PageFollow.objects.create(user=request.user, page=page)
        messages.success(
            request,
            _("You now follow “%(title)s”. Turn on the weekly e-mail under your preferences.")
            % {"title": page.title},
        )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = page.specific.url or "/"
    return redirect(next_url)


@login_required
def changes(request):
    return render(request, "feedback/changes.html", {"pages": changed_pages_for(request.user)})
