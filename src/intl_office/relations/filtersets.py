"""Filters of the relation and agreement lists."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from intl_office.core.filtersets import RecordFilterSet
from intl_office.relations.models import Agreement, Relation


class RelationFilterSet(RecordFilterSet):
    search_fields = (
        "name_nl",
        "name_en",
        "slug",
        "counterpart_place__name",
        "counterpart_organisation__name",
        "counterpart_organisation__acronym",
    )

    class Meta:
        model = Relation
        fields = ["kind", "status", "subsidised"]


class AgreementFilterSet(RecordFilterSet):
    search_fields = ("title_nl", "title_en", "relation__name_nl", "relation__name_en")
    valid_until_before = django_filters.DateFilter(
        field_name="valid_until", lookup_expr="lte", label=_("valid until (at the latest)")
    )

    class Meta:
        model = Agreement
        fields = ["kind"]
