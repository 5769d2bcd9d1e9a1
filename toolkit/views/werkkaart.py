"""The printable work card (werkkaart) of a building block: an HTML print view and a PDF."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone


def werkkaart_context(request, page):
    return {
        "page": page,
        "version": page.current_version,
        "page_url": request.build_absolute_uri(page.url),
        "printed_on": timezone.localdate(),
    }


def werkkaart_html(request, page):
    return TemplateResponse(request, "toolkit/werkkaart.html", werkkaart_context(request, page))


def werkkaart_pdf(request, page):
    from weasyprint import HTML  # lazy: loads Pango

    context = {**werkkaart_context(request, page), "for_pdf": True}
    html = render_to_string("toolkit/werkkaart_pdf.html", context, request=request)
    document = HTML(
        string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_only_fetcher
    )
    pdf = document.write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="werkkaart-{page.slug}.pdf"'
    return response


def local_only_fetcher(url, *args, **kwargs):
    """WeasyPrint may only read inline data; the PDF template inlines its stylesheet."""
    from weasyprint.urls import default_url_fetcher  # lazy: as above

    if not url.startswith("data:"):
        raise ValueError(f"refusing to fetch {url}")
    return default_url_fetcher(url, *args, **kwargs)
