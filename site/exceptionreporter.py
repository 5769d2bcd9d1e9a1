"""Django's error reports (the ``ADMINS`` e-mail) without personal data.

``DEFAULT_EXCEPTION_REPORTER_FILTER`` and ``DEFAULT_EXCEPTION_REPORTER`` point here (settings):

- every POSTed value is hidden, not only passwords: a case story, a comment or a questionnaire
  answer never leaves in an e-mail (the field names stay, they help to find the form);
- query-string values, cookies, the client address, forwarded-for headers and the referer are
  hidden from the request's META and the report's GET list;
- the user line is left out (it would print the user's e-mail address);
- the exception message and the request address are scrubbed the way Sentry events are
  (``samenspel.observability.scrub_text``: posted values and e-mail addresses replaced).
"""

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from .observability import FILTERED, posted_values, scrub_text

HIDDEN_META = {
    "QUERY_STRING",
    "REMOTE_ADDR",
    "REMOTE_HOST",
    "REMOTE_USER",
    "HTTP_COOKIE",
    "HTTP_REFERER",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
    "HTTP_AUTHORIZATION",
    "REQUEST_URI",
    "RAW_URI",
}


class ScrubbingExceptionReporterFilter(SafeExceptionReporterFilter):
    cleansed_substitute = FILTERED

    def get_post_parameters(self, request):
        if request is None:
            return {}
        cleansed = request.POST.copy()
        for key in cleansed:
            cleansed.setlist(key, [self.cleansed_substitute])
        return cleansed

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {
            key: self.cleansed_substitute if key in HIDDEN_META else value
            for key, value in meta.items()
        }

    def get_traceback_frame_variables(self, request, tb_frame):
        # Local variables can hold anything the view read (a story, an address): none leave.
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class ScrubbingExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        values = posted_values(self.request) if self.request is not None else []
        data["user_str"] = None
        if self.request is not None:
            data["request_GET_items"] = [(key, FILTERED) for key in self.request.GET]
        for key in ("exception_value", "request_insecure_uri"):
            if data.get(key):
                data[key] = scrub_text(str(data[key]), values)
        for frame in data.get("frames", []):
            if frame.get("exc_cause") is not None:
                frame["exc_cause"] = scrub_text(str(frame["exc_cause"]), values)
        if data.get("request_insecure_uri"):
            data["request_insecure_uri"] = data["request_insecure_uri"].split("?", 1)[0]
        return data
