"""A reader's own side: notifications, preferences, followed pages, changes since last visit."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.permissions import can
from samenspel.querysets import page_viewable

from .. import follows as following
from ..forms import DigestForm, FollowForm, PreferenceForm
from ..models import Notification, NotificationPreference
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
    # With every box switched off the POST is empty: still a submitted form.
    form = PreferenceForm(request.POST if request.method == "POST" else None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences have been saved."))
        return redirect("feedback:preferences")
    return render(request, "feedback/preferences.html", {"form": form})


@require_POST
@login_required
def toggle_follow(request, page_id):
    """Follow (``follow=1``) or stop following (``follow=0``) a building block, chapter or
    product; without ``follow``, switch. Back to ``next`` (same site only) or the page."""
    page = following.followable_page(page_id)
    if page is None or not page_viewable(request, page):
        raise Http404
    if not can(request.user, "feedback.follow_page", page):
        raise PermissionDenied
    form = FollowForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("This is not a follow request."))
    wanted = form.cleaned_data["follow"]
    if wanted is None:
        wanted = not following.is_following(request.user, page)
    if wanted:
        following.follow(request.user, page)
        weekly = NotificationPreference.objects.filter(
            user=request.user, weekly_digest=True
        ).exists()
        messages.success(
            request,
            (
                _("You now follow “%(title)s”.")
                if weekly
                else _(
                    "You now follow “%(title)s”. Changes show on your start page; turn on the "
                    "weekly e-mail under “What you follow”."
                )
            )
            % {"title": page.title},
        )
    else:
        following.unfollow(request.user, page)
        messages.success(request, _("You no longer follow “%(title)s”.") % {"title": page.title})
    next_url = form.cleaned_data["next"]
    if not url_has_allowed_host_and_scheme(
        next_url, {request.get_host()}, require_https=request.is_secure()
    ):
        next_url = page.url or "/"
    return redirect(next_url)


@login_required
def follows(request):
    """What this member follows: each page with its last change, a button to stop following,
    and the weekly e-mail switch."""
    preference, _created = NotificationPreference.objects.get_or_create(user=request.user)
    # An empty POST is the check box switched off: still a submitted form.
    form = DigestForm(request.POST if request.method == "POST" else None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your choice for the weekly e-mail has been saved."))
        return redirect("feedback:follows")
    return render(
        request,
        "feedback/follows.html",
        {
            "form": form,
            "preference": preference,
            "rows": following.followed_pages(request.user),
        },
    )


@login_required
def changes(request):
    return render(request, "feedback/changes.html", {"pages": changed_pages_for(request.user)})
