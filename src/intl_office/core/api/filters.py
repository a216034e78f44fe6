"""Filters on the record types of ``core``. Query keys are lower camelCase (API Design Rules),
never django-filter's ``__`` lookups."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.models import (
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)


class RecordFilterSet(filters.FilterSet):
    """Every list can be narrowed to what changed since a moment, for harvesting."""

    updatedSince = filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", label="Changed at or after (ISO 8601)."
    )


class FilterBackend(filters.DjangoFilterBackend):
    """Filter sets built from a viewset's ``filterset_fields`` get ``updatedSince`` too."""

    filterset_base = RecordFilterSet


class PlaceFilterSet(RecordFilterSet):
    name = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Place
        fields = ["name", "country", "origin"]


class OrganisationFilterSet(RecordFilterSet):
    name = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Organisation
        fields = ["name", "kind", "country", "place"]


class PersonFilterSet(RecordFilterSet):
    name = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Person
        fields = ["name", "organisation"]


class ThemeFilterSet(RecordFilterSet):
    class Meta:
        model = Theme
        fields = ["slug", "parent"]


class SourceFilterSet(RecordFilterSet):
    title = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Source
        fields = ["title", "kind", "publisher"]


class PolicyPeriodFilterSet(RecordFilterSet):
    class Meta:
        model = PolicyPeriod
        fields = ["slug", "published"]


class PolicyLineFilterSet(RecordFilterSet):
    period = filters.CharFilter(field_name="period__slug", label="Code of the policy period.")

    class Meta:
        model = PolicyLine
        fields = ["period", "kind"]


class MissionStatementFilterSet(RecordFilterSet):
    period = filters.CharFilter(field_name="period__slug", label="Code of the policy period.")

    class Meta:
        model = MissionStatement
        fields = ["period"]
