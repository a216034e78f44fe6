"""EU projects, programmes, strategies and the project handbook as API resources."""

from __future__ import annotations

from rest_framework import serializers

from intl_office.core.api.serializers import UtcDateTimeField, record_serializer
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

ProgrammeSerializer = record_serializer(Programme)
StrategySerializer = record_serializer(Strategy)
StrategyCoreThemeSerializer = record_serializer(StrategyCoreTheme)
HandbookSerializer = record_serializer(Handbook)
HandbookPhaseSerializer = record_serializer(HandbookPhase)
HandbookTaskSerializer = record_serializer(HandbookTask)
# "EuProject": schema names are UpperCamelCase (API Design Rules).
EUProjectSerializer = record_serializer(EUProject, name="EuProject")
ProjectPartnerSerializer = record_serializer(ProjectPartner)
ProjectTaskSerializer = record_serializer(ProjectTask)


class OpenEuProjectSerializer(serializers.ModelSerializer):
    """A published EU project as open data."""

    programme = serializers.CharField(source="programme.name", default="")
    updated_at = UtcDateTimeField()

    class Meta:
        model = EUProject
        fields = [
            "id",
            "acronym",
            "title",
            "programme",
            "grant_id",
            "start_date",
            "end_date",
            "status",
            "role",
            "budget_total",
            "eu_contribution",
            "cordis_url",
            "keep_eu_url",
            "website",
            "summary_nl",
            "summary_en",
            "updated_at",
        ]
