"""Tables of indicators, observations and targets."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from intl_office.core.tables import RecordTable
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorTable(RecordTable):
    code = tables.Column(linkify=True)
    name = tables.Column(verbose_name=_("name"), order_by=("name_en",))

    class Meta(RecordTable.Meta):
        model = Indicator
        fields = ("code", "name", "unit", "policy_line_kind", "derivation")


class ObservationTable(RecordTable):
    indicator = tables.Column(linkify=True, order_by=("indicator__code",))
    period_label = tables.Column(
        verbose_name=_("period"),
        linkify=lambda record: record.get_absolute_url(),
        order_by=("period_start",),
    )

    class Meta(RecordTable.Meta):
        model = Observation
        fields = ("indicator", "period_label", "value", "qualifier")


class TargetTable(RecordTable):
    indicator = tables.Column(order_by=("indicator__code",))
    value = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Target
        fields = ("indicator", "period", "value", "qualifier")
