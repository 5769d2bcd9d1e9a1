from allauth.account.adapter import DefaultAccountAdapter

from samenspel.clientip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """Membership comes from invitations; anyone may register, but roles are granted."""

    def get_login_redirect_url(self, request):
        pending = request.session.pop("samenspel_invitation_next", None)
        return pending or super().get_login_redirect_url(request)

    def get_client_ip(self, request):
        """allauth's rate limits count per client the way every other limit does
        (``samenspel.clientip``, behind ``TRUSTED_PROXY_COUNT`` proxies)."""
        return client_ip(request)
