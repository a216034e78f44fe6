"""The landing page: the current policy period's key figures per policy line with trend charts,
what needs attention, and a world map of relations and this period's activities."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import timedelta
from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from intl_office.activities.selectors import activity_map_points
from intl_office.core.choices import PolicyLineKind
from intl_office.core.formatting import quantity
from intl_office.core.selectors import policy_period_current
from intl_office.eu_projects.selectors import project_deadlines, tasks_due
from intl_office.indicators.choices import PeriodKind, Provenance
from intl_office.indicators.selectors import Figure, period_figures
from intl_office.relations.selectors import (
    agreements_expiring,
    relation_map_points,
    relations_without_activity_since,
)

ATTENTION_DAYS = 90
DORMANT_AFTER_DAYS = 365


def trend_spec(figures: list[Figure]) -> dict[str, Any]:
    """A Vega-Lite line chart of the yearly values of a policy line's indicators."""
    values = [
        {"indicator": f.label, "year": str(f.period_start.year), "value": float(f.value)}
        for f in figures
        if f.period_kind == PeriodKind.YEAR
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": "container",
        "height": 180,
        "data": {"values": values},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": _("year")},
            "y": {"field": "value", "type": "quantitative", "title": _("value")},
            "color": {"field": "indicator", "type": "nominal", "title": _("indicator")},
            "tooltip": [
                {"field": "indicator"},
                {"field": "year"},
                {"field": "value", "type": "quantitative"},
            ],
        },
    }


def map_spec(points: list[dict[str, Any]]) -> dict[str, Any]:
    """A Vega-Lite world map (vendored TopoJSON, no tiles) with a dot per relation or activity."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": "container",
        "height": 420,
        "projection": {"type": "equalEarth"},
        "layer": [
            {
                "data": {
                    "url": static("vendor/world-atlas/countries-110m.json"),
                    "format": {"type": "topojson", "feature": "countries"},
                },
                "mark": {"type": "geoshape", "fill": "#e8e8e8", "stroke": "#ffffff"},
            },
            {
                "data": {"values": points},
                "mark": {"type": "circle", "size": 60, "opacity": 0.8},
                "encoding": {
                    "longitude": {"field": "longitude", "type": "quantitative"},
                    "latitude": {"field": "latitude", "type": "quantitative"},
                    "color": {
                        "field": "what",
                        "type": "nominal",
                        "title": None,
                        "scale": {"range": ["#0b5394", "#b45f06"]},
                    },
                    "tooltip": [{"field": "name", "title": _("name")}, {"field": "what"}],
                    "href": {"field": "url"},
                },
            },
        ],
    }


class DashboardView(LoginRequiredMixin, TemplateView):
    template_name = "core/dashboard.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        today = timezone.localdate()
        horizon = today + timedelta(days=ATTENTION_DAYS)
        period = policy_period_current(today)
        context["period"] = period
        if period is not None and user.has_perm("indicators.view_indicator"):
            language = (get_language() or "nl")[:2]
            figures = period_figures(period, language)
            per_line: dict[str, list[Figure]] = defaultdict(list)
            for figure in figures:
                per_line[figure.policy_line].append(figure)
            context["lines"] = [
                {
                    "label": PolicyLineKind(kind).label if kind in PolicyLineKind.values else kind,
                    "key": [
                        (
                            f,
                            Provenance(f.provenance).label,
                            quantity(f.value, f.unit, f.qualifier, language),
                        )
                        for f in line
                        if f.period_kind == PeriodKind.RANGE
                        and (f.period_start, f.period_end) == (period.start, period.end)
                    ],
                    "spec": json.dumps(trend_spec(line)),
                    "has_trend": any(f.period_kind == PeriodKind.YEAR for f in line),
                }
                for kind, line in sorted(per_line.items())
            ]
        if user.has_perm("relations.view_agreement"):
            context["expiring"] = agreements_expiring(today, horizon, user=user)
        if user.has_perm("relations.view_relation"):
            context["quiet"] = relations_without_activity_since(
                today - timedelta(days=DORMANT_AFTER_DAYS), user=user
            )[:25]
        if user.has_perm("eu_projects.view_euproject"):
            context["deadlines"] = project_deadlines(today, horizon)
            context["tasks"] = tasks_due(horizon)[:25]
        points: list[dict[str, Any]] = []
        if user.has_perm("relations.view_relation"):
            points += [
                {**p.__dict__, "what": _("relation")} for p in relation_map_points(user=user)
            ]
        if period is not None and user.has_perm("activities.view_activity"):
            points += [
                {**p.__dict__, "what": _("activity this period")}
                for p in activity_map_points(period.start, period.end, user=user)
            ]
        context["points"] = points
        context["map_spec"] = json.dumps(map_spec(points)) if points else ""
        context["today"] = today
        context["horizon"] = horizon
        return context
