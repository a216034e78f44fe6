"""Filters of the indicator lists."""

from __future__ import annotations

from intl_office.core.filtersets import RecordFilterSet
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorFilterSet(RecordFilterSet):
    search_fields = ("code", "name_nl", "name_en")

    class Meta:
        model = Indicator
        fields = ["policy_line_kind", "unit"]


class ObservationFilterSet(RecordFilterSet):
    search_fields = ("indicator__code", "indicator__name_en", "indicator__name_nl")

    class Meta:
        model = Observation
        fields = ["indicator", "period_kind", "qualifier"]


class TargetFilterSet(RecordFilterSet):
    search_fields = ("indicator__code", "indicator__name_en", "indicator__name_nl")

    class Meta:
        model = Target
        fields = ["period", "indicator"]
