"""Forms of indicators, reported observations and targets."""

from __future__ import annotations

from intl_office.core.forms import RecordForm
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorForm(RecordForm):
    class Meta:
        model = Indicator
        fields = [
            "code",
            "name_nl",
            "name_en",
            "unit",
            "policy_line_kind",
            "derivation",
            "order",
            "description_nl",
            "description_en",
        ]


class ObservationForm(RecordForm):
    class Meta:
        model = Observation
        fields = [
            "indicator",
            "period_kind",
            "period_start",
            "period_end",
            "value",
            "qualifier",
            "source",
            "source_locator",
            "note_nl",
            "note_en",
        ]


class TargetForm(RecordForm):
    class Meta:
        model = Target
        fields = ["indicator", "period", "value", "qualifier", "note_nl", "note_en"]
