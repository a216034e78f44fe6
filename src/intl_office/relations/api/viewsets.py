"""Relations, status changes and agreements: the same rules as the web application; confidential
relations only for roles with ``relations.view_confidential``."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.response import Response

from intl_office.core.api.viewsets import RecordViewSet
from intl_office.relations.api import filters, serializers
from intl_office.relations.models import Agreement, RelationStatusChange
from intl_office.relations.selectors import relations_visible_to
from intl_office.relations.services import relation_change_status


class RelationViewSet(RecordViewSet):
    serializer_class = serializers.RelationSerializer
    filterset_class = filters.RelationFilterSet
    ordering_fields = ["name_en", "name_nl", "kind", "status", "since", "updated_at"]
    change_actions = ("status_changes",)

    def get_queryset(self) -> Any:
        return (
            relations_visible_to(self.request.user)
            .select_related("parent", "supporting_organisation", "source")
            .prefetch_related("organisations", "themes", "policy_lines")
        )

    @extend_schema(
        request=serializers.RelationStatusChangeRequestSerializer,
        responses={201: serializers.RelationStatusChangeSerializer},
    )
    @action(detail=True, methods=["post"], url_path="status-changes", filter_backends=[])
    def status_changes(self, request: Any, pk: str | None = None) -> Response:
        """Move the relation to a new status; the step is kept in its history and journal."""
        relation = self.get_object()
        data = serializers.RelationStatusChangeRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        with self.actor():
            change = relation_change_status(
                relation=relation,
                to_status=values["to_status"],
                on=values["on"],
                precision=values["precision"],
                reason_nl=values["reason_nl"],
                reason_en=values["reason_en"],
                user=request.user,
            )
        return Response(
            serializers.RelationStatusChangeSerializer(change).data, status=status.HTTP_201_CREATED
        )


class RelationStatusChangeViewSet(RecordViewSet):
    """The status history, read-only: a change is made with ``POST …/status-changes``."""

    serializer_class = serializers.RelationStatusChangeSerializer
    filterset_class = filters.RelationStatusChangeFilterSet
    ordering_fields = ["date"]
    http_method_names = ["get", "head", "options"]

    def get_queryset(self) -> Any:
        return RelationStatusChange.objects.filter(
            relation__in=relations_visible_to(self.request.user)
        ).select_related("relation")


class AgreementViewSet(RecordViewSet):
    serializer_class = serializers.AgreementSerializer
    filterset_class = filters.AgreementFilterSet
    ordering_fields = ["signed_on", "valid_until", "updated_at"]

    def get_queryset(self) -> Any:
        return Agreement.objects.filter(
            relation__in=relations_visible_to(self.request.user)
        ).select_related("relation")
