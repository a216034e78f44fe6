"""Filters on activities, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.activities.models import Activity
from intl_office.core.api.filters import RecordFilterSet
from intl_office.core.models import PolicyPeriod


class ActivityFilterSet(RecordFilterSet):
    title = filters.CharFilter(field_name="title_en", lookup_expr="icontains")
    startFrom = filters.DateFilter(field_name="start_date", lookup_expr="gte")
    startUntil = filters.DateFilter(field_name="start_date", lookup_expr="lte")
    country = filters.CharFilter(field_name="place__country", label="Country (ISO code).")
    relation = filters.NumberFilter(field_name="relations", label="Id of a related relation.")
    theme = filters.CharFilter(field_name="themes__slug", label="Code of a theme.")
    period = filters.CharFilter(method="in_period", label="Code of a policy period.")

    class Meta:
        model = Activity
        fields = ["kind", "direction", "status", "format", "confidential", "published"]

    def in_period(self, queryset, name, value):
        period = PolicyPeriod.objects.filter(slug=value).first()
        if period is None:
            return queryset.none()
        return queryset.filter(start_date__gte=period.start, start_date__lte=period.end)
