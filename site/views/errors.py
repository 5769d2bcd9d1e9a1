import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

DATABASE_DOWN = (OperationalError, InterfaceError)


def server_error(request):
    """503 with Retry-After while the database is unreachable, Django's 500 page otherwise.

    A handler, not a middleware: errors raised inside other middleware (session or user lookup)
    become a 500 before an outer middleware could see them. The 503 page is rendered without a
    request context, because context processors would query the database again."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        return response
    return defaults.server_error(request)
