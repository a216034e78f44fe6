"""The welcome desk's records: only its own role and the administrator write them."""

from __future__ import annotations

from intl_office.core.api.viewsets import RecordViewSet
from intl_office.welcome_desk.api import filters, serializers
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)


class DeskContactViewSet(RecordViewSet):
    queryset = DeskContact.objects.prefetch_related("topics")
    serializer_class = serializers.DeskContactSerializer
    filterset_class = filters.DeskContactFilterSet
    ordering_fields = ["occurred_at"]


class FormalityViewSet(RecordViewSet):
    queryset = Formality.objects.all()
    serializer_class = serializers.FormalitySerializer
    filterset_class = filters.FormalityFilterSet
    ordering_fields = ["handled_on"]


class ClientAgreementViewSet(RecordViewSet):
    queryset = ClientAgreement.objects.select_related("organisation")
    serializer_class = serializers.ClientAgreementSerializer
    filterset_fields = ["organisation"]
    ordering_fields = ["since", "until"]


class SatisfactionSurveyViewSet(RecordViewSet):
    queryset = SatisfactionSurvey.objects.all()
    serializer_class = serializers.SatisfactionSurveySerializer
    filterset_fields: list[str] = []
    ordering_fields = ["period_start"]


class WelcomeServiceViewSet(RecordViewSet):
    queryset = WelcomeService.objects.all()
    serializer_class = serializers.WelcomeServiceSerializer
    filterset_fields = ["kind", "active", "owner"]
    ordering_fields = ["name"]
