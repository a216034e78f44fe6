"""The table of review texts."""

from __future__ import annotations

import django_tables2 as tables

from intl_office.core.tables import RecordTable
from intl_office.reviews.models import Narrative


class NarrativeTable(RecordTable):
    period = tables.Column(linkify=lambda record: record.get_absolute_url())

    class Meta(RecordTable.Meta):
        model = Narrative
        fields = ("period", "section", "policy_line", "language")
