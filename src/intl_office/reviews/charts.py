"""The review's charts as Vega-Lite specifications: rendered in the browser by the vendored
vega-embed, and to SVG (PDF) or PNG (DOCX) by vl-convert-python.

The specs use Vega-Lite 6 (the vendored library is 6.x; vl-convert renders with its 6.4)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from intl_office.reviews.selectors import FigureView

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
VL_VERSION = "6.4"
COLOURS = ["#01689b", "#e17000", "#39870c", "#a90061", "#42145f"]


def _locale(language: str) -> dict[str, Any]:
    # Vega formats numbers itself: give it the language's separators.
    if language == "nl":
        return {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
    return {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}


def _base(title: str, language: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": 420,
        "height": 220,
        "config": {
            "font": "DejaVu Sans, Arial, sans-serif",
            "locale": {"number": _locale(language)},
            "range": {"category": COLOURS},
        },
        "usermeta": {"embedOptions": {"formatLocale": _locale(language), "actions": False}},
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def series_chart(label: str, series: list[FigureView], language: str) -> dict[str, Any]:
    """One indicator over the years."""
    return desk_chart([(label, series)], language, title=label)


def desk_chart(
    series: list[tuple[str, list[FigureView]]], language: str, title: str = ""
) -> dict[str, Any]:
    """Figures per year, one line each."""
    values = [
        {"series": label, "year": f.period, "value": _number(f.value), "text": f.text}
        for label, figures in series
        for f in figures
    ]
    spec = _base(title or _("The welcome desk over the years"), language)
    spec.update(
        {
            "data": {"values": values},
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal", "title": _("year")},
                "y": {"field": "value", "type": "quantitative", "title": _("number")},
                "color": {"field": "series", "type": "nominal", "title": None},
                "tooltip": [
                    {"field": "series", "title": _("figure")},
                    {"field": "year", "title": _("year")},
                    {"field": "text", "title": _("value")},
                ],
            },
        }
    )
    spec["config"]["legend"] = {"orient": "bottom", "labelLimit": 400}
    return spec


def overview_chart(rows: list[tuple[str, Decimal]], language: str) -> dict[str, Any] | None:
    """International activities per kind over the period."""
    if not rows:
        return None
    spec = _base(_("International activities in the period"), language)
    spec.update(
        {
            "data": {"values": [{"kind": k, "count": _number(v)} for k, v in rows]},
            "mark": {"type": "bar", "color": COLOURS[0]},
            "encoding": {
                "y": {"field": "kind", "type": "nominal", "sort": None, "title": None},
                "x": {"field": "count", "type": "quantitative", "title": _("number")},
                "tooltip": [{"field": "kind"}, {"field": "count"}],
            },
        }
    )
    spec["config"]["axis"] = {"labelLimit": 260}
    return spec


def to_svg(spec: dict[str, Any]) -> str:
    import vl_convert

    return str(vl_convert.vegalite_to_svg(spec, vl_version=VL_VERSION))


def to_png(spec: dict[str, Any], scale: float = 2) -> bytes:
    import vl_convert

    return bytes(vl_convert.vegalite_to_png(spec, vl_version=VL_VERSION, scale=scale))
