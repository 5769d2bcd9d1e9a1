from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class SamenspelUserManager(UserManager):
    def _create_user(self, username, email, password, **extra_fields):
        # allauth logs in by e-mail; the username is an internal handle derived from it.
        username = username or email
        return super()._create_user(username, email, password, **extra_fields)

    def create_user(self, username=None, email=None, password=None, **extra_fields):
        return super().create_user(username, email, password, **extra_fields)

    def create_superuser(self, username=None, email=None, password=None, **extra_fields):
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        blank=True,
        help_text=_("How your name is shown to other members. Leave empty to use your first name."),
    )

    # The start page's "since your last visit" (samenspel.home): when this member last opened
    # the start page, and when their visit before the current one ended.
    last_visit_at = models.DateTimeField(_("last visit"), null=True, blank=True, editable=False)
    previous_visit_at = models.DateTimeField(
        _("previous visit"), null=True, blank=True, editable=False
    )

    objects = SamenspelUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.public_name

    @property
    def public_name(self):
        return self.display_name or self.first_name or self.email.split("@")[0]
