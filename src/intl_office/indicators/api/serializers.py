"""Indicators, observations and targets as API resources. The figures of a period (reported or
derived, with provenance) are at ``/periods/{slug}/figures``."""

from __future__ import annotations

from intl_office.core.api.serializers import record_serializer
from intl_office.indicators.models import Indicator, Observation, Target

IndicatorSerializer = record_serializer(Indicator)
ObservationSerializer = record_serializer(Observation)
TargetSerializer = record_serializer(Target)
