"""The viewset every record type's ``<Model>ViewSet`` starts from: list (filters, ordering,
pages), detail, create, update, partial update and delete, each allowed by the role's model
permissions, with the user recorded as the actor in the audit trail."""

from __future__ import annotations

from typing import Any

from auditlog.context import set_actor
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from intl_office.core.api import filters, serializers
from intl_office.core.api.permissions import ModelPermissions
from intl_office.core.models import (
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
    localized,
)
from intl_office.core.selectors import periods_visible_to
from intl_office.indicators.selectors import period_figures

MAX_FIGURE_YEARS = 50


class RecordViewSet(viewsets.ModelViewSet):
    permission_classes = [ModelPermissions]
    # Actions (besides the standard ones) that change a record and need ``change_<model>``.
    change_actions: tuple[str, ...] = ()
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def actor(self) -> Any:
        """The audit trail's actor: a token-authenticated user is only known inside DRF, after
        auditlog's middleware has looked for one."""
        return set_actor(self.request.user)

    def perform_create(self, serializer: Any) -> None:
        with self.actor():
            serializer.save()

    def perform_update(self, serializer: Any) -> None:
        with self.actor():
            serializer.save()

    @transaction.atomic
    def perform_destroy(self, instance: Any) -> None:
        with self.actor():
            instance.delete()


class PlaceViewSet(RecordViewSet):
    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer
    filterset_class = filters.PlaceFilterSet
    ordering_fields = ["name", "country", "updated_at"]


class OrganisationViewSet(RecordViewSet):
    queryset = Organisation.objects.all()
    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.OrganisationFilterSet
    ordering_fields = ["name", "country", "updated_at"]


class PersonViewSet(RecordViewSet):
    queryset = Person.objects.all()
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilterSet
    ordering_fields = ["name", "updated_at"]


class ThemeViewSet(RecordViewSet):
    queryset = Theme.objects.all()
    serializer_class = serializers.ThemeSerializer
    filterset_class = filters.ThemeFilterSet
    ordering_fields = ["slug", "name_en", "name_nl", "updated_at"]


class SourceViewSet(RecordViewSet):
    queryset = Source.objects.all()
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilterSet
    ordering_fields = ["title", "updated_at"]


class PolicyPeriodViewSet(RecordViewSet):
    """Policy periods, addressed by their code (``2017-2020``), with their figures."""

    queryset = PolicyPeriod.objects.all()
    serializer_class = serializers.PolicyPeriodSerializer
    filterset_class = filters.PolicyPeriodFilterSet
    ordering_fields = ["start", "slug"]
    lookup_field = "slug"

    @extend_schema(
        responses=serializers.PeriodFiguresSerializer,
        parameters=[
            OpenApiParameter(
                "lang", str, enum=["nl", "en"], description="Language of labels and notes."
            )
        ],
    )
    @action(
        detail=True,
        methods=["get"],
        permission_classes=[permissions.AllowAny],
        filter_backends=[],
        pagination_class=None,
    )
    def figures(self, request: Any, slug: str | None = None) -> Response:
        """Every figure of the period with its provenance (reported or derived) and source.
        Public when the period is published."""
        language = request.query_params.get("lang", "en")
        if language not in ("nl", "en"):
            raise ValidationError({"lang": [_("Choose nl or en.")]})
        period = get_object_or_404(periods_visible_to(request.user), slug=slug)
        if period.end.year - period.figures_from.year > MAX_FIGURE_YEARS:
            # A figure per indicator and year: bound the work one request can ask for.
            raise ValidationError(
                {
                    "slug": [
                        _("Figures are given for periods of up to %(n)d years.")
                        % {"n": MAX_FIGURE_YEARS}
                    ]
                }
            )
        data = {
            "period": period.slug,
            "title": localized(period, "title", language),
            "start": period.start,
            "end": period.end,
            "published": period.published,
            "figures": [figure.as_json() for figure in period_figures(period, language)],
        }
        return Response(serializers.PeriodFiguresSerializer(data).data)


class PolicyLineViewSet(RecordViewSet):
    queryset = PolicyLine.objects.select_related("period")
    serializer_class = serializers.PolicyLineSerializer
    filterset_class = filters.PolicyLineFilterSet
    ordering_fields = ["order"]


class MissionStatementViewSet(RecordViewSet):
    queryset = MissionStatement.objects.select_related("period")
    serializer_class = serializers.MissionStatementSerializer
    filterset_class = filters.MissionStatementFilterSet
    ordering_fields = ["order"]
