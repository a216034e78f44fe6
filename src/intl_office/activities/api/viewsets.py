"""Activities: confidential ones only for roles that may see confidential records."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from intl_office.activities.api import filters, serializers
from intl_office.activities.selectors import activities_visible_to
from intl_office.activities.services import activity_cancel, activity_mark_held
from intl_office.core.api.viewsets import RecordViewSet


class ActivityViewSet(RecordViewSet):
    serializer_class = serializers.ActivitySerializer
    filterset_class = filters.ActivityFilterSet
    ordering_fields = ["start_date", "title_en", "title_nl", "kind", "updated_at"]
    change_actions = ("cancel", "held")

    def get_queryset(self) -> Any:
        return activities_visible_to(self.request.user).prefetch_related(
            "participants", "organisations", "policy_lines", "themes", "relations", "eu_projects"
        )

    @extend_schema(
        request=serializers.ActivityCancelSerializer,
        responses={200: serializers.ActivitySerializer},
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def cancel(self, request: Any, pk: str | None = None) -> Response:
        """Cancel or postpone a planned activity; the reason is kept in its journal."""
        activity = self.get_object()
        data = serializers.ActivityCancelSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with self.actor():
            activity = activity_cancel(
                activity=activity,
                reason=data.validated_data["reason"],
                postpone=data.validated_data["postpone"],
                user=request.user,
            )
        return Response(serializers.ActivitySerializer(activity).data)

    @extend_schema(
        request=serializers.ActivityHeldSerializer,
        responses={200: serializers.ActivitySerializer},
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def held(self, request: Any, pk: str | None = None) -> Response:
        """Record that the activity took place, in person, digitally or hybrid."""
        activity = self.get_object()
        data = serializers.ActivityHeldSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with self.actor():
            activity = activity_mark_held(
                activity=activity, format=data.validated_data.get("format"), user=request.user
            )
        return Response(serializers.ActivitySerializer(activity).data)
