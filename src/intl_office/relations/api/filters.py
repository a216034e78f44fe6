"""Filters on relations and agreements, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.api.filters import RecordFilterSet
from intl_office.relations.models import Agreement, Relation, RelationStatusChange


class RelationFilterSet(RecordFilterSet):
    name = filters.CharFilter(field_name="name_en", lookup_expr="icontains")
    country = filters.CharFilter(
        field_name="counterpart_place__country", label="Country (ISO code) of the counterpart."
    )
    theme = filters.CharFilter(field_name="themes__slug", label="Code of a theme.")
    sinceFrom = filters.DateFilter(field_name="since", lookup_expr="gte")
    sinceUntil = filters.DateFilter(field_name="since", lookup_expr="lte")

    class Meta:
        model = Relation
        fields = ["kind", "status", "confidential", "published", "subsidised", "parent"]


class RelationStatusChangeFilterSet(RecordFilterSet):
    class Meta:
        model = RelationStatusChange
        fields = ["relation"]


class AgreementFilterSet(RecordFilterSet):
    signedFrom = filters.DateFilter(field_name="signed_on", lookup_expr="gte")
    signedUntil = filters.DateFilter(field_name="signed_on", lookup_expr="lte")

    class Meta:
        model = Agreement
        fields = ["relation", "kind"]
