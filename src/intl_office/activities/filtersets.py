"""Filters of the activity list."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from intl_office.activities.models import Activity
from intl_office.core.filtersets import RecordFilterSet


class ActivityFilterSet(RecordFilterSet):
    search_fields = ("title_nl", "title_en", "place__name", "organisations__name")
    start_after = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", label=_("from")
    )
    start_before = django_filters.DateFilter(
        field_name="start_date", lookup_expr="lte", label=_("until")
    )

    class Meta:
        model = Activity
        fields = ["kind", "direction", "status", "format"]

    def search(self, queryset, name, value):  # type: ignore[no-untyped-def]
        # Searching across organisations joins a many-to-many: one row per activity.
        return super().search(queryset, name, value).distinct()
