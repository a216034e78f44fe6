"""The welcome desk infographic: one A4 portrait page as SVG (and PNG), drawn from the review's
data — key figures as tiles, each trend as a pair of bars, satisfaction as a gauge."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from intl_office.reviews.selectors import ReviewData

WIDTH, HEIGHT = 595, 842  # A4 in points


def _layout(data: ReviewData) -> dict[str, Any]:
    info = data.infographic
    tiles = list(info.key_figures)
    if info.nationalities:
        tiles.append(info.nationalities)
    placed = [
        {
            "f": f,
            "x": 40 + (i % 2) * 262,
            "y": 150 + (i // 2) * 120,
            # a worded figure ("more than 100") in smaller type, so it stays inside its tile
            "size": 30 if len(f.text) <= 10 else 22,
        }
        for i, f in enumerate(tiles)
    ]
    top = 150 + ((len(tiles) + 1) // 2) * 120 + 20
    trends = []
    # as many trends as fit the page below the tiles
    for i, block in enumerate(info.trends[: 2 if len(tiles) > 4 else 3]):
        change = block.change
        assert change is not None
        biggest = max(change.first.value, change.last.value) or Decimal(1)
        y = top + i * 90
        trends.append(
            {
                "label": block.label,
                "y": y,
                "first": change.first,
                "last": change.last,
                "first_width": int(380 * change.first.value / biggest),
                "last_width": int(380 * change.last.value / biggest),
            }
        )
    satisfaction = None
    if info.satisfaction:
        share = min(max(info.satisfaction.value, Decimal(0)), Decimal(100))
        satisfaction = {
            "f": info.satisfaction,
            "y": top + len(trends) * 90 + 10,
            "width": int(515 * share / 100),
        }
    return {
        # The template's text comes from Python: makemessages does not read .svg files.
        "most_frequent": _("Most frequent nationalities"),
        "review": data,
        "info": info,
        "tiles": placed,
        "trends": trends,
        "satisfaction": satisfaction,
        "width": WIDTH,
        "height": HEIGHT,
    }


def infographic_svg(data: ReviewData) -> str:
    with translation.override(data.language):
        return render_to_string("reviews/infographic.svg", _layout(data))


def infographic_png(data: ReviewData, scale: float = 2) -> bytes:
    import vl_convert

    return bytes(vl_convert.svg_to_png(infographic_svg(data), scale=scale))
