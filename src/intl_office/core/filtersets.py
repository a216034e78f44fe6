"""Base filter set of every list: a search box over the declared ``search_fields``."""

from __future__ import annotations

from functools import reduce
from operator import or_

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

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


class RecordFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    search_fields: tuple[str, ...] = ()

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:  # type: ignore[type-arg]
        if not value.strip() or not self.search_fields:
            return queryset
        return queryset.filter(
            reduce(
                or_, (Q(**{f"{field}__icontains": value.strip()}) for field in self.search_fields)
            )
        )


class PlaceFilterSet(RecordFilterSet):
    search_fields = ("name", "country")

    class Meta:
        model = Place
        fields = ["country", "origin"]


class OrganisationFilterSet(RecordFilterSet):
    search_fields = ("name", "acronym", "place__name")

    class Meta:
        model = Organisation
        fields = ["kind", "country"]


class PersonFilterSet(RecordFilterSet):
    search_fields = ("name", "organisation__name", "role")

    class Meta:
        model = Person
        fields = ["organisation"]


class ThemeFilterSet(RecordFilterSet):
    search_fields = ("name_nl", "name_en", "slug")

    class Meta:
        model = Theme
        fields = ["parent"]


class SourceFilterSet(RecordFilterSet):
    search_fields = ("title", "publisher")

    class Meta:
        model = Source
        fields = ["kind"]


class PolicyPeriodFilterSet(RecordFilterSet):
    search_fields = ("slug", "title_nl", "title_en")

    class Meta:
        model = PolicyPeriod
        fields = ["published"]


class PolicyLineFilterSet(RecordFilterSet):
    search_fields = ("name_nl", "name_en")

    class Meta:
        model = PolicyLine
        fields = ["period", "kind"]


class MissionStatementFilterSet(RecordFilterSet):
    search_fields = ("text_nl", "text_en")

    class Meta:
        model = MissionStatement
        fields = ["period"]
