"""Filters on indicators, observations and targets, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.api.filters import RecordFilterSet
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorFilterSet(RecordFilterSet):
    policyLine = filters.CharFilter(field_name="policy_line_kind")

    class Meta:
        model = Indicator
        fields = ["code", "unit", "derivation"]


class ObservationFilterSet(RecordFilterSet):
    indicator = filters.CharFilter(field_name="indicator__code", label="Code of the indicator.")
    periodKind = filters.CharFilter(field_name="period_kind")
    periodFrom = filters.DateFilter(field_name="period_start", lookup_expr="gte")
    periodUntil = filters.DateFilter(field_name="period_end", lookup_expr="lte")

    class Meta:
        model = Observation
        fields = ["indicator"]


class TargetFilterSet(RecordFilterSet):
    indicator = filters.CharFilter(field_name="indicator__code", label="Code of the indicator.")
    period = filters.CharFilter(field_name="period__slug", label="Code of the policy period.")

    class Meta:
        model = Target
        fields = ["indicator", "period"]
