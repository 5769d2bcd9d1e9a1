"""The site shell's own registrations: account, memberships, invitations, e-mail addresses,
two-factor authenticators, and the retention rules for invitations and unverified accounts."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from samenspel.models import Invitation, Membership

from . import registry
from .registry import iso

# What other members see where a deleted account's contributions stay (comments, reviews).
FORMER_MEMBER_NAME = "voormalig lid"


@registry.exporter("account", label=_("Account"))
def export_account(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "display_name": user.display_name,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        "start_page_last_visit": iso(user.last_visit_at),
        "start_page_previous_visit": iso(user.previous_visit_at),
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        # Never the secrets themselves: only which kinds of second factor exist and when used.
        "two_factor_authenticators": [
            {"type": a.type, "created_at": iso(a.created_at), "last_used_at": iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user).order_by("type")
        ],
    }


@registry.exporter("memberships", label=_("Organisations and roles"))
def export_memberships(user):
    return [
        {
            "organisation": m.organisation.name,
            "role": m.role,
            "since": iso(m.created_at),
        }
        for m in Membership.objects.filter(user=user).select_related("organisation")
    ]


@registry.exporter("invitations", label=_("Invitations"))
def export_invitations(user):
    def row(invitation):
        return {
            "organisation": invitation.organisation.name,
            "email": invitation.email,
            "role": invitation.role,
            "created_at": iso(invitation.created_at),
            "expires_at": iso(invitation.expires_at),
            "accepted_at": iso(invitation.accepted_at),
        }

    invitations = Invitation.objects.select_related("organisation")
    return {
        "sent": [row(i) for i in invitations.filter(invited_by=user)],
        "received": [row(i) for i in invitations.filter(email__iexact=user.email)],
    }


@registry.eraser("invitations")
def erase_invitations(user):
    # Invitations the person sent stay with the organisation (invited_by is set to NULL when the
    # account row goes; here it is anonymised instead, which shows as "voormalig lid").
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True).delete()


@registry.eraser("memberships")
def erase_memberships(user):
    for membership in Membership.objects.filter(user=user):
        membership.delete()  # one by one, so the role groups follow (signals)


@registry.eraser("account", order=1000)
def anonymise_account(user):
    """The account row stays as an anonymous tombstone, so comments, reviews and decisions that
    point at it keep their history, shown as "voormalig lid". Nothing identifying remains and
    nobody can log in to it."""
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    placeholder = f"verwijderd-{user.pk}@voormalig-lid.invalid"
    user.email = user.username = placeholder
    user.first_name = user.last_name = ""
    user.display_name = FORMER_MEMBER_NAME
    user.last_visit_at = user.previous_visit_at = None
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()  # also ends the person's sessions on every device
    user.save()
    delete_wagtail_profile(user)


def delete_wagtail_profile(user):
    UserProfile.objects.filter(user=user).delete()


@registry.retention(
    "samenspel.expired_invitations",
    days=90,
    description=_("Invitations that were never accepted, 90 days after they expired."),
)
def delete_expired_invitations(cutoff):
    deleted, _by_model = Invitation.objects.filter(
        accepted_at__isnull=True, expires_at__lt=cutoff
    ).delete()
    return deleted


@registry.retention(
    "account.unverified_accounts",
    days=30,
    description=_(
        "Accounts whose e-mail address was never verified, 30 days after sign-up. Such accounts "
        "cannot log in and hold nothing else."
    ),
)
def delete_unverified_accounts(cutoff):
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    stale = (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .filter(Q(last_login__isnull=True))
        .exclude(Exists(verified))
        .exclude(memberships__isnull=False)
        .exclude(email__endswith="@voormalig-lid.invalid")
    )
    count = 0
    for user in stale:
        user.delete()
        count += 1
    return count


# Processing activities of the site shell (privacy statement and processing register).
registry.processing(
    "samenspel.accounts",
    app="samenspel",
    label=_("Accounts and logging in"),
    purpose=_(
        "Giving professionals of the member organisations access to the learning network, and "
        "showing who wrote what."
    ),
    data=_(
        "E-mail address, first and last name, display name, password (only as a hash), date of "
        "sign-up and last log-in, whether the e-mail address is verified, which kinds of second "
        "factor you use."
    ),
    subjects=_(
        "Professionals of the municipalities, local teams, certified institutions and "
        "the programme office."
    ),
    legal_basis="public_task",
    recipients=_(
        "Other members see your display name next to what you write. Site administrators of "
        "the programme office see accounts. The hosting party processes the data on our behalf."
    ),
    retention=_(
        "Until you delete your account; then your name and e-mail address are removed and your "
        "contributions show as “voormalig lid”."
    ),
    retention_rules=("account.unverified_accounts",),
)
registry.processing(
    "samenspel.memberships",
    app="samenspel",
    label=_("Organisations, roles and invitations"),
    purpose=_(
        "Deciding what you may see and do: every permission depends on your organisation and role."
    ),
    data=_(
        "Organisation, role and since when; for invitations the invited e-mail address, the "
        "role, who invited and the dates."
    ),
    subjects=_("Members and people invited to join."),
    legal_basis="public_task",
    recipients=_("The administrators of your own organisation and the site administrators."),
    retention=_(
        "As long as you are a member; invitations that are never accepted are deleted "
        "automatically."
    ),
    retention_rules=("samenspel.expired_invitations",),
)
registry.processing(
    "samenspel.start_page",
    app="samenspel",
    label=_("Your start page"),
    purpose=_(
        "Showing on your start page what changed since your previous visit in what you follow, "
        "your LOT and your remarks."
    ),
    data=_(
        "When you last opened the start page and when your visit before that ended (two "
        "moments in time, nothing about what you read)."
    ),
    subjects=_("Members who log in."),
    legal_basis="public_task",
    recipients=_("Only you."),
    retention=_("Until you delete your account; each new visit overwrites the previous one."),
)
registry.processing(
    "samenspel.sessions",
    app="samenspel",
    label=_("Log-in session and security"),
    purpose=_("Keeping you logged in and protecting accounts against attempts to guess passwords."),
    data=_(
        "A session cookie, counters of failed log-in attempts (for minutes). No IP addresses "
        "are stored in the database; the web server's access log is kept by the hosting "
        "party for security."
    ),
    subjects=_("Everyone who logs in."),
    legal_basis="legitimate_interest",
    recipients=_("Nobody: only the system itself uses it."),
    retention=_("Two weeks at most, or until you log out."),
)
