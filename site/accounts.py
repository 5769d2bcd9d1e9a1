from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Membership comes from invitations; anyone may register, but roles are granted."""

    def get_login_redirect_url(self, request):
        pending = request.session.pop("samenspel_invitation_next", None)
        return pending or super().get_login_redirect_url(request)
