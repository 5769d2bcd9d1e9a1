"""Read-only JSON API for organisations that pull the method into their own CMS.

Wagtail's pages endpoint, limited to embeddable, public, live pages (never cases or LOT), plus
an organisation's local supplements. Supplements are public: every embed page shows them to
anyone who opens its URL, so the API serves them to anyone too, for the organisation named by
``?organisation=<slug>`` or by the API key sent as a Bearer token (issue 13, finding 7).
"""

import re

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from samenspel.models import Organisation
from samenspel.params import DB_INT_MAX, parse_int

from .embeddable import embeddable_models, site_for
from .models import EmbedSupplement
from .services import key_from_request, organisation_for_key

# Characters that full-text engines read as query syntax (SQLite FTS5 fails on a stray quote);
# a reader's search is plain words, so they are dropped rather than passed on.
INVALID_KEY = "Invalid API key."
SEARCH_SYNTAX = re.compile(r'["*^():{}\[\]]')


class PlainWordsSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            query = request._request.GET.copy()
            query["search"] = SEARCH_SYNTAX.sub(" ", query["search"]).strip()
            if not query["search"]:
                return queryset.none()
            request._request.GET = query
        return super().filter_queryset(request, queryset, view)


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination checks that offset is a positive integer but not how large it is:
    ``?offset=99999999999999999999`` reached PostgreSQL's OFFSET (bigint) and gave a 500. An
    offset no database integer holds is a 400 like any other bad offset."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))  # as Wagtail reads it (also "1_000")
        except ValueError:
            offset = 0  # Wagtail answers 400 for it
        if offset > DB_INT_MAX:
            raise BadRequestError(f"offset cannot be higher than {DB_INT_MAX}")
        return super().paginate_queryset(queryset, request, view)


class EmbeddablePagesAPIViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    pagination_class = BoundedPagination
    filter_backends = [
        *(f for f in PagesAPIViewSet.filter_backends if f is not SearchFilter),
        PlainWordsSearchFilter,  # last, as in Wagtail: search results cannot be filtered further
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().type(*embeddable_models())

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["organisation"])

    def find_object(self, queryset, request):
        """Wagtail passes ``?id=`` to the database as typed, so ``id=1e309`` was a 500 (found by
        the URL fuzz test); an id that is not a plain integer is a 400."""
        wanted = request.GET.get("id")
        if wanted is not None and "html_path" not in request.GET and parse_int(wanted) is None:
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)

    def detail_view(self, request, pk):
        response = super().detail_view(request, pk)
        organisation, error = organisation_asked_for(request)
        if error:
            return Response({"message": error}, status=401 if error == INVALID_KEY else 404)
        if organisation is None:
            return response
        supplement = EmbedSupplement.objects.filter(
            organisation=organisation, page_id=self.get_object().pk
        ).first()
        response.data["local_supplement"] = {
            "organisation": organisation.slug,
            "html": supplement.text if supplement else None,
            "updated_at": supplement.updated_at.isoformat() if supplement else None,
        }
        return response


# Mounted inside the "embed" URL namespace (see urls.py), so reverse() needs the full name.
api_router = WagtailAPIRouter("embed:api")
api_router.register_endpoint("pages", EmbeddablePagesAPIViewSet)


def organisation_asked_for(request):
    """(organisation, error): from the Bearer key when one is sent (a wrong key is an error, not
    a fallback), else from ``?organisation=<slug>``; (None, None) when neither is given."""
    key = key_from_request(request)
    if key is not None:
        organisation = organisation_for_key(key)
        return (organisation, None) if organisation else (None, INVALID_KEY)
    slug = request.GET.get("organisation", "").strip()
    if not slug:
        return None, None
    organisation = Organisation.objects.filter(slug=slug).first()
    return (organisation, None) if organisation else (None, "Unknown organisation.")


@require_GET
def supplements(request):
    """Every local supplement of one organisation (``?organisation=<slug>`` or its key)."""
    organisation, error = organisation_asked_for(request)
    if organisation is None:
        if error == INVALID_KEY:
            response = JsonResponse({"message": error}, status=401)
            response["WWW-Authenticate"] = 'Bearer realm="samenspel"'
            return response
        if error:
            return JsonResponse({"message": error}, status=404)
        message = "Name the organisation: ?organisation=<slug>, or send its API key."
        return JsonResponse({"message": message}, status=400)
    site = site_for(request)
    items = [
        {
            "page_id": supplement.page_id,
            "page_title": supplement.page.title,
            "page_url": supplement.page.get_full_url(request),
            "api_url": request.build_absolute_uri(f"/api/v2/pages/{supplement.page_id}/"),
            "html": supplement.text,
            "updated_at": supplement.updated_at.isoformat(),
        }
        for supplement in EmbedSupplement.objects.filter(organisation=organisation)
        .select_related("page")
        .order_by("page__path")
        if site is None or supplement.page.path.startswith(site.root_page.path)
    ]
    return JsonResponse({"organisation": organisation.slug, "items": items})
