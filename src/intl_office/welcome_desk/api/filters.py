"""Filters on the welcome desk's records, with lower camelCase query keys."""

from __future__ import annotations

from django_filters import rest_framework as filters

from intl_office.core.api.filters import RecordFilterSet
from intl_office.welcome_desk.choices import Topic
from intl_office.welcome_desk.models import DeskContact, Formality


class DeskContactFilterSet(RecordFilterSet):
    occurredFrom = filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="gte")
    occurredUntil = filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="lte")
    customerType = filters.CharFilter(field_name="customer_type")
    clientOrganisation = filters.NumberFilter(field_name="client_organisation")
    topic = filters.ChoiceFilter(field_name="topics__topic", choices=Topic.choices)

    class Meta:
        model = DeskContact
        fields = ["channel", "nationality", "language"]


class FormalityFilterSet(RecordFilterSet):
    handledFrom = filters.DateFilter(field_name="handled_on", lookup_expr="gte")
    handledUntil = filters.DateFilter(field_name="handled_on", lookup_expr="lte")
    clientOrganisation = filters.NumberFilter(field_name="client_organisation")

    class Meta:
        model = Formality
        fields = ["kind", "nationality"]
