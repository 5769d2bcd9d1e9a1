"""The account hub: one page for everything about your own account.

Profile, password, e-mail addresses, two-step verification, organisations and "mijn gegevens"
are the shell's own; the apps add theirs (notification settings, what you follow) through the
``account_links`` Wagtail hook: a function ``(request) -> iterable of samenspel.home.Link``.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..accounts import has_totp, requires_mfa
from ..forms import ProfileForm
from ..home import links

ACCOUNT_LINKS_HOOK = "account_links"


@login_required
def account_hub(request):
    user = request.user
    return render(
        request,
        "samenspel/account.html",
        {
            "memberships": user.memberships.select_related("organisation").order_by(
                "organisation__name", "role"
            ),
            "has_totp": has_totp(user),
            "requires_mfa": requires_mfa(user),
            "app_links": links(ACCOUNT_LINKS_HOOK, request),
        },
    )


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("samenspel:account")
    return render(request, "samenspel/profile.html", {"form": form})
