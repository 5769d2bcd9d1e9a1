"""Django's and allauth's own messages that readers meet, in the site's voice and words.

Django's Dutch catalogue addresses the reader as "u" ("Uw wachtwoord moet minstens 10 tekens lang
zijn"). The project catalogue (``locale/nl``, first in ``LOCALE_PATHS``) translates these msgids
again with "je" (docs/style-guide.md); they are named here so that ``make messages`` keeps them.
tests/quality/test_voice.py renders them to check that the override wins.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Password rules (sign-up, password change and reset) and the password change form.
gettext_noop("Your password can’t be too similar to your other personal information.")
gettext_noop("Your password can’t be a commonly used password.")
gettext_noop("Your password can’t be entirely numeric.")
gettext_noop("Your old password was entered incorrectly. Please enter it again.")
ngettext_lazy(
    "Your password must contain at least %(min_length)d character.",
    "Your password must contain at least %(min_length)d characters.",
    "min_length",
)
# The page shown when a form's security token is missing (CSRF failure).
gettext_noop(
    "You are seeing this message because this site requires a CSRF cookie when submitting "
    "forms. This cookie is required for security reasons, to ensure that your browser is not "
    "being hijacked by third parties."
)
gettext_noop(
    "If you have configured your browser to disable cookies, please re-enable them, at least "
    "for this site, or for “same-origin” requests."
)
# allauth's name for logging in and out; the site says "Inloggen" / "Uitloggen" everywhere, so
# the log-in page's title, heading and button match the header link that leads there.
gettext_noop("Sign In")
gettext_noop("Sign Out")
