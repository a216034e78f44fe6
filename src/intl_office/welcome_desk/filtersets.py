"""Filters of the welcome desk's lists."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from intl_office.core.filtersets import RecordFilterSet
from intl_office.welcome_desk.choices import Topic
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)


class DeskContactFilterSet(RecordFilterSet):
    search_fields = ("nationality", "client_organisation__name", "language")
    topic = django_filters.ChoiceFilter(
        field_name="topics__topic", choices=Topic.choices, label=_("topic")
    )
    on_or_after = django_filters.DateFilter(
        field_name="occurred_at", lookup_expr="date__gte", label=_("from")
    )
    on_or_before = django_filters.DateFilter(
        field_name="occurred_at", lookup_expr="date__lte", label=_("until")
    )

    class Meta:
        model = DeskContact
        fields = ["channel", "customer_type", "nationality"]


class FormalityFilterSet(RecordFilterSet):
    search_fields = ("nationality", "client_organisation__name")

    class Meta:
        model = Formality
        fields = ["kind", "nationality"]


class ClientAgreementFilterSet(RecordFilterSet):
    search_fields = ("organisation__name", "organisation__acronym")

    class Meta:
        model = ClientAgreement
        fields = ["organisation"]


class SatisfactionSurveyFilterSet(RecordFilterSet):
    class Meta:
        model = SatisfactionSurvey
        fields = ["period_start"]


class WelcomeServiceFilterSet(RecordFilterSet):
    search_fields = ("name", "owner__name")

    class Meta:
        model = WelcomeService
        fields = ["kind", "active"]
