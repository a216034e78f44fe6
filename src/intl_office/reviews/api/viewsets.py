"""Narratives: the texts of a period's review."""

from __future__ import annotations

from intl_office.core.api.viewsets import RecordViewSet
from intl_office.reviews.api import filters, serializers
from intl_office.reviews.models import Narrative


class NarrativeViewSet(RecordViewSet):
    queryset = Narrative.objects.select_related("period", "policy_line")
    serializer_class = serializers.NarrativeSerializer
    filterset_class = filters.NarrativeFilterSet
    ordering_fields = ["section"]
