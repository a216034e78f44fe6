"""The review as PDF: the standalone HTML, laid out for A4 by WeasyPrint (title page, table of
contents with page numbers from CSS ``target-counter``, page numbers, numbered notes)."""

from __future__ import annotations

import logging

from intl_office.reviews.renderers import register
from intl_office.reviews.renderers.html import render_page
from intl_office.reviews.selectors import ReviewData

# WeasyPrint reports every layout step at INFO level, some of them when it is first imported.
logging.getLogger("weasyprint.progress").disabled = True
logging.getLogger("fontTools").setLevel(logging.WARNING)


@register("pdf", "PDF", "application/pdf", "pdf")
def render(data: ReviewData) -> bytes:
    import weasyprint

    html = render_page(data, interactive=False, print_only=True)
    return bytes(weasyprint.HTML(string=html, media_type="print").write_pdf())
