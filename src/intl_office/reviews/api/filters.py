"""Filters on narratives, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.api.filters import RecordFilterSet
from intl_office.reviews.models import Narrative


class NarrativeFilterSet(RecordFilterSet):
    period = filters.CharFilter(field_name="period__slug", label="Code of the policy period.")
    policyLine = filters.NumberFilter(field_name="policy_line")

    class Meta:
        model = Narrative
        fields = ["period", "section", "language"]
