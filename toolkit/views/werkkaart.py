"""The printable work card (werkkaart) of a building block: an HTML print view and a PDF.

Both show where the live version is (link and QR code) and until when a paper copy may be
trusted without looking online (``check_online_after``). The worksheets are forms: fields on
screen, AcroForm fields in the PDF. The PDF is tagged (PDF/UA-1) for screen readers.
"""

import base64
import calendar
import datetime

import qrcode
import qrcode.image.svg
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone

# Tagged PDF/UA-1 (structure, document language, title shown as the window title) with the
# worksheets as AcroForm fields. Given to layout and writing alike.
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1", "pdf_forms": True}
# A printed card says what the method was on the day it was printed; after this many months a
# reader should check online whether a newer method version changed the building block.
REVIEW_MONTHS = 6


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def qr_code_data_uri(url):
    """The URL as a QR code: an SVG data URI (the PDF's fetcher reads only ``data:`` URLs)."""
    svg = qrcode.make(
        url,
        image_factory=qrcode.image.svg.SvgPathImage,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=2,
    ).to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def werkkaart_context(request, page):
    printed_on = timezone.localdate()
    page_url = request.build_absolute_uri(page.url)
    return {
        "page": page,
        "version": page.current_version,
        "page_url": page_url,
        "qr_code": qr_code_data_uri(page_url),
        "printed_on": printed_on,
        "check_online_after": add_months(printed_on, REVIEW_MONTHS),
        "fillable": True,  # worksheets as form fields (toolkit/blocks/worksheet.html)
    }


def werkkaart_html(request, page):
    return TemplateResponse(request, "toolkit/werkkaart.html", werkkaart_context(request, page))


def werkkaart_document(request, page):
    """The laid-out PDF document (WeasyPrint), before it is written."""
    from weasyprint import HTML  # lazy: loads Pango

    context = {**werkkaart_context(request, page), "for_pdf": True}
    html = render_to_string("toolkit/werkkaart_pdf.html", context, request=request)
    return HTML(
        string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_only_fetcher()
    ).render(**PDF_OPTIONS)


def werkkaart_pdf(request, page):
    pdf = werkkaart_document(request, page).write_pdf(**PDF_OPTIONS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="werkkaart-{page.slug}.pdf"'
    return response


def local_only_fetcher():
    """WeasyPrint may only read inline data (the stylesheet and the QR code): no requests from
    the server to anywhere, whatever a page's content links to."""
    from weasyprint.urls import URLFetcher  # lazy: as above

    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
