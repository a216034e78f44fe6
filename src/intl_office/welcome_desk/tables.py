"""Tables of the welcome desk's records."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from intl_office.core.tables import RecordTable
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)


class DeskContactTable(RecordTable):
    occurred_at = tables.DateTimeColumn(linkify=True, format="Y-m-d H:i")

    class Meta(RecordTable.Meta):
        model = DeskContact
        fields = ("occurred_at", "channel", "nationality", "customer_type", "client_organisation")


class FormalityTable(RecordTable):
    kind = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = Formality
        fields = ("kind", "handled_on", "nationality", "client_organisation")


class ClientAgreementTable(RecordTable):
    organisation = tables.Column(
        linkify=lambda record: record.get_absolute_url(), order_by=("organisation__name",)
    )

    class Meta(RecordTable.Meta):
        model = ClientAgreement
        fields = ("organisation", "since", "until")


class SatisfactionSurveyTable(RecordTable):
    period_start = tables.Column(linkify=True)

    class Meta(RecordTable.Meta):
        model = SatisfactionSurvey
        fields = ("period_start", "period_end", "responses", "very_satisfied", "satisfied")


class WelcomeServiceTable(RecordTable):
    name = tables.Column(linkify=True)
    owner = tables.Column(verbose_name=_("run by"))

    class Meta(RecordTable.Meta):
        model = WelcomeService
        fields = ("name", "kind", "owner", "active")
