"""EU projects, programmes, strategies and the project handbook as API resources."""

from __future__ import annotations

from intl_office.core.api.serializers import record_serializer
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
