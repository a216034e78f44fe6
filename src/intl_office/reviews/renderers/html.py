"""The review as one standalone HTML document: the web page and the HTML export."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from intl_office.reviews import charts
from intl_office.reviews.infographic import infographic_svg
from intl_office.reviews.renderers import register
from intl_office.reviews.selectors import ReviewData


def chart_list(data: ReviewData) -> list[tuple[str, dict[str, Any]]]:
    """The charts in order of appearance, each with the id of its place in the page."""
    found: list[tuple[str, dict[str, Any]]] = []
    for chapter in data.chapters:
        if chapter.welcome and chapter.welcome.chart:
            found.append((f"chart-{chapter.kind}", chapter.welcome.chart))
    if data.overview.chart:
        found.append(("chart-overview", data.overview.chart))
    return found


def render_page(
    data: ReviewData,
    *,
    interactive: bool,
    print_only: bool = False,
    downloads: list[dict[str, str]] | None = None,
    switch: list[dict[str, str]] | None = None,
) -> str:
    """``interactive``: charts drawn in the browser by vega-embed (the web page); otherwise as
    inline SVG, so the file stands alone (the export, and the PDF's source)."""
    specs = chart_list(data)
    svgs = {} if interactive else {key: charts.to_svg(spec) for key, spec in specs}
    svgs["infographic"] = infographic_svg(data)
    with translation.override(data.language):
        return render_to_string(
            "reviews/review.html",
            {
                "review": data,
                "interactive": interactive,
                "print_only": print_only,
                "svgs": svgs,
                # The PDF sets each source as a footnote at the foot of the page that cites it.
                "footnotes": {n.number: n.text for n in data.notes} if print_only else {},
                "specs": dict(specs) if interactive else {},
                "downloads": downloads or [],
                "switch": switch or [],
            },
        )


@register("html", "HTML", "text/html; charset=utf-8", "html")
def render(data: ReviewData) -> bytes:
    return render_page(data, interactive=False).encode()
