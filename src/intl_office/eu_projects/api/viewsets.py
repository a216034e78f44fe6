"""EU projects and what belongs to them."""

from __future__ import annotations

from intl_office.core.api.viewsets import RecordViewSet
from intl_office.eu_projects.api import filters, serializers
from intl_office.eu_projects.models import (
    EUProject,
    Handbook,
    HandbookPhase,
    HandbookTask,
    Programme,
    ProjectPartner,
    ProjectTask,
    Strategy,
    StrategyCoreTheme,
)


class ProgrammeViewSet(RecordViewSet):
    queryset = Programme.objects.all()
    serializer_class = serializers.ProgrammeSerializer
    filterset_fields = ["parent"]
    ordering_fields = ["name"]


class StrategyViewSet(RecordViewSet):
    queryset = Strategy.objects.prefetch_related("policy_lines")
    serializer_class = serializers.StrategySerializer
    filterset_fields: list[str] = []
    ordering_fields = ["adopted_year", "name_en"]


class StrategyCoreThemeViewSet(RecordViewSet):
    queryset = StrategyCoreTheme.objects.all()
    serializer_class = serializers.StrategyCoreThemeSerializer
    filterset_fields = ["strategy", "theme", "year"]
    ordering_fields = ["year", "order"]


class HandbookViewSet(RecordViewSet):
    queryset = Handbook.objects.all()
    serializer_class = serializers.HandbookSerializer
    filterset_fields: list[str] = []
    ordering_fields = ["name_en"]


class HandbookPhaseViewSet(RecordViewSet):
    queryset = HandbookPhase.objects.all()
    serializer_class = serializers.HandbookPhaseSerializer
    filterset_fields = ["handbook"]
    ordering_fields = ["order"]


class HandbookTaskViewSet(RecordViewSet):
    queryset = HandbookTask.objects.all()
    serializer_class = serializers.HandbookTaskSerializer
    filterset_fields = ["phase"]
    ordering_fields = ["order"]


class EUProjectViewSet(RecordViewSet):
    queryset = EUProject.objects.select_related("programme", "phase").prefetch_related(
        "themes", "core_themes", "policy_lines"
    )
    serializer_class = serializers.EUProjectSerializer
    filterset_class = filters.EUProjectFilterSet
    ordering_fields = ["acronym", "start_date", "end_date", "updated_at"]


class ProjectPartnerViewSet(RecordViewSet):
    queryset = ProjectPartner.objects.select_related("organisation")
    serializer_class = serializers.ProjectPartnerSerializer
    filterset_class = filters.ProjectPartnerFilterSet
    ordering_fields = ["role"]


class ProjectTaskViewSet(RecordViewSet):
    queryset = ProjectTask.objects.select_related("task__phase")
    serializer_class = serializers.ProjectTaskSerializer
    filterset_class = filters.ProjectTaskFilterSet
    ordering_fields = ["due_on", "done_on"]
