"""Table of activities."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from intl_office.activities.models import Activity
from intl_office.core.tables import RecordTable


class ActivityTable(RecordTable):
    title = tables.Column(verbose_name=_("title"), linkify=True, order_by=("title_en",))

    class Meta(RecordTable.Meta):
        model = Activity
        fields = ("title", "kind", "direction", "start_date", "place", "format", "status")
