"""The welcome desk infographic on its own, as SVG or PNG."""

from __future__ import annotations

from intl_office.reviews.infographic import infographic_png, infographic_svg
from intl_office.reviews.renderers import register
from intl_office.reviews.selectors import ReviewData


@register("infographic-svg", "Infographic (SVG)", "image/svg+xml", "svg")
def render_svg(data: ReviewData) -> bytes:
    return infographic_svg(data).encode()


@register("infographic-png", "Infographic (PNG)", "image/png", "png")
def render_png(data: ReviewData) -> bytes:
    return infographic_png(data)
