"""Indicators, observations and targets."""

from __future__ import annotations

from intl_office.core.api.viewsets import RecordViewSet
from intl_office.indicators.api import filters, serializers
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorViewSet(RecordViewSet):
    queryset = Indicator.objects.all()
    serializer_class = serializers.IndicatorSerializer
    filterset_class = filters.IndicatorFilterSet
    ordering_fields = ["code", "order"]


class ObservationViewSet(RecordViewSet):
    queryset = Observation.objects.select_related("indicator")
    serializer_class = serializers.ObservationSerializer
    filterset_class = filters.ObservationFilterSet
    ordering_fields = ["period_start", "period_end"]


class TargetViewSet(RecordViewSet):
    queryset = Target.objects.select_related("indicator", "period")
    serializer_class = serializers.TargetSerializer
    filterset_class = filters.TargetFilterSet
    ordering_fields = ["value"]
