"""Every resource of the API under ``/api/v1``. Paths are kebab-case English plurals and end
without a slash (a trailing slash is a 404, not a redirect)."""

from __future__ import annotations

from rest_framework.routers import DefaultRouter

from intl_office.activities.api import viewsets as activities
from intl_office.core.api import viewsets as core
from intl_office.eu_projects.api import viewsets as eu_projects
from intl_office.indicators.api import viewsets as indicators
from intl_office.relations.api import viewsets as relations
from intl_office.reviews.api import viewsets as reviews
from intl_office.welcome_desk.api import viewsets as welcome_desk

RESOURCES = (
    ("places", core.PlaceViewSet),
    ("organisations", core.OrganisationViewSet),
    ("people", core.PersonViewSet),
    ("themes", core.ThemeViewSet),
    ("sources", core.SourceViewSet),
    ("periods", core.PolicyPeriodViewSet),
    ("policy-lines", core.PolicyLineViewSet),
    ("mission-statements", core.MissionStatementViewSet),
    ("relations", relations.RelationViewSet),
    ("relation-status-changes", relations.RelationStatusChangeViewSet),
    ("agreements", relations.AgreementViewSet),
    ("activities", activities.ActivityViewSet),
    ("programmes", eu_projects.ProgrammeViewSet),
    ("strategies", eu_projects.StrategyViewSet),
    ("strategy-core-themes", eu_projects.StrategyCoreThemeViewSet),
    ("handbooks", eu_projects.HandbookViewSet),
    ("handbook-phases", eu_projects.HandbookPhaseViewSet),
    ("handbook-tasks", eu_projects.HandbookTaskViewSet),
    ("eu-projects", eu_projects.EUProjectViewSet),
    ("project-partners", eu_projects.ProjectPartnerViewSet),
    ("project-tasks", eu_projects.ProjectTaskViewSet),
    ("desk-contacts", welcome_desk.DeskContactViewSet),
    ("formalities", welcome_desk.FormalityViewSet),
    ("client-agreements", welcome_desk.ClientAgreementViewSet),
    ("satisfaction-surveys", welcome_desk.SatisfactionSurveyViewSet),
    ("welcome-services", welcome_desk.WelcomeServiceViewSet),
    ("indicators", indicators.IndicatorViewSet),
    ("observations", indicators.ObservationViewSet),
    ("targets", indicators.TargetViewSet),
    ("narratives", reviews.NarrativeViewSet),
)

router = DefaultRouter(trailing_slash=False)
router.include_root_view = False
for prefix, viewset in RESOURCES:
    router.register(prefix, viewset, basename=prefix)
