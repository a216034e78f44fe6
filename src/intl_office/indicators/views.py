"""Views of indicators, observations and targets: declarations on the generic views."""

from __future__ import annotations

from intl_office.core.views.generic import ModelViews
from intl_office.indicators import filtersets, forms, tables
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorViews(ModelViews):
    model = Indicator
    form = forms.IndicatorForm
    filterset = filtersets.IndicatorFilterSet
    table = tables.IndicatorTable
    related = ("observations", "targets")


class ObservationViews(ModelViews):
    model = Observation
    form = forms.ObservationForm
    filterset = filtersets.ObservationFilterSet
    table = tables.ObservationTable
    select_related = ("indicator",)


class TargetViews(ModelViews):
    model = Target
    form = forms.TargetForm
    filterset = filtersets.TargetFilterSet
    table = tables.TargetTable
    select_related = ("indicator", "period")
